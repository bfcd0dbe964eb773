// Encadrement de chantier et études du bâtiment et des travaux publics (conducteur de travaux, chef de chantier,
// dessinateur-projeteur BTP, métreur, économiste de la construction, géomètre-topographe): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // Conduite de travaux
  // superviser un projet de construction / oversee construction project
  { id: `${SKILL}1de548e0-9535-4d2e-9d20-d4474c1ea813`, fr: ['Conduite de travaux', 'Conduite de chantiers', 'Pilotage de chantiers', 'Gestion de chantiers', 'Direction de travaux', 'Gestion de projets de construction', 'Maîtrise d\'œuvre d\'exécution', 'Conduite d\'opérations de bâtiment'], en: ['Site management', 'Construction management', 'Construction project management', 'Running construction sites'] },
  // coordonner des travaux de construction / coordinate construction activities
  { id: `${SKILL}fff5bc45-b506-4466-8977-4869079c1cb2`, fr: ['Coordination des corps d\'état', 'Coordination TCE', 'Coordination des entreprises sur chantier', 'Coordination des intervenants du chantier', 'Mission OPC', 'Synthèse des corps d\'état'], en: ['Coordinating trades', 'Sequencing trades on site', 'Multi-trade coordination'] },
  // superviser un chantier de construction / monitor construction site
  { id: `${SKILL}fc1a75bb-70e3-4005-881f-7709bf7b0ed4`, fr: ['Suivi de chantier', 'Suivi de travaux', 'Suivi de l\'avancement des travaux', 'Visites de chantier', 'Surveillance de chantier', 'Suivi d\'exécution des travaux'], en: ['Site supervision', 'Supervising construction sites', 'Day-to-day site supervision', 'Monitoring site progress'] },
  // préparer un site de construction / prepare building site
  { id: `${SKILL}cb5c6c3a-8999-41ee-83c9-012974efc43e`, fr: ['Préparation de chantier', 'Période de préparation de chantier', 'Plan d\'installation de chantier', 'Préparation technique des travaux'], en: ['Pre-construction planning', 'Site preparation planning', 'Site logistics plans', 'Pre-start planning'] },
  // établir le calendrier d'un projet / develop project schedule
  { id: `${SKILL}8c6feedd-339f-4dba-b28a-dae84c759853`, fr: ['Planning de travaux', 'Planning de chantier', 'Planification des travaux', 'Planning prévisionnel des travaux', 'Élaboration du planning travaux', 'Diagramme de Gantt', 'Planning Gantt', 'Primavera P6'], en: ['Construction programmes', 'Works programme', 'Gantt charts', 'Primavera P6', 'Asta Powerproject', 'Look-ahead programmes'] },
  // assurer le respect de délais dans un projet de construction / ensure compliance with construction project deadline
  { id: `${SKILL}6181f475-110c-497c-a46d-ed2e14e7bc90`, fr: ['Respect des délais de chantier', 'Tenue des délais contractuels', 'Suivi du planning de chantier', 'Mise à jour du planning de chantier', 'Recalage du planning travaux'], en: ['Delivering projects on programme', 'Keeping works on programme', 'Updating the construction programme'] },
  // finaliser un projet en respectant le budget / finish project within budget
  { id: `${SKILL}7d092d81-d1e2-4c34-b3cb-c1c9f2e68b7d`, fr: ['Suivi budgétaire de chantier', 'Suivi financier des chantiers', 'Maîtrise des coûts de chantier', 'Respect du budget travaux', 'Suivi des marges de chantier', 'Tableau de bord financier de chantier'], en: ['Construction cost control', 'Delivering within budget', 'Site cost control', 'Cost value reconciliation', 'CVR reporting'] },
  // gérer des sous-traitants / manage sub-contract labor
  { id: `${SKILL}a5735dd9-2e74-4fb1-b785-50b98498fc25`, fr: ['Gestion des sous-traitants', 'Encadrement des sous-traitants', 'Pilotage des sous-traitants', 'Management des sous-traitants', 'Suivi des sous-traitants'], en: ['Managing subcontractors', 'Managing subcontract packages', 'Managing subbies'] },
  // superviser les travaux réalisés par les contractants / monitor contractor performance
  { id: `${SKILL}d89f5cee-649a-44bd-9aa9-8e74bbdbd50d`, fr: ['Contrôle des travaux sous-traités', 'Évaluation des sous-traitants', 'Contrôle de la qualité des travaux des entreprises'], en: ['Monitoring subcontractor performance', 'Subcontractor performance reviews'] },
  // rédiger des comptes rendus de réunion / write meeting reports
  { id: `${SKILL}5fa6cd2f-9bab-4afa-a184-2d2f1401b770`, fr: ['Comptes rendus de chantier', 'Rédaction des comptes rendus de chantier', 'CR de chantier', 'Procès-verbaux de réunions de chantier'], en: ['Site meeting minutes', 'Progress meeting minutes'] },
  // présider une réunion / chair a meeting
  { id: `${SKILL}5e9e6dea-23d9-46ba-b8ea-749319b48994`, fr: ['Animation des réunions de chantier', 'Réunions de chantier', 'Conduite des réunions de chantier', 'Réunions hebdomadaires de chantier'], en: ['Chairing site meetings', 'Running progress meetings', 'Site progress meetings', 'Chairing progress meetings'] },
  // contrôler la conformité de constructions / check construction compliance
  { id: `${SKILL}1b71f0d0-8e57-44dc-aaa0-3ee6fbb59991`, fr: ['Réception des travaux', 'Opérations préalables à la réception', 'Levée des réserves', 'Suivi des levées de réserves', 'Réception des ouvrages', 'Réserves de réception'], en: ['Snagging', 'Snag lists', 'De-snagging', 'Practical completion', 'Handover inspections', 'Building handovers'] },
  // rédiger une évaluation des risques / draw up risk assessment
  { id: `${SKILL}594bd121-9614-4e87-9ecf-6ccb95507efe`, fr: ['PPSPS', 'Rédaction des PPSPS', 'Plan particulier de sécurité et de protection de la santé', 'Modes opératoires de sécurité'], en: ['Construction phase plans', 'Method statements', 'Writing method statements'] },
  // inspecter des chantiers de construction / inspect construction sites
  { id: `${SKILL}4f9f0410-5db0-4b3b-8de3-1ded1600c719`, fr: ['Visites de sécurité sur chantier', 'Inspections de sécurité sur chantier', 'Contrôle de la sécurité sur les chantiers', 'Audits sécurité chantier'], en: ['Site safety inspections', 'Site safety audits', 'Construction site inspections'] },
  // communiquer les mesures de santé et de sécurité / communicate health and safety measures
  { id: `${SKILL}0cfc7eb9-2891-4153-b335-6331f381ff05`, fr: ['Accueil sécurité des nouveaux arrivants sur chantier'], en: ['Site safety briefings'] },
  // suivre les procédures en matière de santé et de sécurité dans une construction / follow health and safety procedures in construction
  { id: `${SKILL}86df7af2-f9f3-4c06-a500-7f1fba9e78fe`, fr: ['Coordination SPS', 'Relations avec le coordonnateur SPS'], en: ['CDM regulations', 'CDM 2015'] },
  // préparer des documents de construction / prepare construction documents
  { id: `${SKILL}80274731-15ce-490a-8d5b-f55a36b976b0`, fr: ['Dossier des ouvrages exécutés', 'Constitution des DOE', 'DIUO', 'Dossier d\'intervention ultérieure sur l\'ouvrage', 'Dossiers de fin de chantier'], en: ['O&M manuals', 'Operation and maintenance manuals', 'Health and safety file'] },
  // commander des matériaux de construction / order construction supplies
  { id: `${SKILL}9f1bd2a4-91af-4b60-aeb3-0fe1f4434966`, fr: ['Commandes de matériaux', 'Commande de matériaux de chantier', 'Commandes de matériaux et matériel', 'Commande du béton'], en: ['Ordering materials', 'Ordering site materials'] },
  // tenir des registres d’avancée de travaux / keep records of work progress
  { id: `${SKILL}ccfbdaad-b91d-4bfe-bd0e-d30b33587f19`, fr: ['Journal de chantier', 'Tenue du journal de chantier', 'Rapports journaliers de chantier', 'Cahier de chantier', 'Rapports d\'avancement de chantier'], en: ['Site diary', 'Daily site reports', 'Site progress reports', 'Keeping site records'] },
  // gérer des contrats / manage contracts
  { id: `${SKILL}92721092-fe7c-4689-96bd-4f02385bc0e7`, fr: ['Situations de travaux', 'Établissement des situations de travaux', 'Décompte général définitif', 'Devis de travaux supplémentaires', 'Avenants aux marchés de travaux'], en: ['Interim valuations', 'Valuations and final accounts', 'Valuing variations', 'Payment applications', 'Compensation events'] },
  // droit de la construction / construction legal systems
  { id: `${SKILL}204713d1-a658-435b-b495-765866715755`, fr: ['CCAG Travaux', 'Marchés de travaux', 'Marchés privés de travaux', 'Norme NF P03-001', 'Loi MOP', 'Garantie décennale', 'Garantie de parfait achèvement', 'Assurance dommages-ouvrage'], en: ['JCT contracts', 'NEC contracts', 'NEC3', 'NEC4', 'JCT Design and Build', 'Construction contracts'] },
  // réglementation sur la construction / building codes
  { id: `${SKILL}615cfc39-797f-4229-8e92-159fcf8f3030`, fr: ['DTU', 'Normes DTU', 'Documents techniques unifiés', 'Règles de l\'art du bâtiment', 'Réglementation incendie ERP', 'Réglementation accessibilité PMR'], en: ['Building Regulations', 'Building regs', 'Approved Documents', 'Eurocodes'] },
  // méthodes de construction / construction methods
  { id: `${SKILL}cc173f61-3386-44c5-a048-3889e1ec9114`, fr: ['Méthodes travaux', 'Études de méthodes travaux', 'Modes constructifs', 'Procédés constructifs'], en: ['Construction methodology', 'Buildability reviews'] },
  // principes de construction / building construction principles
  { id: `${SKILL}6c190890-d5ab-46ab-915b-04e995dc0d76`, fr: ['Technologie du bâtiment', 'Techniques du bâtiment', 'Pathologie du bâtiment'], en: ['Building technology', 'Construction technology', 'Building pathology'] },
  // génie civil / civil engineering
  { id: `${SKILL}82887396-e5bf-4306-af51-3fe8d82790b2`, fr: ['Ouvrages d\'art', 'Travaux de génie civil', 'Génie civil et VRD'], en: ['Civil engineering works', 'Civils works'] },
  // Chef de chantier
  // superviser du personnel / supervise staff
  { id: `${SKILL}9601b2a8-68e4-4906-9306-a23679b8f0b0`, fr: ['Encadrement des compagnons', 'Encadrement d\'équipes de chantier', 'Encadrement du personnel de chantier'], en: ['Supervising site operatives', 'Managing site labour'] },
  // organiser des travaux / manage work
  { id: `${SKILL}56a2fa94-a66d-40c6-a444-35888cdefa60`, fr: ['Organisation du chantier', 'Répartition des tâches sur chantier', 'Distribution du travail aux compagnons', 'Planning des équipes de chantier'], en: ['Allocating work to operatives', 'Organising site gangs', 'Daily work allocation on site'] },
  // surveiller le contrôle de la qualité / oversee quality control
  { id: `${SKILL}5d34adde-0b78-42b4-9d3d-69e9388d8398`, fr: ['Autocontrôle des ouvrages', 'Fiches d\'autocontrôle', 'Autocontrôles sur chantier', 'Plan d\'assurance qualité chantier', 'Contrôle qualité sur chantier'], en: ['Site quality control', 'Inspection and test plans', 'Quality checks on site'] },
  // vérifier des plans d'architecte sur site / check architectural drawings on site
  { id: `${SKILL}2bc4d0cc-5f2b-41cf-954c-a8d3d5783396`, fr: ['Vérification des plans sur chantier', 'Contrôle des ouvrages par rapport aux plans', 'Visa des plans d\'exécution'], en: ['Checking drawings on site', 'Checking works against drawings'] },
  // traiter des matériaux de construction à leur réception / process incoming construction supplies
  { id: `${SKILL}a3e0224a-c952-4b4e-b664-d7186f62715b`, fr: ['Réception des matériaux sur chantier', 'Contrôle des livraisons de matériaux', 'Pointage des bons de livraison chantier'], en: ['Receiving site deliveries', 'Checking material deliveries on site'] },
  // inspecter une livraison de béton / inspect supplied concrete
  { id: `${SKILL}568d15cc-01da-4a18-b6fe-9fa30dae4cdd`, fr: ['Contrôle des livraisons de béton', 'Cône d\'Abrams', 'Essai d\'affaissement', 'Prélèvement d\'éprouvettes béton'], en: ['Slump test', 'Concrete cube testing', 'Checking concrete deliveries'] },
  // Dessin, projet
  // créer des dessins avec AutoCAD / create AutoCAD drawings
  { id: `${SKILL}76415d7f-0fde-4364-b45f-5c044580d2aa`, fr: ['Dessin sous AutoCAD', 'Plans sous AutoCAD', 'AutoCAD 2D', 'AutoCAD LT', 'Plans de récolement', 'Récolement des réseaux'], en: ['AutoCAD drafting', 'AutoCAD LT', 'AutoCAD 2D drawings', 'As-built drawings', 'As-built surveys'] },
  // utiliser un logiciel de CAO-DAO / use CADD software
  { id: `${SKILL}54ddd422-5905-44db-93d4-03b17b913c5e`, fr: ['ArchiCAD', 'Allplan', 'Tekla Structures', 'MicroStation', 'AutoCAD Civil 3D', 'BIM', 'Maquette numérique BIM', 'Modélisation BIM', 'Navisworks'], en: ['ArchiCAD', 'Allplan', 'Tekla Structures', 'MicroStation', 'Civil 3D', 'BIM', 'BIM modelling', 'Navisworks'] },
  // utiliser un logiciel de CAO / use CAD software
  { id: `${SKILL}b34e2ba1-9080-48c9-9b42-ee9192a4d3f1`, fr: ['Revit Architecture', 'Revit Structure', 'Revit MEP'], en: ['Revit Architecture', 'Revit Structure', 'Revit MEP'] },
  // utiliser un logiciel de dessin technique / use technical drawing software
  { id: `${SKILL}541561bc-510c-4a99-881c-2d8bf5a85462`, fr: ['Plans d\'exécution', 'Réalisation de plans d\'exécution', 'Plans de coffrage et ferraillage', 'Carnets de détails', 'Plans de synthèse', 'Plans de réservations', 'Carnets de ferraillage', 'Nomenclatures d\'aciers'], en: ['Producing working drawings', 'Working drawing packages', 'Rebar detailing', 'Reinforcement detailing', 'Bar bending schedules'] },
  // préparer des demandes de permis de construire / prepare building permit applications
  { id: `${SKILL}aaffe2b8-60b7-468c-8b21-477ef753c390`, fr: ['Dossiers de permis de construire', 'Plans de permis de construire', 'Déclarations préalables de travaux', 'Montage de dossiers PC'], en: ['Planning application drawings', 'Building regulations drawings', 'Building control submissions'] },
  // dessiner des croquis d’architecture / create architectural sketches
  { id: `${SKILL}bc5deb5a-5b54-4241-b52e-68389d9a1e92`, fr: ['Esquisses APS APD', 'Avant-projet sommaire', 'Avant-projet détaillé', 'Esquisses architecturales'], en: ['Concept sketches for buildings', 'Architectural concept drawings'] },
  // utiliser des techniques de traçage manuel / use manual drafting techniques
  { id: `${SKILL}432ab648-aece-4237-969f-8bca94fe181c`, fr: ['Dessin sur planche', 'Dessin technique à la main'], en: ['Hand drafting', 'Drawing board drafting'] },
  // Métré, économie de la construction
  // calculer des besoins en fournitures pour une construction / calculate needs for construction supplies
  { id: `${SKILL}5d9dd44a-81f8-4710-bd4d-af27ec5c2139`, fr: ['Avant-métrés', 'Métrés tous corps d\'état', 'Métré sur plans', 'Quantitatifs tous corps d\'état', 'Établissement des quantitatifs', 'Détail quantitatif estimatif', 'DQE'], en: ['Quantity take-offs', 'Bills of quantities', 'BoQ', 'Measurement of works', 'CostX'] },
  // estimer le coût des matériaux de construction / estimate cost of building materials
  { id: `${SKILL}cd4c3908-c626-4331-8e94-60e6ec4ea2c3`, fr: ['Études de prix', 'Chiffrage des travaux', 'Chiffrage tous corps d\'état', 'Estimation du coût des travaux', 'Sous-détails de prix', 'Déboursés secs', 'DPGF', 'Bordereau de prix unitaires', 'Économie de la construction'], en: ['Estimating', 'Construction estimating', 'Cost estimating', 'Pricing tenders', 'Cost planning', 'Quantity surveying', 'Rate build-ups'] },
  // rédiger un cahier des charges / write specifications
  { id: `${SKILL}3d64b8fd-bb09-4d13-a3cf-300ed8909088`, fr: ['CCTP', 'Rédaction des CCTP', 'Cahier des clauses techniques particulières', 'Rédaction des pièces écrites'], en: ['NBS specifications', 'Building specifications'] },
  // gérer des procédures d'appels d'offres / manage tender processes
  { id: `${SKILL}4b2c4de9-43d7-4905-9d58-bc2e7d84b2e1`, fr: ['Réponse aux appels d\'offres de travaux', 'Montage des offres de travaux', 'Dossiers de réponse aux appels d\'offres'], en: ['Tender submissions', 'Preparing tender submissions', 'Bid management'] },
  // participer à des appels d'offres publics / participate in governmental tenders
  { id: `${SKILL}0afb2715-a6ee-4ad9-ac8a-fb904dd99b61`, fr: ['Réponse aux marchés publics', 'Candidatures aux marchés publics', 'Dossiers DC1 DC2'], en: ['Public sector tenders', 'Public sector bids'] },
  // comparer les offres des soumissionnaires / compare contractors' bids
  { id: `${SKILL}ae25d3a9-a85f-415c-a601-806013ea8229`, fr: ['Analyse des offres des entreprises', 'Rapport d\'analyse des offres', 'Comparatif des offres des entreprises', 'Analyse des offres de travaux'], en: ['Tender analysis', 'Tender reports', 'Subcontractor bid comparison'] },
  // Topographie
  // réaliser des arpentages de terrains / conduct land surveys
  { id: `${SKILL}39e71107-3aa9-41a0-809c-edea477c968f`, fr: ['Relevés topographiques', 'Levés topographiques', 'Levés de corps de rue', 'Relevés de façades', 'Relevés d\'intérieurs', 'Nivellement topographique'], en: ['Topographical surveys', 'Topographic surveying', 'Measured building surveys', 'Land surveying', 'Levelling surveys'] },
  // réaliser des activités d'arpentage à des fins de construction / conduct surveying activities for construction purposes
  { id: `${SKILL}321f42d0-5ba9-46a8-8d20-8cbdccc3c8c6`, fr: ['Implantation topographique', 'Piquetage', 'Implantation des axes', 'Implantation de réseaux', 'Contrôle topographique des ouvrages', 'Topographie de chantier'], en: ['Engineering surveys', 'Construction surveying', 'Setting out engineering'] },
  // utiliser des instruments d’arpentage / operate surveying instruments
  { id: `${SKILL}af1df253-5103-46d7-a757-b17bf5a4e581`, fr: ['Station totale', 'Station totale robotisée', 'Scanner laser 3D', 'Lasergrammétrie'], en: ['Robotic total station', 'Digital level', '3D laser scanning'] },
  // collecter des données au moyen d’un GPS / collect data using GPS
  { id: `${SKILL}d89b9a3f-19bf-4b9b-9664-ed35924eb399`, fr: ['GPS RTK', 'GNSS', 'Levés GNSS', 'Levé GPS', 'Récepteur GNSS'], en: ['GNSS surveying', 'RTK GPS', 'GPS surveying', 'GNSS rover'] },
  // traiter des données d’arpentage collectées / process collected survey data
  { id: `${SKILL}6b30644d-bdc5-4bca-b1af-edbf5c6b15ee`, fr: ['Traitement des données topographiques', 'Traitement des levés', 'Covadis', 'Mensura', 'Trimble Business Center', 'Traitement de nuages de points'], en: ['Processing survey data', 'Point cloud processing', 'Trimble Business Center', 'Leica Infinity'] },
  // effectuer des calculs d’arpentage / perform surveying calculations
  { id: `${SKILL}86945516-619a-456e-b0d0-2fb31d927992`, fr: ['Calculs topométriques', 'Calculs topographiques', 'Polygonation', 'Cheminements polygonaux', 'Calculs de cubatures', 'Cubatures'], en: ['Traverse calculations', 'Traverse adjustment', 'Earthworks volume calculations'] },
  // topographie / topography
  { id: `${SKILL}790a335b-2005-4b8a-b6fe-47ff7701ebb7`, fr: ['Plans topographiques', 'Établissement de plans topographiques', 'Courbes de niveau'], en: ['Topographic plans', 'Topographical drawings', 'Contour plans'] },
  // créer des plans cadastraux / create cadastral maps
  { id: `${SKILL}ee6c325b-223e-432f-89c3-a0f135adac9e`, fr: ['Bornage', 'Division parcellaire', 'Plans de division', 'Délimitation foncière', 'Documents d\'arpentage'], en: ['Boundary surveys', 'Boundary determination', 'Title plans'] },
  // géodésie / geodesy
  { id: `${SKILL}7d4e4636-f136-46f6-ae23-2a7639d6b861`, fr: ['Lambert 93', 'RGF93', 'Systèmes de coordonnées'], en: ['Coordinate systems', 'OSGB36', 'Geodetic surveying'] },
  // utiliser des systèmes d'information géographique / use geographic information systems
  { id: `${SKILL}440f64e5-e66c-45ee-bc29-53c14a2ad720`, fr: ['QGIS', 'ArcGIS', 'Logiciel SIG', 'Cartographie SIG'], en: ['QGIS', 'ArcGIS', 'GIS mapping', 'GIS software'] },
  // photogrammétrie / photogrammetry
  { id: `${SKILL}0435fe96-523f-4888-a76f-22df1e92d9c4`, fr: ['Photogrammétrie par drone', 'Levés par drone', 'Pix4D', 'Metashape'], en: ['Drone surveys', 'UAV surveys', 'Aerial photogrammetry', 'Pix4D'] },
  // enregistrer des mesures d’arpentage / record survey measurements
  { id: `${SKILL}120b9b87-3aad-4a42-b5e7-1b146a672038`, fr: ['Carnet de terrain', 'Croquis de levé'], en: ['Survey field notes', 'Field books'] },
  // régler des outils d’arpentage / adjust surveying equipment
  { id: `${SKILL}bb0069d2-0953-43d4-923b-18ad370bc2f3`, fr: ['Étalonnage des instruments topographiques', 'Mise en station'], en: ['Calibrating survey instruments', 'Instrument set-up over a station'] },
];
