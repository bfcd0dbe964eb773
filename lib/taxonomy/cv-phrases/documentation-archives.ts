// Documentation, archives et bibliothèques (documentaliste, archiviste, assistant de conservation, bibliothécaire, agent de médiathèque; UK librarian / archivist / records manager):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // gérer des archives / manage archive
  { id: `${SKILL}caea6ac9-3972-42c4-9be6-042fe3e426f5`, fr: ['Gestion des archives', 'Gestion des fonds d\'archives', 'Archives intermédiaires', 'Archives définitives', 'Versements d\'archives', 'Bordereaux de versement', 'Préarchivage'], en: ['Archive management', 'Archive accessions', 'Accessioning records'] },
  // effectuer la gestion des dossiers / carry out records management
  { id: `${SKILL}12428071-1ec8-4d52-a0ce-3eee78e1e1be`, fr: ['Tableau de gestion des archives', 'Durées d\'utilité administrative', 'Tri et éliminations d\'archives', 'Bordereaux d\'élimination', 'Éliminations réglementaires'], en: ['Retention schedules', 'Records retention', 'Records disposal', 'Information governance'] },
  // surveiller la gestion de dossiers / oversee record management
  { id: `${SKILL}d4f9906e-3b22-4c27-9b32-1c1f457ced44`, fr: ['Politique d\'archivage', 'Audit des pratiques d\'archivage'], en: ['Records management policy', 'Records management audits'] },
  // établir un inventaire détaillé d'une collection / compile detailed collection inventory
  { id: `${SKILL}27d1012f-0ad8-42fb-b342-0e7ef12d22d1`, fr: ['Inventaires d\'archives', 'Instruments de recherche', 'Description archivistique', 'Répertoires numériques', 'ISAD(G)', 'Classement de fonds d\'archives'], en: ['Archival description', 'Finding aids', 'ISAD(G)', 'Archive cataloguing', 'Encoded Archival Description'] },
  // évaluer des documents historiques / appraise historical documents
  { id: `${SKILL}fac4775a-39d0-4bc4-a014-26ea1461bd8a`, fr: ['Évaluation archivistique', 'Sélection des archives historiques'], en: ['Archival appraisal', 'Records appraisal'] },
  // stocker des objets d'archives / store archival objects
  { id: `${SKILL}5119a6dd-64ca-48e5-a906-85b9ab84aefd`, fr: ['Gestion des magasins d\'archives', 'Rangement en magasin d\'archives', 'Cotation des boîtes d\'archives'], en: ['Archival storage', 'Archive store management'] },
  // établir des normes strictes pour la prise en charge de collections / establish high standards of collections care
  { id: `${SKILL}397afe57-de4d-4db6-a889-cc1de4cac0a1`, fr: ['Conservation préventive', 'Conditionnement des archives', 'Conditionnement des documents anciens', 'Dépoussiérage des archives'], en: ['Preventive conservation', 'Collections care', 'Archival packaging', 'Conservation housing'] },
  // surveiller l'environnement d'un musée / monitor museum environment
  { id: `${SKILL}5f6fe86c-2b73-4116-9086-a38373bc9a0a`, fr: ['Suivi hygrométrique des magasins', 'Contrôle température et hygrométrie', 'Relevés thermo-hygrométriques'], en: ['Environmental monitoring of stores', 'Temperature and humidity monitoring'] },
  // faire des recherches dans des archives / search historical sources in archives
  { id: `${SKILL}0240c5a8-d8ec-4cd5-948f-4649334c01b8`, fr: ['Recherches en archives', 'Dépouillement d\'archives', 'Recherches historiques en archives'], en: ['Archival research', 'Archive research'] },
  // aider des utilisateurs d'archives dans leurs recherches / aid archive users with their enquiries
  { id: `${SKILL}08a2ff87-09e7-4899-a47c-8ab81702d08d`, fr: ['Accueil en salle de lecture', 'Orientation des chercheurs', 'Communication des documents d\'archives', 'Réponse aux demandes de recherche'], en: ['Reading room duties', 'Searchroom enquiries', 'Archive enquiries'] },
  // convertir des documents du format analogique au format numérique / digitize documents
  { id: `${SKILL}367c240d-5f34-423a-86b1-866ad27206ea`, fr: ['Numérisation des archives', 'Numérisation des fonds', 'Numérisation patrimoniale', 'Dématérialisation des documents'], en: ['Digitisation', 'Digitisation projects', 'Archive digitisation', 'Digitization'] },
  // gérer des documents numériques / manage digital documents
  { id: `${SKILL}b769f524-0f25-44d7-8538-5c46710a040e`, fr: ['GED', 'Gestion électronique des documents', 'Logiciel de GED', 'Alfresco'], en: ['EDMS', 'Electronic document management', 'Document management systems'] },
  // gérer des archives numériques / manage digital archives
  { id: `${SKILL}fa3e5cec-703e-4d46-b3bb-e8a89540ab54`, fr: ['Archivage électronique', 'Archivage numérique', 'Système d\'archivage électronique', 'Archivage pérenne'], en: ['Digital archiving', 'Electronic archiving'] },
  // gérer les métadonnées de contenu / manage content metadata
  { id: `${SKILL}9710092c-f174-4e84-95bf-2064d39ad7a0`, fr: ['Gestion des métadonnées', 'Dublin Core', 'Saisie des métadonnées'], en: ['Metadata management', 'Dublin Core', 'Metadata creation'] },
  // tenir le catalogue d'une collection / maintain catalog collection
  { id: `${SKILL}70c39902-37ed-442b-8e6d-9632212ac790`, fr: ['Catalogage', 'Catalogage UNIMARC', 'Catalogage des documents', 'Notices bibliographiques', 'Dérivation de notices', 'Catalogage Sudoc'], en: ['Cataloguing', 'MARC 21', 'RDA cataloguing', 'AACR2', 'Bibliographic records', 'Copy cataloguing'] },
  // classer les documents d'une bibliothèque / classify library materials
  { id: `${SKILL}bcdfc41b-1fca-43ee-b07b-2b574dae763d`, fr: ['Indexation documentaire', 'Indexation RAMEAU', 'Classification Dewey', 'Cotation Dewey', 'Indexation matière'], en: ['Dewey Decimal Classification', 'Subject indexing', 'Library of Congress Classification', 'Classification and indexing'] },
  // établir des systèmes de classement / develop classification systems
  { id: `${SKILL}49812c2d-3a36-4be8-bd41-8c0be3db7c6d`, fr: ['Plan de classement', 'Élaboration de plans de classement', 'Conception de thésaurus', 'Langage documentaire'], en: ['File plans', 'Thesaurus construction', 'Classification schemes', 'Taxonomy development'] },
  // rédiger des synthèses / make abstracts
  { id: `${SKILL}6c06c0f6-3510-4ef3-ab51-b0bec7f209ba`, fr: ['Résumés documentaires', 'Analyse documentaire', 'Synthèses documentaires', 'Dossiers documentaires'], en: ['Abstracting', 'Writing abstracts', 'Abstracting and indexing'] },
  // effectuer des travaux bibliographiques / carry out bibliographic work
  { id: `${SKILL}4fea6307-bdc0-423d-ad63-c61755c14522`, fr: ['Recherches bibliographiques', 'Bibliographies thématiques', 'Gestion bibliographique Zotero'], en: ['Bibliographic searches', 'Compiling bibliographies', 'Reference management software'] },
  // mener des recherches documentaires / conduct literature research
  { id: `${SKILL}0d282d6e-8cb9-4339-8e7d-cfafed96b5ed`, fr: ['Recherche documentaire', 'Interrogation de bases de données documentaires', 'Recherche d\'information'], en: ['Literature searches', 'Database searching'] },
  // tirer parti de données, d’informations et de contenus numériques par la navigation, les recherches et le filtrage / browse, search and filter data, information and digital content
  { id: `${SKILL}e439742d-558d-4f52-885e-afdc740b48cf`, fr: ['Veille documentaire', 'Veille informationnelle', 'Bulletins de veille', 'Outils de veille'], en: ['Current awareness', 'Current awareness bulletins', 'Information monitoring'] },
  // gérer les demandes des utilisateurs d'une bibliothèque / manage library users queries
  { id: `${SKILL}34982b79-842f-4835-8598-d27793731d26`, fr: ['Service de questions-réponses', 'Renseignement bibliographique'], en: ['Reference enquiries', 'Library enquiries', 'Reference desk'] },
  // fournir des informations sur une bibliothèque / provide library information
  { id: `${SKILL}87b3e2f5-ff05-489a-a13b-9e5b3aff5fee`, fr: ['Accueil du public en bibliothèque', 'Accueil en médiathèque', 'Inscription des lecteurs', 'Inscription des usagers'], en: ['Library customer service', 'Registering library members', 'Library membership'] },
  // superviser le fonctionnement quotidien d'une bibliothèque / supervise daily library operations
  { id: `${SKILL}dcd527ac-af3c-4656-99a5-c1afb3d3bc63`, fr: ['Prêt et retour des documents', 'Banque de prêt', 'Circulation des documents', 'Prêts et retours'], en: ['Issuing and returning books', 'Circulation desk', 'Library circulation', 'Issues and returns'] },
  // gérer des documents de bibliothèque en retard / manage overdue library materials
  { id: `${SKILL}a3d2dbb6-3979-42de-979a-b144583741e2`, fr: ['Relances des retards', 'Gestion des retards de prêt', 'Lettres de rappel aux lecteurs'], en: ['Overdues', 'Chasing overdue items', 'Overdue notices'] },
  // organiser des prêts entre bibliothèques / arrange interlibrary loans
  { id: `${SKILL}72e36936-3eb4-498b-8bf0-1f2cbe145447`, fr: ['Prêt entre bibliothèques', 'PEB', 'Prêt inter-bibliothèques'], en: ['Interlibrary loans', 'Inter-library loans', 'ILL requests'] },
  // organiser des livres par ordre de classement / arrange books in classification order
  { id: `${SKILL}72f9d741-7696-43d2-bccb-d46f9463eecb`, fr: ['Rangement des documents en rayon', 'Rangement des collections', 'Reclassement en rayon', 'Rangement des livres'], en: ['Shelving', 'Reshelving', 'Shelf tidying', 'Shelf reading'] },
  // organiser du matériel de bibliothèque / organize library material
  { id: `${SKILL}b661befa-db9b-46d7-b89d-95a8c394f82f`, fr: ['Équipement des documents', 'Équipement et réparation des livres', 'Plastification des livres', 'Équipement des ouvrages'], en: ['Book processing', 'Book covering', 'Book repairs'] },
  // tenir à jour l'inventaire d'une bibliothèque / maintain library inventory
  { id: `${SKILL}704c0b98-7083-4b23-b6e5-18f5a6342324`, fr: ['Récolement des collections', 'Récolement', 'Inventaire des collections'], en: ['Library stocktaking', 'Stock checks of library collections'] },
  // évaluer les documents d'une bibliothèque / evaluate library materials
  { id: `${SKILL}3cf44236-7030-4889-ba65-acfecb0d6d86`, fr: ['Désherbage des collections', 'Évaluation des collections', 'Méthode IOUPI'], en: ['Stock editing', 'Collection weeding', 'Stock evaluation'] },
  // sélectionner de nouveaux articles de bibliothèque à acquérir / select new library items to acquire
  { id: `${SKILL}bfdfba8e-5ceb-4bad-9a02-b7f8149be4b1`, fr: ['Politique d\'acquisition', 'Acquisitions documentaires', 'Sélection des acquisitions', 'Politique documentaire'], en: ['Stock selection', 'Collection development', 'Book selection', 'Library acquisitions'] },
  // acheter de nouveaux articles de bibliothèque / buy new library items
  { id: `${SKILL}ffe9b8ef-f32a-42a9-a256-38e7967fbe23`, fr: ['Commandes d\'ouvrages', 'Commandes auprès des libraires', 'Suivi des commandes de livres'], en: ['Book ordering', 'Ordering library stock'] },
  // élaborer des programmes éducatifs de bibliothèque / develop library educational programs
  { id: `${SKILL}702853b4-dda8-4ce1-b721-b7ccc06c19ea`, fr: ['Animations en médiathèque', 'Heure du conte', 'Lectures aux enfants', 'Animation lecture', 'Club de lecture', 'Ateliers en bibliothèque'], en: ['Storytime', 'Rhyme time', 'Library events', 'Reading groups', 'Summer Reading Challenge'] },
  // participer à des programmes scolaires sur les bibliothèques / participate in school programs on libraries
  { id: `${SKILL}cbe9ad5c-8b21-4765-bbd8-775ab9bca9de`, fr: ['Accueil de classes', 'Accueils de classes en bibliothèque', 'Partenariats avec les écoles'], en: ['Class visits', 'School library visits'] },
  // former les utilisateurs d'une bibliothèque / instruct library users
  { id: `${SKILL}f0f2da78-ef60-4653-b2c8-ff0a7a9ea2f8`, fr: ['Formation des usagers', 'Formation à la recherche documentaire', 'Éducation aux médias et à l\'information'], en: ['Information literacy', 'Information literacy sessions', 'User education'] },
  // présenter des documents de bibliothèque / display library material
  { id: `${SKILL}f645997b-e5a3-47e4-b715-65bbfb3e69f5`, fr: ['Mise en valeur des collections', 'Tables thématiques', 'Expositions en médiathèque'], en: ['Book displays', 'Library displays'] },
  // gérer des bibliothèques numériques / manage digital libraries
  { id: `${SKILL}14525f24-afb4-4a4e-80a7-facf27080cdd`, fr: ['Bibliothèque numérique', 'Ressources électroniques', 'Portail documentaire', 'Gestion des ressources numériques'], en: ['Digital library', 'E-resources', 'Electronic resources management'] },
  // logiciel de gestion de collection / collection management software
  { id: `${SKILL}5fd6c193-93c6-4f2d-bf9b-e0debb851f2d`, fr: ['SIGB', 'SIGB Koha', 'SIGB PMB', 'Logiciel PMB', 'Logiciel Koha', 'Système intégré de gestion de bibliothèque'], en: ['Library management system', 'Koha ILS', 'Integrated library system', 'Alma library system', 'Spydus'] },
];
