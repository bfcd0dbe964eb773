// Menuiserie d'atelier, ébénisterie, agencement, pose de cuisines (menuisier, ébéniste, agenceur): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // Métier, atelier
  // menuiserie / carpentry
  { id: `${SKILL}19858dd3-a5fe-4855-b644-6ecfefd1c384`, fr: ['Menuiserie bois', 'Menuiserie générale', 'Travaux de menuiserie', 'Menuiserie intérieure et extérieure'], en: ['Carpentry and joinery', 'Joinery', 'General carpentry', 'Site carpentry'] },
  // procédés de travail du bois / woodworking processes
  { id: `${SKILL}0f9098d1-9bcd-453c-a9ec-e8b635705976`, fr: ['Travail du bois', 'Menuiserie d\'atelier', 'Fabrication en atelier de menuiserie', 'Fabrication de menuiseries'], en: ['Woodworking', 'Bench joinery', 'Workshop joinery', 'Machine joinery'] },
  // types de bois / types of wood
  { id: `${SKILL}cf2005ee-c788-4283-81d9-b443dfdf2c2e`, fr: ['Essences de bois', 'Connaissance des essences de bois', 'Connaissance des bois', 'Bois massif et panneaux'], en: ['Timber species', 'Hardwoods and softwoods', 'Knowledge of timber'] },
  // lire des plans standard / read standard blueprints
  { id: `${SKILL}68b6ef08-d823-489d-a95c-752ae6f6e6a7`, fr: ['Lecture de plans de menuiserie', 'Lecture de plans d\'agencement'], en: ['Reading joinery drawings', 'Joinery drawings'] },
  // calculer des besoins en fournitures pour une construction / calculate needs for construction supplies
  { id: `${SKILL}5d9dd44a-81f8-4710-bd4d-af27ec5c2139`, fr: ['Fiches de débit', 'Établissement des fiches de débit', 'Feuille de débit', 'Métrés', 'Quantitatif de matériaux'], en: ['Cutting lists', 'Material take-off', 'Preparing cutting lists'] },
  // effectuer des mesures d'ordre professionnel / carry out work-related measurements
  { id: `${SKILL}ab75d510-ac75-482d-b671-bb3bad741f07`, fr: ['Prise de cotes', 'Relevé de cotes', 'Prise de cotes sur chantier', 'Prise de mesures sur chantier'], en: ['Measuring up', 'Site measuring', 'Measuring up on site'] },
  // marquer du bois d'œuvre / mark lumber
  { id: `${SKILL}198f62a5-dadb-4653-80fe-0108e8af7cd3`, fr: ['Traçage sur bois', 'Traçage des pièces de bois', 'Traçage d\'épures', 'Épures'], en: ['Marking out timber', 'Marking out joinery'] },
  // utiliser un logiciel de CAO / use CAD software
  { id: `${SKILL}b34e2ba1-9080-48c9-9b42-ee9192a4d3f1`, fr: ['TopSolid Wood', 'Cadwork', 'Polyboard'], en: ['Cabinet Vision', 'TopSolid'] },
  // Débit, usinage, machines à bois
  // utiliser des machines de fabrication de mobilier / operate furniture machinery
  { id: `${SKILL}289b28b6-6171-43ae-a634-009fa76de8b4`, fr: ['Machines à bois', 'Conduite de machines à bois', 'Utilisation des machines à bois', 'Machines-outils à bois', 'Machines conventionnelles à bois', 'Réglage des machines à bois'], en: ['Woodworking machinery', 'Woodworking machines', 'Wood machining', 'Wood machinist'] },
  // utiliser des machines pour scier le bois / operate wood sawing equipment
  { id: `${SKILL}f2f9934c-b462-43e1-9172-432cf1904c8c`, fr: ['Débit du bois', 'Débit de panneaux', 'Sciage du bois', 'Scie à panneaux'], en: ['Panel saw', 'Panel cutting', 'Crosscutting timber', 'Beam saw'] },
  // utiliser une scie à table / operate table saw
  { id: `${SKILL}c8665888-bf94-4ca8-accb-0b8ab1e82e09`, fr: ['Scie à format', 'Scie circulaire sur table'], en: ['Dimension saw', 'Sliding table saw', 'Sliding panel saw'] },
  // utiliser une scie à ruban / operate band saw
  { id: `${SKILL}2a8834b9-33a6-4abf-b0a4-219925a331bd`, fr: ['Sciage à la scie à ruban', 'Chantournage'], en: ['Bandsaw', 'Band sawing'] },
  // utiliser une scie circulaire / operate circular saw
  { id: `${SKILL}1619f337-77d4-401c-a090-277a7b7253fb`, fr: ['Scie circulaire portative', 'Scie plongeante'], en: ['Plunge saw', 'Track saw'] },
  // faire fonctionner une machine de rabotage / operate thickness planer machine
  { id: `${SKILL}b0545eba-6f14-488d-a50c-18521b11b3bd`, fr: ['Raboteuse', 'Dégauchisseuse', 'Dégauchissage', 'Corroyage', 'Dégauchisseuse-raboteuse'], en: ['Planer thicknesser', 'Thicknesser', 'Surface planer', 'Planing timber'] },
  // utiliser une raboteuse manuelle / operate manual planer
  { id: `${SKILL}3563cd80-cea7-4410-b049-7dd6ad7b7074`, fr: ['Rabot électrique', 'Rabotage manuel', 'Rabot à main'], en: ['Hand planing', 'Power planer'] },
  // faire fonctionner des machines de défonçage / operate router machinery
  { id: `${SKILL}257b8857-5da2-46ea-be52-6dc67f6b996f`, fr: ['Toupie', 'Toupillage', 'Centre d\'usinage bois', 'Commande numérique bois', 'Usinage bois CN', 'Usinage bois'], en: ['Spindle moulder', 'CNC router', 'CNC woodworking', 'CNC machining of timber'] },
  // utiliser une défonceuse / operate wood router
  { id: `${SKILL}96e78f7e-a14f-4ec3-80bf-e3098f50fdba`, fr: ['Défonceuse', 'Défonceuse portative'], en: ['Hand router', 'Routing timber'] },
  // utiliser une plaqueuse de chants / operate edge banding machinery
  { id: `${SKILL}dedc0c13-f904-4d2f-b5f8-71fd403a3951`, fr: ['Plaqueuse de chants', 'Pose de chants', 'Chants ABS'], en: ['Edge bander', 'Edgebander', 'Edge banding machine'] },
  // utiliser des outils électriques / use power tools
  { id: `${SKILL}5bf7f85a-b080-4b27-8ddc-9f62af4643f5`, fr: ['Scie sauteuse', 'Visseuse', 'Outillage portatif électrique'], en: ['Power tools', 'Hand and power tools', 'Cordless power tools'] },
  // utiliser un cloueur / operate nail gun
  { id: `${SKILL}9ae3d44d-38c5-401d-b311-e98beba27d09`, fr: ['Cloueur', 'Cloueuse pneumatique'], en: ['Nail gun', 'First fix nailer'] },
  // utiliser un ciseau à bois / use wood chisel
  { id: `${SKILL}12cbdcb1-c22c-4289-ad7c-665ffe569185`, fr: ['Ciseaux à bois', 'Travail au ciseau à bois'], en: ['Chiselling', 'Hand chiselling'] },
  // assurer la maintenance de routine de machines de coupe de bois / carry out routine maintenance of wood cutting machinery
  { id: `${SKILL}47e63bf1-4208-440d-8471-84ff44fb84ba`, fr: ['Entretien des machines à bois', 'Changement des outils de coupe', 'Maintenance des machines à bois'], en: ['Woodworking machinery maintenance'] },
  // Assemblage
  // créer des assemblages de bois / create wood joints
  { id: `${SKILL}c3c3b550-f95e-4f1c-bdf3-ad1465e7b2ab`, fr: ['Assemblages bois', 'Tenons et mortaises', 'Queues d\'aronde', 'Tourillonnage', 'Assemblages traditionnels'], en: ['Mortise and tenon', 'Dovetail joints', 'Dovetailing', 'Dowelling', 'Biscuit joints'] },
  // relier des éléments en bois / join wood elements
  { id: `${SKILL}2e8e2acf-5d58-4d99-807d-2ed77a6c8b17`, fr: ['Collage et serrage', 'Montage à blanc', 'Assemblage des caissons', 'Assemblage de menuiseries', 'Collage des assemblages'], en: ['Gluing and clamping', 'Dry fitting', 'Carcass assembly'] },
  // Finition
  // poncer du bois / sand wood
  { id: `${SKILL}88ea614f-7e96-48fd-bf0b-96bf00bdb098`, fr: ['Ponçage des boiseries', 'Égrenage entre couches', 'Ponçage des meubles'], en: ['Sanding timber', 'Sanding woodwork'] },
  // utiliser des ponceuses / use sanding machines
  { id: `${SKILL}2aec5bf4-452f-44f1-a9d6-e6db4cd1eb58`, fr: ['Ponceuse à bande', 'Ponceuse excentrique', 'Ponceuse orbitale', 'Ponceuse large bande'], en: ['Belt sander', 'Orbital sander', 'Wide belt sander'] },
  // vernir une surface en bois / lacquer wood surfaces
  { id: `${SKILL}59fa75d2-b3bf-4929-9410-80c381861e08`, fr: ['Vernissage du bois', 'Laquage', 'Vernis bois', 'Vernissage de meubles', 'Laquage de meubles', 'Laquage au pistolet'], en: ['Lacquering', 'Varnishing', 'Spray lacquering', 'Varnishing woodwork'] },
  // appliquer des couches de finition sur du bois / apply wood finishes
  { id: `${SKILL}e040fb97-ac17-4cd0-bf74-7e96c83811b6`, fr: ['Finitions bois', 'Finition des meubles', 'Teinte et vernis', 'Finition de menuiseries', 'Huilage du bois'], en: ['Wood finishing', 'French polishing', 'Oiling wood', 'Finishing joinery'] },
  // lasurer du bois / stain wood
  { id: `${SKILL}571267c5-98e7-4dd2-b6bc-cde5aeec3eaa`, fr: ['Lasure', 'Application de lasure', 'Lasurage'], en: ['Staining woodwork'] },
  // teinter du bois / dye wood
  { id: `${SKILL}9372cc5b-8f47-4805-8a37-fd0e85a948f4`, fr: ['Teinture du bois', 'Mise en teinte'], en: ['Dyeing timber'] },
  // traiter du bois / treat wood
  { id: `${SKILL}815d1585-1706-4d01-b178-535df35bf403`, fr: ['Traitement de charpentes', 'Traitement fongicide et insecticide', 'Traitement curatif du bois'], en: ['Timber treatment', 'Woodworm treatment'] },
  // Ébénisterie
  // fabrication de meubles / manufacturing of furniture
  { id: `${SKILL}a88c4bdc-73f8-437d-b268-02cb813a99ca`, fr: ['Ébénisterie', 'Fabrication de mobilier', 'Meubles sur mesure', 'Mobilier sur mesure'], en: ['Cabinet making', 'Cabinetmaking', 'Bespoke furniture', 'Furniture making'] },
  // réparer des pièces de mobilier / repair furniture parts
  { id: `${SKILL}d765f69e-956a-4fc6-ae5d-499147761b30`, fr: ['Restauration de meubles', 'Réparation de meubles', 'Restauration de mobilier ancien'], en: ['Furniture restoration', 'Furniture repairs', 'Antique furniture restoration'] },
  // poser de la marqueterie / lay marquetry
  { id: `${SKILL}089e4390-8495-4fda-aa70-da52c66fcb23`, fr: ['Marqueterie', 'Marqueterie et placage'], en: ['Marquetry', 'Inlay work'] },
  // utiliser des couteaux de sculpture sur bois / use wood carving knives
  { id: `${SKILL}4c08e39a-1a4b-4ab9-98f8-97d975850fb1`, fr: ['Sculpture sur bois', 'Sculpture ornementale'], en: ['Wood carving', 'Woodcarving'] },
  // Pose, agencement
  // installer des éléments en bois dans des structures / install wood elements in structures
  { id: `${SKILL}11c0bfec-6bc8-4ec0-a535-91bd65be92c5`, fr: ['Pose de plinthes', 'Pose d\'habillages', 'Pose de lambris', 'Pose de placards', 'Pose de dressings', 'Menuiserie de pose', 'Pose de menuiseries intérieures', 'Pose d\'escaliers', 'Menuiserie d\'agencement', 'Pose d\'agencements', 'Agenceur', 'Agencement de boutiques'], en: ['Second fix carpentry', 'Skirting and architraves', 'Fitting skirting boards', 'Fitted wardrobes', 'Stair fitting', 'Shopfitting', 'Shop fitting'] },
  // installer du matériel en bois / install wood hardware
  { id: `${SKILL}a47cfa4f-30f5-4306-b23d-11fbacd7f189`, fr: ['Pose de quincaillerie', 'Quincaillerie d\'ameublement', 'Pose de charnières', 'Pose de poignées', 'Réglage des charnières'], en: ['Fitting ironmongery', 'Ironmongery', 'Fitting hinges', 'Door ironmongery'] },
  // installer une porte / fit doors
  { id: `${SKILL}cd70c768-aab6-46e6-8fb4-3aad7fe4b4cb`, fr: ['Pose de blocs-portes', 'Ferrage de portes', 'Pose de portes intérieures', 'Pose de portes d\'entrée'], en: ['Hanging doors', 'Internal doors'] },
  // poser des fenêtres / set window
  { id: `${SKILL}c1f78abb-c9ee-4d0c-abbd-2d3b5da35a35`, fr: ['Pose de menuiseries bois'], en: ['Timber windows', 'Sash windows'] },
  // assembler des fenêtres / assemble windows
  { id: `${SKILL}1d865d83-30a6-4a9d-b9c2-b735bbf30898`, fr: ['Fabrication de fenêtres', 'Fabrication de menuiseries PVC', 'Fabrication de menuiseries aluminium', 'Assemblage de châssis'], en: ['Window fabrication', 'uPVC fabrication', 'Window manufacturing'] },
  // clouer un parquet / pin parquet
  { id: `${SKILL}1c5266f7-77ba-440c-bd09-1d5037fe9d74`, fr: ['Pose de parquet massif', 'Parquet massif', 'Pose de parquet'], en: ['Solid wood flooring', 'Hardwood flooring', 'Parquet flooring'] },
  // assembler des meubles préfabriqués / assemble prefabricated furniture
  { id: `${SKILL}fb370da8-255b-41c6-af69-ffe5676cfe62`, fr: ['Pose de cuisines', 'Installation de cuisines', 'Pose de cuisines équipées', 'Montage de cuisines', 'Montage de meubles en kit', 'Pose de meubles de cuisine', 'Pose de plans de travail', 'Découpe de plans de travail', 'Cuisiniste poseur'], en: ['Kitchen fitting', 'Kitchen installation', 'Flat pack assembly', 'Furniture assembly', 'Worktop fitting', 'Kitchen fitter'] },
  // installer des appareils électroménagers / install electrical household appliances
  { id: `${SKILL}2959dba4-05ad-41b3-915a-d72d46108a63`, fr: ['Encastrement de l\'électroménager', 'Électroménager encastrable'], en: ['Integrated appliances', 'Fitting integrated appliances'] },
  // Escaliers
  // découper un limon d'escalier / cut stair carriages
  { id: `${SKILL}5af6c56c-ab2b-4590-9b19-9484eaa7746d`, fr: ['Fabrication d\'escaliers', 'Escaliers bois', 'Traçage d\'escaliers', 'Limons d\'escalier'], en: ['Staircase manufacture', 'Stair making', 'Staircases', 'Cutting stair strings'] },
  // calculer la hauteur et le giron des marches d'un escalier / calculate stairs rise and run
  { id: `${SKILL}02bbd0fb-b108-49a8-9c48-5b0c447d3fdf`, fr: ['Calcul d\'escaliers', 'Balancement des marches', 'Balancement d\'escalier'], en: ['Stair calculations', 'Rise and going'] },
  // installer une main courante / install handrail
  { id: `${SKILL}7dbc9e19-b037-4252-97ea-0c67ea095df2`, fr: ['Pose de mains courantes', 'Pose de rampes d\'escalier'], en: ['Handrails', 'Handrail fitting'] },
  // installer des balustres / install spindles
  { id: `${SKILL}0bb20984-b5c9-4036-8ad9-6613d1726f17`, fr: ['Balustres', 'Pose de balustres'], en: ['Fitting spindles', 'Balustrade fitting'] },
];
