// Bâtiment gros œuvre, couverture, charpente, échafaudage, travaux publics (maçon, coffreur-bancheur, ferrailleur,
// couvreur, charpentier, échafaudeur, terrassier, conducteur d'engins, canalisateur, ouvrier VRD): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // Maçonnerie
  // poser des briques / lay bricks
  { id: `${SKILL}13e1c0a2-b90d-46f4-be51-11730360b38d`, fr: ['Maçonnerie générale', 'Maçonnerie traditionnelle', 'Montage de parpaings', 'Élévation de murs', 'Pose de blocs béton', 'Maçonnerie de briques', 'Briquetage', 'Montage d\'agglos'], en: ['Bricklaying', 'Blockwork', 'Brickwork', 'Block laying', 'Brick and blockwork', 'Facing brickwork'] },
  // poser des pierres / lay stones
  { id: `${SKILL}0232e2ee-5535-46e0-9c64-ea80c896c62f`, fr: ['Maçonnerie en pierre', 'Moellons', 'Murs en moellons', 'Pierre de parement'], en: ['Stonework', 'Stone walling', 'Natural stone walling'] },
  // découper des briques / split bricks
  { id: `${SKILL}3e3f2ff8-cf80-4415-ac6a-020d52b175c1`, fr: ['Découpe de parpaings', 'Coupe de briques', 'Taille de briques'], en: ['Brick cutting', 'Cutting blocks'] },
  // mélanger des enduits de construction / mix construction grouts
  { id: `${SKILL}bfd96453-f2fd-43ea-afc1-fb2dc0d7367d`, fr: ['Gâchage du mortier', 'Fabrication du mortier', 'Mortier de ciment'], en: ['Mixing mortar', 'Knocking up mortar'] },
  // mélanger du béton / mix concrete
  { id: `${SKILL}5cc37935-e6c9-4f28-b800-25e177e63e68`, fr: ['Fabrication du béton', 'Préparation du béton', 'Dosage du béton'] },
  // alimenter une bétonnière / feed concrete mixer
  { id: `${SKILL}de4bd326-332c-4e03-9d61-1b810d4a3e8e`, fr: ['Bétonnière', 'Utilisation de la bétonnière'], en: ['Cement mixer', 'Concrete mixer'] },
  // faire la finition de joints de mortier / finish mortar joints
  { id: `${SKILL}ca309d1f-e080-42a3-b828-1c16e74aa9e7`, fr: ['Jointoiement', 'Rejointoiement', 'Jointoiement de briques', 'Joints de maçonnerie'], en: ['Pointing', 'Repointing', 'Pointing brickwork'] },
  // vérifier la planéité d'un mur / check straightness of brick
  { id: `${SKILL}b6239792-033c-41ba-b09b-21837655436a`, fr: ['Contrôle de l\'aplomb', 'Aplomb et niveau', 'Mise d\'aplomb'], en: ['Plumb and level', 'Checking plumb and level'] },
  // réaliser une saignée dans un mur / cut wall chases
  { id: `${SKILL}ca1e4742-42cc-463a-9b12-a1733f06d7a3`, fr: ['Saignées', 'Réalisation de saignées', 'Rainurage des murs'], en: ['Chasing walls'] },
  // utiliser une scie de maçonnerie électrique / operate masonry power saw
  { id: `${SKILL}313ca66d-01e6-49af-aa8c-cf8f27c00814`, fr: ['Découpeuse thermique', 'Scie à matériaux', 'Scie sur table à eau', 'Tronçonneuse à disque'], en: ['Disc cutter', 'Stihl saw', 'Consaw', 'Cut-off saw'] },
  // tracer une ligne au cordeau / snap chalk line
  { id: `${SKILL}2da864d4-339f-40ab-91c0-9f8d229a2c0b`, fr: ['Implantation de bâtiments', 'Traçage au cordeau', 'Trait de niveau', 'Report de trait de niveau'], en: ['Setting out', 'Chalk line', 'Setting out works'] },
  // utiliser des instruments d'arpentage / operate surveying instruments
  { id: `${SKILL}af1df253-5103-46d7-a757-b17bf5a4e581`, fr: ['Niveau laser', 'Laser de chantier', 'Lunette de chantier', 'Niveau de chantier', 'Tachéomètre'], en: ['Dumpy level', 'Laser level', 'Total station', 'Rotating laser'] },
  // lire des plans standard / read standard blueprints
  { id: `${SKILL}68b6ef08-d823-489d-a95c-752ae6f6e6a7`, fr: ['Lecture de plans d\'exécution', 'Lecture de plans de béton armé', 'Lecture de plans de ferraillage', 'Lecture de plans de coffrage'], en: ['Reading construction drawings', 'Working from drawings', 'Working to drawings', 'Worked from plans', 'Blueprint reading', 'Reading architectural drawings'] },
  // Façade
  // plâtrer des surfaces / plaster surfaces
  { id: `${SKILL}20f56226-24ed-495f-8bf5-0b2aa6413ba1`, fr: ['Enduit de façade', 'Enduit monocouche', 'Crépi', 'Crépissage', 'Enduit à la chaux', 'Projection d\'enduit', 'Enduits ciment'], en: ['External rendering', 'Sand and cement rendering', 'Monocouche render', 'K-Rend'] },
  // nettoyer la façade d'un bâtiment / clean building facade
  { id: `${SKILL}0df2b2ab-393f-4fb3-bee0-9c50fd716b57`, fr: ['Ravalement de façade', 'Nettoyage de façades', 'Hydrogommage', 'Ravalement'], en: ['Facade cleaning', 'Facade restoration'] },
  // installer des matériaux isolants / install insulation material
  { id: `${SKILL}7eea6974-d606-4175-b95e-f66554816783`, fr: ['Isolation thermique par l\'extérieur', 'ITE', 'Isolation par l\'extérieur'], en: ['External wall insulation', 'EWI'] },
  // installer un revêtement de façade / install facade cladding
  { id: `${SKILL}05e26dee-199c-44b8-88f0-b05a08068179`, fr: ['Pose de bardage', 'Bardage bois', 'Bardage métallique', 'Bardage', 'Bardeur'], en: ['Cladding', 'Rainscreen cladding', 'Cladding installation', 'Timber cladding'] },
  // Béton, coffrage, ferraillage
  // couler du béton / pour concrete
  { id: `${SKILL}46994031-5490-4a02-9937-c61f6e2d4fc9`, fr: ['Bétonnage', 'Bétonnage des voiles', 'Coulage des fondations', 'Mise en œuvre du béton', 'Coulage des voiles', 'Semelles de fondation', 'Réalisation de fondations'], en: ['Concreting', 'Concrete foundations', 'Strip foundations'] },
  // poser une dalle de béton / lay concrete slabs
  { id: `${SKILL}c55eecdc-ccb0-468e-9029-ce9955375c8a`, fr: ['Dalle béton', 'Réalisation de dallages', 'Dalle sur terre-plein', 'Dalles de compression'], en: ['Concrete slabs', 'Slab laying', 'Ground slabs'] },
  // réaliser une chape de béton / screed concrete
  { id: `${SKILL}ca3ee513-2285-42c0-9b2a-287d65b5f7a2`, fr: ['Réalisation de chapes', 'Chape liquide', 'Chape ciment', 'Chape de mortier'], en: ['Screeding', 'Floor screeding', 'Liquid screed', 'Sand and cement screed'] },
  // compacter du béton / settle concrete
  { id: `${SKILL}77fd9d65-2eab-45f6-a488-d36541ef3cf0`, fr: ['Vibration du béton', 'Aiguille vibrante', 'Pervibration'], en: ['Vibrating concrete', 'Poker vibrator', 'Concrete poker'] },
  // faire la finition de sections de béton / finish concrete sections
  { id: `${SKILL}42f45fdb-fc91-402b-872c-175e7461c73d`, fr: ['Lissage du béton', 'Talochage du béton', 'Hélicoptère à béton', 'Surfaçage du béton'], en: ['Power floating', 'Concrete finishing', 'Power trowelling'] },
  // appliquer une finition sur du béton / apply finish to concrete
  { id: `${SKILL}2d28964f-0a2d-4aa2-bc2d-c73f7a4442d6`, fr: ['Béton désactivé', 'Béton balayé', 'Béton poli', 'Béton imprimé'], en: ['Polished concrete', 'Pattern imprinted concrete', 'Exposed aggregate concrete'] },
  // utiliser une pompe à béton / operate concrete pumps
  { id: `${SKILL}31634929-4549-4109-b1ae-f56a068f546c`, en: ['Concrete pumping'] },
  // conduire un camion malaxeur à béton / operate concrete mixer truck
  { id: `${SKILL}fbc5b3ea-1044-4e30-a55c-62bc8f7d0a41`, fr: ['Camion toupie', 'Toupie béton', 'Chauffeur toupie'], en: ['Concrete mixer truck', 'Ready mix truck'] },
  // mettre en place des coffrages à béton / place concrete forms
  { id: `${SKILL}aa95f606-13ec-4242-a6bc-635a1aaa841c`, fr: ['Coffrage de voiles', 'Coffrage de poteaux', 'Coffrage de poutres', 'Mise en place des banches', 'Coffrage traditionnel', 'Réglage des banches', 'Coffrage-banchage', 'Pose de prédalles'], en: ['Formwork', 'Shuttering', 'Formwork erection', 'Erecting formwork', 'Shuttering carpentry'] },
  // retirer des coffrages à béton / remove concrete forms
  { id: `${SKILL}7e420d23-3733-482b-8513-4611f8a70059`, fr: ['Décoffrage', 'Décoffrage des banches', 'Décoffrage et nettoyage des banches'], en: ['Striking formwork', 'Stripping formwork', 'Striking shutters'] },
  // fixer de l'acier renforcé / tie reinforcing steel
  { id: `${SKILL}e9b19e2f-7ee7-4a6c-9ca9-639e02252824`, fr: ['Ligature des aciers', 'Ligaturage des armatures', 'Assemblage des aciers', 'Façonnage des aciers'], en: ['Steel fixing', 'Rebar fixing', 'Tying rebar'] },
  // mettre en place de l'acier renforcé / set up reinforcing steel
  { id: `${SKILL}ffc8481d-1855-4c49-a711-f8dd3b0332c7`, fr: ['Pose de treillis soudés', 'Calage des armatures', 'Treillis soudé', 'Pose des cages d\'armatures'], en: ['Placing rebar', 'Mesh reinforcement', 'Fixing rebar mats'] },
  // renforcer du béton / reinforce concrete
  { id: `${SKILL}2d0775c7-2dad-41fa-b8f3-988f73eb6897`, fr: ['Béton armé', 'Travaux de béton armé', 'Armatures béton armé'], en: ['RC frame'] },
  // appliquer des membranes d'étanchéité / apply proofing membranes
  { id: `${SKILL}16801a68-549b-4eaf-9531-f2d516a9380c`, fr: ['Pose de membranes d\'étanchéité', 'Pose de pare-vapeur', 'Film polyane', 'Étanchéité des fondations', 'Arase étanche', 'Cuvelage'], en: ['Damp proofing', 'DPC', 'Damp proof membrane', 'Tanking'] },
  // mettre en place une infrastructure temporaire sur un chantier de construction / set up temporary construction site infrastructure
  { id: `${SKILL}ef2adfe8-d7a5-465d-bbe6-8f9e913ae7ed`, fr: ['Installation de chantier', 'Mise en place de la base vie', 'Clôtures de chantier', 'Repli de chantier'], en: ['Construction site set-up', 'Welfare units', 'Heras fencing', 'Site hoarding'] },
  // transporter des matériaux de construction / transport construction supplies
  { id: `${SKILL}4af56376-7b2f-4ced-ac58-0c3967bd1e83`, fr: ['Approvisionnement du chantier', 'Approvisionnement des chantiers en matériaux', 'Manutention des matériaux de construction'], en: ['Loading out materials', 'Site labouring', 'Hod carrying'] },
  // Couverture, zinguerie
  // techniques de couverture / roofing techniques
  { id: `${SKILL}69ce43f9-c8f9-4efb-8b8c-3c4a9ba3db88`, fr: ['Travaux de couverture', 'Couverture traditionnelle', 'Couverture neuve et rénovation', 'Couverture de maisons individuelles'], en: ['Roofing', 'Pitched roofing', 'Roofing work', 'New roofs and re-roofing'] },
  // poser des tuiles mécaniques / lay interlocking roof tiles
  { id: `${SKILL}a1c3797a-b6b8-43d7-aed6-1686373d1a1a`, fr: ['Tuiles à emboîtement', 'Couverture en tuiles', 'Pose de tuiles', 'Tuiles terre cuite', 'Pose de faîtages'], en: ['Roof tiling', 'Interlocking tiles', 'Concrete roof tiles', 'Ridge tiles'] },
  // poser des tuiles non mécaniques / lay non-interlocking roof tiles
  { id: `${SKILL}4a4f3c77-6fbb-451b-b6b1-f1f247869379`, fr: ['Pose d\'ardoises', 'Couverture en ardoise', 'Ardoises naturelles', 'Tuiles canal', 'Tuiles plates', 'Pose de bardeaux'], en: ['Slating', 'Slate roofing', 'Slating and tiling', 'Plain tiling', 'Asphalt shingles'] },
  // installer une toiture métallique / install metal roofing
  { id: `${SKILL}6e64c679-17c6-46ac-849c-2336e16fe069`, fr: ['Couverture bac acier', 'Pose de bacs acier', 'Couverture zinc', 'Couverture métallique', 'Joint debout'], en: ['Metal roofing', 'Standing seam', 'Box profile roofing', 'Zinc roofing'] },
  // installer un solin de toiture / install roof flashing
  { id: `${SKILL}19cb56e6-4608-4009-b4c1-b2a5c56bfb8c`, fr: ['Pose de solins', 'Abergements', 'Abergement de cheminée', 'Noues et solins'], en: ['Lead flashing', 'Leadwork', 'Flashings'] },
  // installer des gouttières / install gutters
  { id: `${SKILL}1f1f1090-b9ab-4373-b44e-ca3d0e3f86af`, fr: ['Zinguerie', 'Pose de gouttières', 'Pose de chéneaux', 'Descentes d\'eaux pluviales', 'Travaux de zinguerie', 'Gouttières zinc'], en: ['Guttering', 'Rainwater goods', 'Fascias and soffits', 'Roofline'] },
  // appliquer une couverture en rouleau / apply roll roofing
  { id: `${SKILL}13b7c6f6-69fe-4829-b39e-7401b9dee876`, fr: ['Étanchéité bitumineuse', 'Pose de membranes bitumineuses', 'Étanchéité de toitures-terrasses', 'Toiture-terrasse', 'Étanchéité EPDM', 'Soudure de membranes au chalumeau'], en: ['Felt roofing', 'Torch-on roofing', 'Flat roofing', 'Single ply roofing', 'EPDM roofing', 'Built-up felt roofing'] },
  // entretenir une toiture / perform roof maintenance
  { id: `${SKILL}021cf226-3dac-4712-9738-24bf0952c064`, fr: ['Réparation de toitures', 'Démoussage de toitures', 'Remaniement de toiture', 'Recherche de fuites en toiture'], en: ['Roof repairs', 'Roof moss removal'] },
  // retirer une toiture / remove roofs
  { id: `${SKILL}531c4cef-6fc0-4364-aa39-60f3d4fb0185`, fr: ['Dépose de couverture', 'Découverture', 'Dépose de toiture'], en: ['Roof stripping'] },
  // installer des fenêtres de toit / install roof windows
  { id: `${SKILL}41bbfa08-ce0b-478f-beaa-f51c62e61796`, fr: ['Pose de Velux', 'Velux', 'Pose de fenêtres de toit', 'Pose de châssis de toit'], en: ['Velux windows', 'Velux installation', 'Skylights', 'Rooflights'] },
  // Charpente
  // construire une toiture en bois / construct wood roofs
  { id: `${SKILL}d03444d5-e127-4087-9295-29f0666c84d0`, fr: ['Charpente traditionnelle', 'Charpente bois', 'Pose de charpente', 'Montage de charpente', 'Levage de charpente', 'Pose de chevrons', 'Pose de pannes', 'Liteaunage', 'Pose de liteaux'], en: ['Cut roofs', 'Roof carpentry', 'Timber roofs', 'Roof framing', 'Battening roofs'] },
  // monter des fermes de toit / assemble truss constructions
  { id: `${SKILL}e73c5d59-5e54-4238-bd2a-9aded8083107`, fr: ['Charpente industrielle', 'Pose de fermettes', 'Fermettes', 'Levage de fermettes', 'Assemblage de fermes'], en: ['Trussed rafters', 'Roof trusses', 'Truss installation'] },
  // installer des éléments en bois dans des structures / install wood elements in structures
  { id: `${SKILL}11c0bfec-6bc8-4ec0-a535-91bd65be92c5`, fr: ['Ossature bois', 'Maison ossature bois', 'Construction bois', 'Pose de solivage', 'Pose de solives', 'Murs à ossature bois'], en: ['Timber frame', 'First fix carpentry', 'Floor joists'] },
  // Levage
  // fixer une charge / rig loads
  { id: `${SKILL}43ea53b0-65a8-4c23-a0ef-b95389e7548e`, fr: ['Élingage', 'Élingage des charges', 'Accrochage des charges', 'Élingueur'], en: ['Slinging', 'Slinger signaller', 'Slinging loads'] },
  // guider des grues / guide cranes
  { id: `${SKILL}dcf821b6-812e-49de-a7a9-3643c35b13ce`, fr: ['Guidage du grutier', 'Chef de manœuvre'], en: ['Crane signalling', 'Banksman signaller'] },
  // utiliser une grue à tour / operate tower crane
  { id: `${SKILL}b6426791-8bca-4241-b7a8-716f1f21cec5`, fr: ['CACES R487', 'Grue à tour', 'Conduite de grue à tour', 'Grutier'], en: ['Tower crane', 'Tower crane operator'] },
  // utiliser un appareil de manutention télescopique / operate telehandler
  { id: `${SKILL}4c476f5c-6ece-41e4-a97c-62d4244057e8`, fr: ['Chariot télescopique de chantier', 'Télescopique rotatif'], en: ['Telescopic handler', 'CPCS telehandler'] },
  // Échafaudage, travail en hauteur
  // monter un échafaudage / build scaffolding
  { id: `${SKILL}91991706-cd8e-4795-9784-715fc0250c8d`, fr: ['Échafaudage fixe', 'Échafaudage roulant', 'Échafaudage de façade', 'Échafaudage multidirectionnel', 'Échafaudeur', 'Montage d\'échafaudage de pied', 'R408'], en: ['Scaffolding', 'Scaffold erection', 'Tube and fitting', 'System scaffolding', 'CISRS', 'Erecting scaffolds', 'PASMA'] },
  // démonter un échafaudage / dismantle scaffolding
  { id: `${SKILL}da4f5079-b45d-4e5b-bda0-06e65585ab3d`, fr: ['Repli d\'échafaudage'], en: ['Striking scaffolds'] },
  // inspecter un échafaudage / inspect scaffolding
  { id: `${SKILL}e18c683b-445c-42ad-86f5-3d1afcc38533`, fr: ['Réception d\'échafaudage', 'Vérification des échafaudages'], en: ['Scaffold inspection', 'Scaffold tagging'] },
  // placer des garde-corps et des bastaings / position guardrails and toeboards
  { id: `${SKILL}fff74a70-4f82-4949-9c3b-b335904cf927`, fr: ['Pose de garde-corps', 'Garde-corps provisoires', 'Garde-corps de chantier'], en: ['Edge protection', 'Guardrails and toe boards', 'Toe boards'] },
  // suivre les procédures de sécurité pour un travail en hauteur / follow safety procedures when working at heights
  { id: `${SKILL}fafbb75f-ec35-4cc2-996a-20c85ef6c266`, fr: ['Travail en hauteur', 'Travaux en hauteur', 'Port du harnais', 'Harnais de sécurité', 'Formation travail en hauteur', 'Utilisation du harnais', 'Habilitation travail en hauteur'], en: ['Working at height', 'Safety harness', 'Fall arrest', 'Harness training'] },
  // suivre les procédures en matière de santé et de sécurité dans une construction / follow health and safety procedures in construction
  { id: `${SKILL}86df7af2-f9f3-4c06-a500-7f1fba9e78fe`, en: ['CSCS card', 'Green CSCS card', 'CSCS labourer card', 'SSSTS', 'SMSTS', 'Construction site safety'] },
  // Terrassement, engins
  // piloter des engins de construction lourds mobiles / drive mobile heavy construction equipment
  { id: `${SKILL}b8c1e014-1f54-480a-bf0f-2ef3d2d275e8`, fr: ['CACES R482', 'CACES engins de chantier', 'CACES R372', 'CACES R372m', 'Engins de chantier', 'Conduite d\'engins de chantier', 'Conduite d\'engins de travaux publics', 'Conducteur d\'engins', 'Engins de TP'], en: ['CPCS card', 'NPORS', 'Heavy plant'] },
  // conduire une excavatrice / operate excavator
  { id: `${SKILL}978a76ca-0d14-43b5-a69d-1996dfeb22de`, fr: ['Pelle hydraulique', 'Pelleteuse', 'Conduite de pelle', 'Pelle sur chenilles', 'Pelle sur pneus'], en: ['360 excavator', 'Digger driver', '360 driver', 'Mini digger', 'Excavator driving', 'Tracked excavator'] },
  // utiliser des engins d'excavation / operate digging construction equipment
  { id: `${SKILL}4e6bf27c-e5eb-4653-80cf-63295f731cb1`, fr: ['Tractopelle', 'Chargeuse-pelleteuse', 'Conduite de tractopelle', 'Conduite de trancheuse'], en: ['Backhoe loader', 'JCB', 'Backhoe', 'JCB 3CX'] },
  // conduire un chargeur frontal / operate front loader
  { id: `${SKILL}621c6430-46ba-4793-a1b8-a2d30cb816ba`, fr: ['Chargeuse articulée', 'Chargeuse compacte'], en: ['Wheeled loading shovel', 'Skid steer', 'Skid steer loader'] },
  // conduire un bulldozer / operate bulldozer
  { id: `${SKILL}597d6a3a-0283-4945-8001-4719d210433d`, fr: ['Bouteur', 'Conduite de bouteur', 'Bulldozer'], en: ['Dozer', 'Crawler dozer'] },
  // conduire un camion-benne / operate dump truck
  { id: `${SKILL}6b3581c6-b768-4530-bbd3-ae8ba3c8a8c6`, fr: ['Tombereau', 'Dumper', 'Conduite de dumper', 'Camion-benne', 'Tombereau articulé'], en: ['Forward tipping dumper', 'Articulated dump truck', 'Site dumper'] },
  // utiliser une niveleuse / operate grader
  { id: `${SKILL}7692b391-9dab-4523-9b8d-93971c48502a`, fr: ['Niveleuse', 'Conduite de niveleuse'], en: ['Motor grader', 'Grader operator'] },
  // utiliser un rouleau compresseur / operate road roller
  { id: `${SKILL}5239e378-23c6-424d-9a9b-775653f22d04`, fr: ['Rouleau compacteur', 'Conduite de compacteur', 'Cylindre vibrant'], en: ['Ride-on roller', 'Compaction roller', 'Roller driver', 'Twin drum roller'] },
  // techniques de compactage / compaction techniques
  { id: `${SKILL}0ca56d28-7453-493a-ae67-b4f37349d5e9`, fr: ['Compactage des remblais', 'Plaque vibrante', 'Pilonneuse', 'Pilonnage'], en: ['Wacker plate', 'Plate compactor', 'Trench rammer', 'Whacker plate'] },
  // niveler le sol / level earth surface
  { id: `${SKILL}f4aeba43-dab5-47fa-89ba-f957ecc86657`, fr: ['Réglage de plateforme', 'Nivellement de plateformes', 'Nivellement du terrain', 'Réglage des fonds de forme', 'Mise à niveau du terrain'], en: ['Levelling ground', 'Site levelling'] },
  // techniques d'excavation / excavation techniques
  { id: `${SKILL}d2b3891d-d710-4f53-9a68-ff7b1158fef5`, fr: ['Terrassement en masse', 'Travaux de terrassement', 'Terrassement et décapage', 'Déblais remblais', 'Fouilles en pleine masse', 'Décapage de terre végétale'], en: ['Groundworks', 'Earthworks', 'Bulk excavation', 'Cut and fill'] },
  // maintenir en bon état des engins de construction lourds / keep heavy construction equipment in good condition
  { id: `${SKILL}0c04d0af-af50-4463-8ce3-e9968e229237`, fr: ['Entretien des engins de chantier', 'Entretien courant des engins', 'Graissage des engins', 'Vérifications journalières des engins'], en: ['Plant maintenance', 'Daily plant checks', 'Greasing plant'] },
  // Canalisations, réseaux
  // prévenir les dommages aux réseaux de distribution publique / prevent damage to utility infrastructure
  { id: `${SKILL}63395522-32f0-46c4-851d-69c2d3800a8a`, fr: ['AIPR', 'AIPR opérateur', 'Autorisation d\'intervention à proximité des réseaux', 'DT-DICT', 'Détection de réseaux enterrés', 'Travaux à proximité des réseaux'], en: ['Cable avoidance', 'CAT and Genny', 'CAT scanning', 'Utility avoidance'] },
  // creuser une tranchée pour un égout / dig sewer trenches
  { id: `${SKILL}58d09a47-a3d3-487c-b315-7f78acc72c19`, fr: ['Ouverture de tranchées', 'Creusement de tranchées', 'Tranchées', 'Blindage de tranchées'], en: ['Trenching', 'Trench digging', 'Trench support', 'Trench shoring'] },
  // poser des conduites / lay pipe installation
  { id: `${SKILL}5db4eeb9-e064-474b-a9de-85cc6bbf97e4`, fr: ['Canalisateur', 'Pose de réseaux humides', 'Réseaux d\'eau potable', 'Pose de tuyaux PEHD', 'Canalisations fonte', 'Branchements d\'eau potable', 'Adduction d\'eau potable'], en: ['Pipe laying', 'Pipelaying', 'Water mains', 'Pipe layer', 'Mains laying'] },
  // poser une conduite d'eaux usées / lay sewer pipe
  { id: `${SKILL}f0d4e3d4-2fb0-4ee2-bfee-f06416f7097a`, fr: ['Réseaux d\'assainissement', 'Pose de réseaux d\'assainissement', 'Réseaux EU EP', 'Pose de regards', 'Assainissement collectif'], en: ['Below ground drainage', 'Sewer pipes', 'Laying drainage', 'Manholes', 'Sewer laying', 'Drainage runs'] },
  // réaliser un ballastage pour poser des conduites / provide pipe bedding
  { id: `${SKILL}2d82ef7d-788f-4ee5-a5dc-2c43a2006fe0`, fr: ['Lit de pose des canalisations', 'Enrobage des canalisations', 'Remblaiement de tranchées'], en: ['Pipe bedding', 'Backfilling trenches', 'Pea gravel bedding'] },
  // effectuer des travaux de drainage / perform drainage work
  { id: `${SKILL}5b58e283-a359-4b55-b10d-b0047b2fb7db`, fr: ['Pose de drains', 'Drainage de terrains', 'Travaux de drainage', 'Drain agricole'], en: ['Land drainage', 'French drains', 'Soakaways'] },
  // installer des systèmes de fosse septique / install septic systems
  { id: `${SKILL}a39dd43c-c1bc-4ddc-9b00-7342ae8ba772`, fr: ['Pose de fosses septiques', 'Pose de micro-stations', 'Assainissement autonome', 'Assainissement individuel'], en: ['Septic tank installation', 'Sewage treatment plant installation'] },
  // soudage plastique / plastic welding
  { id: `${SKILL}4e8ce455-9dbb-4ada-b79b-2f89021f4947`, fr: ['Soudure PEHD', 'Électrosoudure', 'Soudure bout à bout PE', 'Soudage polyéthylène'], en: ['Butt fusion welding', 'Electrofusion', 'Electrofusion welding'] },
  // VRD, voirie
  // poser des couches d'asphalte / pave asphalt layers
  { id: `${SKILL}e7e19a59-a780-457b-a027-e901a5cf1ea3`, fr: ['Enrobés', 'Pose d\'enrobés', 'Mise en œuvre des enrobés', 'Enrobé à chaud', 'Travaux d\'enrobés', 'Répandage d\'enrobés', 'Enrobé bitumineux', 'Conduite de finisseur'], en: ['Tarmac', 'Tarmacking', 'Asphalt laying', 'Road surfacing', 'Paver operator'] },
  // poser une couche de base / lay base courses
  { id: `${SKILL}0a0c89e8-6ddc-48db-89c4-774335309a22`, fr: ['Couche de forme', 'Couche de fondation', 'Grave non traitée', 'Mise en œuvre de graves', 'Empierrement'], en: ['Sub-base', 'Type 1 sub-base', 'Laying sub-base', 'MOT type 1'] },
  // préparer un support pour un revêtement de route / prepare subgrade for road pavement
  { id: `${SKILL}c4973029-8a67-42c3-a7a0-09bff8920ce5`, fr: ['Préparation de chaussée', 'Préparation des fonds de chaussée'], en: ['Subgrade preparation'] },
  // retirer la surface d'une chaussée / remove road surface
  { id: `${SKILL}059a7a6e-e65e-4127-a421-76817554f97c`, fr: ['Rabotage de chaussée', 'Fraisage de chaussée', 'Démolition de chaussée', 'Sciage d\'enrobé'], en: ['Road planing', 'Road planer', 'Breaking out tarmac'] },
  // installer des bordures / install kerbstones
  { id: `${SKILL}bdc46a39-9da4-48bd-b1c1-172af29f045b`, fr: ['Pose de bordures', 'Pose de bordures de trottoir', 'Bordures et caniveaux', 'Pose de bordures béton', 'Pose de caniveaux', 'Bordures de trottoirs'], en: ['Kerbing', 'Kerb laying', 'Kerbs and channels'] },
  // mettre en place une signalisation routière temporaire / place temporary road signage
  { id: `${SKILL}62e109fe-b619-460a-9f77-4396a6118fcf`, fr: ['Signalisation de chantier', 'Balisage de chantier', 'Signalisation temporaire', 'Pose de signalisation temporaire', 'Alternat manuel', 'Piquet K10'], en: ['Chapter 8', 'Temporary traffic management', 'NRSWA', 'Signing lighting and guarding'] },
  // utiliser une machine de marquage routier / operate road marking machine
  { id: `${SKILL}6d7dd4ac-f2f8-47e1-8ddb-fcfbb619677a`, fr: ['Marquage routier', 'Traçage routier', 'Peinture routière'], en: ['Road marking', 'Road lining', 'White lining'] },
];
