// Trade phrasings (see cv-phrase.ts), trade family: travaux-publics-engins. CV phrasings not already in the other files.
// Travaux publics et conduite d'engins (canalisateur, constructeur de routes, conducteur d'engins, grutier, désamianteur,
// démolisseur, ouvrier VRD; plant operator, groundworker, civils operative, slinger signaller, demolition operative).
// CACES R482 categories name the machine (B1 pelles, C1 chargeuses, C2 bouteurs, C3 niveleuses), so each goes to its
// machine's skill; the one-letter ones (D, E, F) read as the bare "CACES R482", which stays on heavy equipment.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // Engins de terrassement
  // conduire une excavatrice / operate excavator
  { id: `${SKILL}978a76ca-0d14-43b5-a69d-1996dfeb22de`, fr: ['CACES R482 B1', 'Conduite de mini-pelle', 'Pelle de terrassement', 'Pelle araignée', 'Pelle à chenilles', 'Conduite de pelle hydraulique'], en: ['CPCS A59', 'Tracked 360', 'Wheeled excavator', 'Excavator operating'] },
  // conduire un chargeur frontal / operate front loader
  { id: `${SKILL}621c6430-46ba-4793-a1b8-a2d30cb816ba`, fr: ['CACES R482 C1', 'Chargeuse sur pneus', 'Conduite de chargeuse'], en: ['Loading shovel', 'Wheel loader'] },
  // conduire un bulldozer / operate bulldozer
  { id: `${SKILL}597d6a3a-0283-4945-8001-4719d210433d`, fr: ['CACES R482 C2', 'Conduite de bulldozer'], en: ['Dozer operating', 'Bulldozer driving'] },
  // utiliser une niveleuse / operate grader
  { id: `${SKILL}7692b391-9dab-4523-9b8d-93971c48502a`, fr: ['CACES R482 C3', 'Niveleuse guidage 3D'], en: ['Grader driving'] },
  // utiliser un rouleau compresseur / operate road roller
  { id: `${SKILL}5239e378-23c6-424d-9a9b-775653f22d04`, fr: ['Compacteur tandem', 'Compacteur monocylindre', 'Conduite de rouleau'], en: ['Single drum roller', 'Roller operating'] },
  // conduire un camion-benne / operate dump truck
  { id: `${SKILL}6b3581c6-b768-4530-bbd3-ae8ba3c8a8c6`, fr: ['Conduite de tombereau', 'Dumper sur chenilles', 'Tombereau rigide'], en: ['Dumper driving', 'Dump truck driving', 'ADT driving'] },
  // utiliser un appareil de manutention télescopique / operate telehandler
  { id: `${SKILL}4c476f5c-6ece-41e4-a97c-62d4244057e8`, fr: ['Chariot télescopique tout-terrain'], en: ['Telehandler driving'] },
  // niveler le sol / level earth surface
  { id: `${SKILL}f4aeba43-dab5-47fa-89ba-f957ecc86657`, fr: ['Talutage', 'Réglage de talus', 'Réglage fin au laser'], en: ['Grading and levelling', 'Fine grading', 'Trimming formation levels'] },
  // calculer la pente d’une surface / plan surface slope
  { id: `${SKILL}562a111f-40fc-424a-b1ca-784ff2e0488e`, fr: ['Réglage des pentes', 'Mise en pente des réseaux', 'Respect des pentes d\'écoulement'], en: ['Setting falls', 'Laying to falls'] },
  // Levage, grues
  // utiliser une grue mobile / operate mobile crane
  { id: `${SKILL}9fe699e9-3490-4f3d-a50d-9f9d31c98698`, fr: ['Grue mobile', 'CACES R483', 'Conduite de grue mobile', 'Grue automotrice', 'Grue tout-terrain'], en: ['Mobile crane', 'CPCS A60', 'All-terrain crane', 'Crawler crane'] },
  // utiliser un engin de levage / operate lifting equipment
  { id: `${SKILL}c3d61bcf-e698-4d39-8db1-388284dbfc74`, fr: ['CACES R490', 'Grue auxiliaire', 'Grue de chargement', 'Camion-grue', 'Grue auxiliaire de chargement'], en: ['Lorry loader', 'Lorry mounted crane'] },
  // faire fonctionner des grues / operate cranes
  { id: `${SKILL}c96ab6ac-cf85-4c91-86b5-7ac5bb14eb28`, fr: ['Pont roulant', 'CACES R484', 'Conduite de pont roulant', 'Grutage', 'Opérations de grutage'], en: ['Overhead crane', 'Gantry crane', 'Crane operating'] },
  // installer une grue à tour / set up tower crane
  { id: `${SKILL}0ea5d4a5-3a7c-4fd0-a62f-992074c85a6c`, fr: ['Montage de grues à tour', 'Montage et démontage de grues'], en: ['Tower crane erection', 'Crane erection and dismantling'] },
  // mettre en place une grue / set up crane
  { id: `${SKILL}774ee0e0-5d24-48d8-8df0-4b7fea48a578`, fr: ['Calage de grue mobile', 'Mise en place des stabilisateurs de grue'], en: ['Crane set-up', 'Outrigger set-up'] },
  // sécuriser une grue / secure crane
  { id: `${SKILL}c56d4a15-8454-4544-bb5a-3de6ce1be4e4`, fr: ['Mise en girouette', 'Mise hors service de la grue'], en: ['Crane weathervaning'] },
  // inspecter l'équipement des grues / inspect crane equipment
  { id: `${SKILL}bf9fe406-0849-4be3-ae95-172c9f02d02a`, fr: ['Vérifications de grues', 'Vérifications journalières de la grue', 'Contrôle des apparaux de levage'], en: ['Crane inspections', 'Crane pre-use checks'] },
  // abaques de charge pour grues / crane load charts
  { id: `${SKILL}7f2c62b0-928a-4da2-a578-674940a14063`, fr: ['Abaques de charge', 'Lecture des abaques de charge', 'Courbes de charge de grue'], en: ['Reading load charts', 'Duty charts'] },
  // déterminer la charge d’une grue / determine crane load
  { id: `${SKILL}bc77d17c-298a-4145-8039-836e0b2093bc`, fr: ['Calcul des charges à lever', 'Estimation du poids des charges'], en: ['Calculating lift weights', 'Load weight calculation'] },
  // appliquer différentes techniques de levage / apply various lifting techniques
  { id: `${SKILL}d8f9f767-9eea-4b51-89b8-9d49976977e0`, fr: ['Plans de levage', 'Levages complexes', 'Levage en tandem', 'Opérations de levage'], en: ['Lift plans', 'Tandem lifts', 'Appointed person lifting operations'] },
  // fixer une charge / rig loads
  { id: `${SKILL}43ea53b0-65a8-4c23-a0ef-b95389e7548e`, fr: ['Choix des élingues', 'Élingues et accessoires de levage', 'Élingage et guidage'], en: ['Slinging and signalling', 'Lifting accessories', 'CPCS A40'] },
  // guider des grues / guide cranes
  { id: `${SKILL}dcf821b6-812e-49de-a7a9-3643c35b13ce`, fr: ['Gestes de commandement', 'Guidage de grue à la radio', 'Guidage des levages'], en: ['Lift supervision', 'Radio signalling for cranes'] },
  // Réseaux, canalisations, assainissement
  // poser des conduites / lay pipe installation
  { id: `${SKILL}5db4eeb9-e064-474b-a9de-85cc6bbf97e4`, fr: ['Pose de canalisations', 'Pose de réseaux AEP', 'Réseaux AEP', 'Pose de conduites fonte', 'Pose de conduites d\'eau', 'Raccordement sur réseau existant', 'Pose de vannes et de poteaux incendie'], en: ['Water main laying'] },
  // poser une conduite d’eaux usées / lay sewer pipe
  { id: `${SKILL}f0d4e3d4-2fb0-4ee2-bfee-f06416f7097a`, fr: ['Pose de collecteurs', 'Pose de tuyaux béton', 'Réseaux d\'eaux usées', 'Réseaux d\'eaux pluviales', 'Pose de réseaux EU EP'], en: ['Foul and surface water drainage', 'Storm drainage'] },
  // tester les opérations des infrastructure de canalisations de transport / test pipeline infrastructure operations
  { id: `${SKILL}6a0aab53-6246-41e8-a910-e7a13f314860`, fr: ['Essais de pression des canalisations', 'Épreuves hydrauliques des réseaux', 'Essais d\'étanchéité des réseaux', 'Essais à l\'air des canalisations'], en: ['Pressure testing pipes', 'Air testing drains', 'Pipeline pressure testing'] },
  // utiliser du matériel vidéo dans une conduite / use pipeline video equipment
  { id: `${SKILL}417eb6b1-9e5b-4b3a-bfd0-85132c9f648d`, fr: ['Inspection télévisée des réseaux', 'ITV des réseaux', 'Passage caméra dans les canalisations', 'Inspection caméra des canalisations'], en: ['CCTV drain surveys', 'Drain camera surveys', 'Sewer CCTV'] },
  // nettoyer des systèmes d’assainissement / clean sewerage systems
  { id: `${SKILL}844f46e1-1fe3-4975-a788-54d2b36ed0af`, fr: ['Hydrocurage', 'Curage des réseaux d\'assainissement', 'Camion hydrocureur', 'Hydrocurage des réseaux'], en: ['Sewer jetting', 'Jetting and vacuum tankering', 'Sewer cleaning'] },
  // réparer des conduites / repair pipelines
  { id: `${SKILL}fd84cf80-b9c9-4329-88b6-d3a4d5b8adb4`, fr: ['Réparation de fuites sur réseau', 'Réparation de conduites d\'eau', 'Réhabilitation de canalisations', 'Chemisage de canalisations'], en: ['Burst main repairs', 'Mains repairs', 'Pipe relining'] },
  // prévenir les dommages aux réseaux de distribution publique / prevent damage to utility infrastructure
  { id: `${SKILL}63395522-32f0-46c4-851d-69c2d3800a8a`, fr: ['Marquage-piquetage', 'Marquage-piquetage des réseaux', 'Sondages de reconnaissance des réseaux'], en: ['Trial holes', 'Service strike avoidance'] },
  // Routes, voirie
  // poser des couches d’asphalte / pave asphalt layers
  { id: `${SKILL}e7e19a59-a780-457b-a027-e901a5cf1ea3`, fr: ['Répandage manuel d\'enrobés', 'Réglage des enrobés au râteau', 'Tapis d\'enrobé', 'Enrobés à froid', 'Application d\'enrobés', 'Régalage des enrobés'], en: ['Hand laying tarmac', 'Macadam laying', 'Asphalt paving', 'Road resurfacing'] },
  // utiliser une machine à mélanger l’asphalte / tend asphalt mixing machine
  { id: `${SKILL}d859c798-ae71-40dd-b9df-e3a193e7dd40`, fr: ['Centrale d\'enrobage', 'Poste d\'enrobage', 'Conduite de centrale d\'enrobés'], en: ['Asphalt plant', 'Asphalt plant operating'] },
  // types de revêtements d’asphalte / types of asphalt coverings
  { id: `${SKILL}3ba70459-7849-423f-a51e-e2290724b75b`, fr: ['Béton bitumineux', 'BBSG', 'Enduits superficiels', 'Enduit superficiel d\'usure', 'Bicouche gravillonné', 'Enrobés drainants'], en: ['Surface dressing', 'Hot rolled asphalt', 'Stone mastic asphalt'] },
  // poser une couche de base / lay base courses
  { id: `${SKILL}0a0c89e8-6ddc-48db-89c4-774335309a22`, fr: ['Couches d\'assise', 'Grave-ciment', 'Grave-bitume', 'Couches de chaussée'], en: ['Base course', 'Binder course', 'Road base'] },
  // retirer la surface d’une chaussée / remove road surface
  { id: `${SKILL}059a7a6e-e65e-4127-a421-76817554f97c`, fr: ['Rabotage d\'enrobés', 'Conduite de raboteuse'], en: ['Cold milling', 'Planing machine'] },
  // installer des bordures / install kerbstones
  { id: `${SKILL}bdc46a39-9da4-48bd-b1c1-172af29f045b`, fr: ['Pose de bordures granit', 'Bordures T2 et CS1', 'Pose de bordurettes'], en: ['Laying kerbs and edgings', 'Kerbs and edgings'] },
  // mettre en place une signalisation routière temporaire / place temporary road signage
  { id: `${SKILL}62e109fe-b619-460a-9f77-4396a6118fcf`, fr: ['Signalisation temporaire de chantier', 'Mise en place de déviations', 'Pose de balisage', 'Feux tricolores de chantier', 'Basculement de circulation'], en: ['Traffic management installation', 'Lane closures', 'Coning off', 'Street works signing'] },
  // entretenir la signalisation routière / perform traffic sign maintenance
  { id: `${SKILL}59607bec-a5c3-42a8-90ee-ded24c6f2247`, fr: ['Signalisation verticale', 'Pose de panneaux de signalisation routière', 'Entretien de la signalisation routière', 'Pose de signalisation verticale'], en: ['Road sign installation', 'Traffic sign installation'] },
  // normes de signalisation routière / road signage standards
  { id: `${SKILL}26509eec-d102-44f4-9c45-2137bc510db4`, fr: ['Instruction interministérielle sur la signalisation routière', 'IISR'], en: ['Traffic Signs Manual', 'TSRGD'] },
  // utiliser une machine de marquage routier / operate road marking machine
  { id: `${SKILL}6d7dd4ac-f2f8-47e1-8ddb-fcfbb619677a`, fr: ['Signalisation horizontale', 'Marquage au sol routier', 'Marquage en résine à chaud'], en: ['Thermoplastic road marking', 'Line marking machine'] },
  // conduire des engins de déneigement / drive heavy duty trucks for snow removal
  { id: `${SKILL}6785b54f-c1d0-4e5c-ad8c-4aa9668b15c7`, fr: ['Viabilité hivernale', 'Déneigement des routes', 'Salage des routes', 'Service hivernal routier', 'Conduite de saleuse'], en: ['Winter gritting', 'Snow ploughing', 'Gritter driving'] },
  // Démolition, désamiantage
  // démolir des structures / demolish structures
  { id: `${SKILL}a68d4de0-99a3-4c26-b84a-040e706e4714`, fr: ['Démolition mécanique', 'Déconstruction', 'Démolition de bâtiments', 'Démolition manuelle'], en: ['Demolition works', 'Structural demolition', 'Knocking down walls'] },
  // effectuer des travaux de démolition sélective / demolish selectively
  { id: `${SKILL}3bf93cf6-2b6f-46ad-b0ba-3b161379bac1`, fr: ['Curage de bâtiments', 'Travaux de démolition sélective', 'Démolition sélective', 'Déconstruction sélective', 'Curage intérieur avant démolition'], en: ['Selective demolition', 'Internal strip-out', 'Soft stripping buildings'] },
  // techniques de démolition / demolition techniques
  { id: `${SKILL}2d7b7e10-b33b-489b-9c2e-350c3be162e7`, fr: ['Pelle de démolition', 'Grignotage', 'Pince de démolition', 'Croqueur', 'Cisaille de démolition', 'Démolition à la pelle grande hauteur'], en: ['High reach demolition', 'Demolition excavator', 'Demolition shears', 'Concrete crusher attachment'] },
  // utiliser un marteau-piqueur / operate jackhammer
  { id: `${SKILL}9f4f42a1-441d-401f-b0ea-cf4ff82816a7`, fr: ['Brise-roche hydraulique', 'BRH', 'Brise-béton', 'Piqueur pneumatique', 'Marteau-piqueur électrique'], en: ['Kango', 'Kango hammer', 'Pneumatic breaker', 'Hydraulic breaker', 'Breaking out concrete'] },
  // éliminer des matériaux contaminés / remove contaminated materials
  { id: `${SKILL}02619401-8e21-46e5-8f19-204747fd755d`, fr: ['Désamiantage', 'Retrait d\'amiante', 'Retrait de matériaux amiantés', 'Travaux de désamiantage', 'Déplombage'], en: ['Asbestos removal', 'Licensed asbestos removal', 'Asbestos stripping', 'Asbestos abatement'] },
  // stocker des matériaux contaminés / store contaminated materials
  { id: `${SKILL}389bd8c7-32c4-4a77-b07c-572fc210d247`, fr: ['Conditionnement des déchets amiantés', 'Ensachage des déchets amiantés', 'Double ensachage'], en: ['Asbestos waste bagging', 'Double bagging asbestos waste'] },
  // techniques de décontamination / decontamination techniques
  { id: `${SKILL}2dd79277-f639-463d-b74f-00b7501d742d`, fr: ['Sas de décontamination', 'Procédure de décontamination', 'Unité mobile de décontamination'], en: ['Decontamination unit', 'Decontamination procedures'] },
  // Fondations spéciales, tunnels, minage
  // utiliser un marteau pour le battage de pieux / operate pile driver hammer
  { id: `${SKILL}88f57ecb-41c7-4ef3-b7cd-7b117dcc6fef`, fr: ['Battage de pieux', 'Sonnette de battage', 'Pieux battus'], en: ['Pile driving', 'Piling rig', 'Driven piling'] },
  // foncer des profilés métalliques / drive metal sheet piles
  { id: `${SKILL}b9747ec1-f3a7-4526-b226-59d903cbfa76`, fr: ['Palplanches', 'Battage de palplanches', 'Mise en place de palplanches', 'Rideaux de palplanches'], en: ['Sheet piling', 'Vibro piling'] },
  // utiliser une machine à projeter le béton / operate shotcreter
  { id: `${SKILL}bc4a12bf-41fd-4861-b8cd-75e805f42ea2`, fr: ['Béton projeté', 'Projection de béton', 'Gunitage'], en: ['Shotcrete', 'Sprayed concrete', 'Gunite'] },
  // conduire un tunnelier / drive tunnel boring machine
  { id: `${SKILL}4c196a43-8b0a-4d22-a158-77ea6f346093`, fr: ['Conduite de tunnelier', 'Pilotage de tunnelier'], en: ['TBM operating'] },
  // installer des segments de tunnel / install tunnel segments
  { id: `${SKILL}bc125238-252c-48bc-9c1e-c1d202352fa1`, fr: ['Pose de voussoirs', 'Voussoirs'], en: ['Segment erection', 'Tunnel segment erection'] },
  // faire exploser des explosifs en toute sécurité / safely detonate explosives
  { id: `${SKILL}c42a92b2-a802-4cf6-a645-3904004bbdbe`, fr: ['Tirs de mines', 'Certificat de préposé au tir', 'CPT boutefeu'], en: ['Shotfiring', 'Blasting operations', 'Shot firer certificate'] },
  // effectuer des travaux d'entretien sur des voies ferrées / perform maintenance work on rail tracks
  { id: `${SKILL}19da5526-0a6f-4dbb-9d73-2509912271ff`, fr: ['Entretien des voies ferrées', 'Pose de voies ferrées', 'Renouvellement de voies', 'Travaux de voie ferrée', 'Remplacement de traverses'], en: ['Track maintenance', 'Track renewals', 'Railway track work'] },
  // respecter des normes de sécurité ferroviaire / comply with railway safety standards
  { id: `${SKILL}22ca7fdd-f6e0-473a-b797-a8ac955a319a`, fr: ['Habilitation sécurité ferroviaire', 'Sécurité du personnel sur les voies'], en: ['PTS card', 'Personal Track Safety'] },
];
