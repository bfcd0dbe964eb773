// What French and English CVs write for some ESCO skills that ESCO itself does not list: software
// and tool names (Excel, SAP, WMS, Sage), licences and certificates (CACES, SST, HACCP), trade words
// ("douchette", "Fenwick"). Added as hidden labels to the concepts, by URI, whenever the referential
// holds them (starter pack, full ESCO packs, CSV folders).

import type { Language } from '../types';
import type { ConceptDraft, ConceptKind, ReferentialDraft } from './referential';
import { SOFT_SKILL_PHRASES, TRADE_PHRASES } from './cv-phrases';
import type { CvPhrase } from './cv-phrases/cv-phrase';

const SKILL = 'http://data.europa.eu/esco/skill/';

export const SKILL_ALIASES: { id: string; fr?: string[]; en?: string[] }[] = [
  // use spreadsheets software / utiliser un tableur
  { id: `${SKILL}1973c966-f236-40c9-b2d4-5d71a89019be`, fr: ['Excel', 'Microsoft Excel', 'tableur Excel', 'LibreOffice Calc', 'Google Sheets', 'tableaux croisés dynamiques'], en: ['Excel', 'Microsoft Excel', 'Google Sheets', 'pivot tables'] },
  // use word processing software
  { id: `${SKILL}81633a44-f1db-4a01-a940-804c6905e330`, fr: ['Word', 'Microsoft Word', 'LibreOffice Writer', 'Google Docs'], en: ['Microsoft Word', 'MS Word', 'Google Docs'] },
  // use presentation software
  { id: `${SKILL}234aeb8d-56c3-4531-9193-1c5e6a8d16cb`, fr: ['PowerPoint', 'Microsoft PowerPoint', 'Google Slides'], en: ['PowerPoint', 'Google Slides', 'Keynote'] },
  // use microsoft office
  { id: `${SKILL}f683ae1d-cb7c-4aa1-b9fe-205e1bd23535`, fr: ['Pack Office', 'Suite Office', 'Microsoft Office', 'MS Office', 'Office 365', 'Microsoft 365', 'bureautique'], en: ['MS Office', 'Office 365', 'Microsoft 365'] },
  // operate forklift / utiliser un chariot élévateur
  { id: `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`, fr: ['CACES R489', 'CACES R389', 'CACES 1', 'CACES 3', 'CACES 5', 'chariot élévateur', 'conduite de chariots élévateurs', 'Fenwick', 'cariste'], en: ['forklift', 'forklift licence', 'forklift driving'] },
  // apply HACCP
  { id: `${SKILL}5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350`, fr: ['HACCP', 'normes HACCP', 'méthode HACCP', "règles d'hygiène HACCP", 'plan de maîtrise sanitaire'], en: ['HACCP', 'HACCP standards'] },
  // provide first aid
  { id: `${SKILL}1d21f6ad-340f-45da-a0a3-4e83867f47a6`, fr: ['SST', 'Sauveteur Secouriste du Travail', 'PSC1', 'PSE1', 'PSE2', 'AFGSU', 'gestes de premiers secours', 'secourisme'], en: ['first aid certificate', 'CPR'] },
  // manage a warehouse management system
  { id: `${SKILL}7c821387-b428-4f75-b5a7-7b038aa81cfd`, fr: ['WMS', 'logiciel WMS', 'logiciel de gestion d’entrepôt'], en: ['WMS', 'warehouse management software'] },
  // manage standard enterprise resource planning system
  { id: `${SKILL}f0393af3-bcd9-41af-a36e-0cfb83b60081`, fr: ['ERP', 'PGI', 'SAP', 'logiciel ERP'], en: ['ERP', 'SAP', 'ERP software'] },
  // use customer relationship management software
  { id: `${SKILL}9889b795-d755-41b2-8afd-2e3c87a65a38`, fr: ['CRM', 'logiciel CRM', 'Salesforce', 'HubSpot'], en: ['CRM', 'CRM software', 'Salesforce', 'HubSpot'] },
  // operate cash register
  { id: `${SKILL}0cb013af-6dd9-4fb2-b34e-63dda1a5cf82`, fr: ['tenue de caisse', 'caisse enregistreuse', 'hôte de caisse', 'hôtesse de caisse'], en: ['cashier', 'till', 'cash handling'] },
  // use barcode scanning equipment
  { id: `${SKILL}fd79b3c4-e264-41b5-bada-49ba5f317588`, fr: ['douchette', 'lecteur optique', 'scanner de codes-barres', 'terminal radio', 'terminal RF'], en: ['barcode scanner', 'RF scanner'] },
  // use accounting systems
  { id: `${SKILL}a0d79341-8398-4019-ad1b-27888ec35aaa`, fr: ['Sage', 'Sage 100', 'Ciel Compta', 'EBP', 'Cegid', 'logiciel de comptabilité', 'logiciel comptable'], en: ['Sage', 'QuickBooks', 'accounting software'] },
  // use CAD software
  { id: `${SKILL}b34e2ba1-9080-48c9-9b42-ee9192a4d3f1`, fr: ['AutoCAD', 'SolidWorks', 'CATIA', 'Revit', 'SketchUp', 'DAO', 'CAO'], en: ['AutoCAD', 'SolidWorks', 'CATIA', 'Revit', 'SketchUp', 'CAD'] },
  // Adobe Photoshop
  { id: `${SKILL}14ced458-5f4b-495f-bd3d-9c240614bda0`, fr: ['Photoshop'], en: ['Photoshop'] },
  // operate aerial work platforms
  { id: `${SKILL}541ce3bd-a6a0-4413-a020-0db81e299658`, fr: ['nacelle', 'PEMP', 'CACES R486', 'CACES nacelle', 'nacelle élévatrice'], en: ['MEWP', 'cherry picker', 'scissor lift'] },
  // Agile project management
  { id: `${SKILL}0a9acb6b-1139-4be9-b431-3a80a959f2f4`, fr: ['Scrum', 'méthode Agile', 'méthodes agiles', 'Kanban'], en: ['Scrum', 'Agile', 'Kanban'] },
  // drive vehicles
  { id: `${SKILL}2a82241a-216e-44d8-bb50-6b9a0ef82084`, fr: ['conduite de véhicules', 'conduite de véhicule léger'], en: ['driving'] },
  // patrol areas
  { id: `${SKILL}e95dc989-ae49-49c6-bfc4-9aef35e92f35`, fr: ['rondes de surveillance', 'rondes', 'patrouilles'], en: ['patrols', 'security rounds', 'patrol the site'] },
  // extinguish fires
  { id: `${SKILL}301a6581-e983-4bb6-8b31-b3ee2cbc2392`, fr: ['SSIAP', 'SSIAP 1', 'sécurité incendie', 'EPI incendie'], en: ['fire safety', 'firefighting'] },
  // tend to elderly people
  { id: `${SKILL}261e740b-d32d-4356-94a8-3ea29128b70b`, fr: ['accompagnement des personnes âgées', 'aide aux personnes âgées', 'personnes âgées dépendantes'], en: ['elderly care', 'care of the elderly'] },
];

/** How CVs commonly phrase skills that ESCO words differently: nouns of action, trade jargon,
 *  shorthand ("Tenue de caisse", "Mise en rayon", "Paramètres vitaux", "Stock rotation", "Rotas").
 *  Written per trade from French and British CV usage; each phrase points at one ESCO concept. */
export const SKILL_PHRASES: { id: string; fr?: string[]; en?: string[] }[] = [
  // Logistique / entrepôt
  // gérer les stocks d'un entrepôt
  { id: `${SKILL}5d2e82cc-5943-4218-a459-a1956fad2b63`, fr: ['gestion des stocks en entrepôt', 'gestion de stock en entrepôt', 'suivi des stocks en entrepôt'], en: ['stock control', 'inventory control', 'stock management', 'inventory management', 'stock counts', 'cycle counts'] },
  // gérer des stocks
  { id: `${SKILL}ab6265f2-a9bf-49e8-a9a5-67cbab4de38b`, fr: ['gestion des stocks', 'gestion de stock', 'suivi des stocks', 'gestion des inventaires'] },
  // veiller à la précision du contrôle des stocks
  { id: `${SKILL}53815c73-d352-4d4d-92cb-fb7020cbd8e6`, fr: ['inventaires', 'inventaire', 'inventaires tournants', 'comptage des stocks', 'contrôle des stocks', 'fiabilité des stocks', 'contrôle de stock'] },
  // préparer des commandes en vue de leur expédition
  { id: `${SKILL}ee5e2297-39cc-4ed6-89e5-d58016118a7f`, fr: ['préparation de commandes', 'préparation des commandes', 'préparer les commandes', 'préparateur de commandes', 'picking', 'order picking', 'prélèvement des colis'], en: ['order picking', 'picking', 'picking and packing', 'pick and pack', 'picking orders'] },
  // utiliser des systèmes de prélèvement par commande vocale
  { id: `${SKILL}28b7d7fb-0483-4877-9aaa-f990f10f16f5`, fr: ['commande vocale', 'picking vocal', 'préparation vocale', 'voice picking', 'préparation de commandes à la voix'] },
  // charger une cargaison
  { id: `${SKILL}048affec-04db-4bd5-b7a6-c666d16c0fef`, fr: ['chargement des camions', 'chargement de camions', 'chargement des semi-remorques', 'chargement des véhicules', 'chargement'], en: ['loading', 'loading trailers', 'loading lorries', 'loading vehicles', 'loading and unloading'] },
  // décharger une cargaison
  { id: `${SKILL}042f91e3-cccc-4d51-b635-bb14ffe90cfc`, fr: ['déchargement des camions', 'déchargement de camions', 'déchargement des livraisons', 'déchargement des marchandises', 'déchargement'], en: ['unloading', 'unloading deliveries', 'unloading trailers', 'tipping trailers'] },
  // stocker les marchandises d'un entrepôt avec précision
  { id: `${SKILL}e883d55a-75ae-460b-ba0a-47fecf14f1b3`, fr: ['mise en stock', 'rangement des marchandises', 'rangement en entrepôt', 'stockage des marchandises', 'mise en stock des palettes', 'adressage des palettes'] },
  // utiliser des équipements de manutention
  { id: `${SKILL}7838de1e-d65e-4a3f-b60b-e2213026116f`, fr: ['transpalette', 'transpalette électrique', 'gerbeur', 'conduite de transpalette', 'matériel de manutention', 'engins de manutention'] },
  // règles de sécurité applicables aux entrepôts
  { id: `${SKILL}519b3949-b711-4a08-a395-a4bd068f9fa2`, fr: ['règles de sécurité en entrepôt', 'sécurité en entrepôt', 'respect des règles de sécurité en entrepôt'] },
  // emballer des articles
  { id: `${SKILL}667cbbaf-f377-46d8-8f2d-1f6d8a55d74a`, fr: ['emballage', 'emballage des colis', 'conditionnement', 'filmage des palettes', 'filmage'] },
  // recevoir des marchandises
  { id: `${SKILL}2cae39d6-78c2-4ce3-bee8-628504371463`, fr: ['réception des marchandises', 'réception des livraisons', 'réception de marchandises'], en: ['goods in', 'goods-in', 'receiving deliveries', 'goods receipt', 'receiving goods'] },
  // vérifier les livraisons à leur réception
  { id: `${SKILL}f7f56b20-8f05-4731-a1bf-79fdcffc72ce`, fr: ['contrôle des livraisons', 'contrôle des bons de livraison', 'contrôle à réception', 'vérification des livraisons'] },
  // utiliser un chariot élévateur
  { id: `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`, fr: ['conduite de chariots élévateurs', 'conduite de chariot élévateur', 'chariot frontal', 'chariot à mât rétractable', 'chariot rétractable'], en: ['forklift', 'forklift truck', 'FLT', 'counterbalance forklift', 'reach truck', 'forklift licence', 'counterbalance and reach trucks'] },
  // Vente / commerce
  // accueillir les clients
  { id: `${SKILL}26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da`, fr: ['accueil des clients', 'accueil client', 'accueil de la clientèle', 'accueil physique', 'accueil des clientes'] },
  // conseiller des clients sur le choix de produits
  { id: `${SKILL}2b69525c-731c-4813-99a7-673fa5679d32`, fr: ['conseil client', 'conseil à la clientèle', 'conseiller la clientèle', 'conseil des clients', 'conseil technique', 'conseil et vente', 'vente conseil'] },
  // vendre des produits supplémentaires
  { id: `${SKILL}306a1555-9fa2-47af-b996-a0a8833cbe81`, fr: ['vente additionnelle', 'ventes additionnelles', 'vente complémentaire', 'ventes complémentaires'], en: ['upselling', 'up-selling', 'cross-selling', 'add-on sales', 'upsell', 'upselling room upgrades'] },
  // tenir une caisse
  { id: `${SKILL}3982571a-e9ce-442a-a4a0-fdfc97727091`, fr: ['tenue de caisse', 'ouverture et fermeture de caisse', 'ouverture et fermeture de la caisse', 'gestion de caisse', 'clôture de caisse'], en: ['cashing up', 'cash handling', 'balancing the till', 'till balancing', 'handling cash'] },
  // encaisser les paiements
  { id: `${SKILL}798d60b0-b089-4035-94b2-a26386aa7d5a`, fr: ['encaissement', 'encaissements', 'encaisser', 'encaissement des paiements', 'paiements clients'] },
  // remplir des rayons
  { id: `${SKILL}7e9daad3-8604-4839-af9b-dc6f8db3ef68`, fr: ['mise en rayon', 'réassort', 'réapprovisionnement des rayons', 'remplissage des rayons', 'facing', 'approvisionnement des rayons'], en: ['shelf stacking', 'filling shelves', 'restocking', 'replenishing shelves', 'stacking shelves'] },
  // surveiller le niveau de stocks
  { id: `${SKILL}44f6a65f-6be7-4818-9a66-73908797283f`, fr: ['gestion des stocks en magasin', 'suivi du niveau des stocks', 'surveillance des stocks', 'réapprovisionnement'], en: ['stock levels', 'stock replenishment', 'replenishment', 'monitoring stock'] },
  // traiter des programmes de fidélisation
  { id: `${SKILL}77526b41-a770-4d4e-975e-5a595f6544fe`, fr: ['fidélisation', 'fidélisation client', 'carte de fidélité', 'fidélisation de la clientèle'] },
  // tendances de la mode
  { id: `${SKILL}1b10c3de-1284-4c89-a9f9-762ad51a6ad7`, fr: ['mode', 'passionnée de mode', 'tendances mode', 'prêt-à-porter'] },
  // atteindre des objectifs de vente
  { id: `${SKILL}c09bf6d4-f8a7-40f3-aead-ef01643f2352`, fr: ['objectifs de vente', 'atteinte des objectifs', 'atteindre les objectifs', 'objectifs commerciaux', 'réalisation des objectifs'], en: ['sales targets', 'exceeding targets'] },
  // gérer les réclamations des clients
  { id: `${SKILL}28d715e3-3e5b-4fb6-8dd2-4be4919c8587`, fr: ['gestion des réclamations', 'gestion des litiges', 'réclamations clients', 'gestion des litiges et des retours', 'traitement des réclamations'], en: ['complaints', 'customer complaints', 'handling complaints', 'resolving complaints', 'guest complaints', 'dealing with complaints'] },
  // techniques de merchandising
  { id: `${SKILL}51317990-9672-4635-bd76-7882718af136`, fr: ['merchandising', 'marchandisage', 'mise en valeur des produits', 'théâtralisation'], en: ['merchandising', 'visual merchandising', 'planograms', 'window displays'] },
  // rendre divers services à la clientèle
  { id: `${SKILL}82c1ddba-af60-4061-a572-b33fc71d1baa`, fr: ['service client', 'service à la clientèle', 'renseignement des clients', 'orientation des clients'] },
  // apposer des étiquettes de prix
  { id: `${SKILL}6ffdcb09-16bc-4480-9ac8-40fdbf915712`, fr: ['étiquetage', 'étiquetage des produits', 'étiquetage des prix'] },
  // Soins / santé / aide à la personne
  // s’occuper de personnes âgées
  { id: `${SKILL}261e740b-d32d-4356-94a8-3ea29128b70b`, fr: ['accompagnement des personnes âgées', 'personnes âgées', 'accompagnement de résidents', 'résidents dépendants', 'personnes âgées dépendantes', 'aide aux personnes âgées', 'gériatrie'], en: ['elderly care', 'care of older people', 'older adults', 'residents with dementia', 'dementia care', 'elderly residents'] },
  // surveiller les signes vitaux d’un patient
  { id: `${SKILL}60f826be-0c1b-413b-aad5-4f7546622e16`, fr: ['paramètres vitaux', 'surveillance des paramètres vitaux', 'mesure des paramètres vitaux', 'constantes', 'prise des constantes', 'surveillance des constantes'] },
  // soutenir les usagers des services sociaux en fin de vie
  { id: `${SKILL}0a06b0a8-d931-44ba-b85a-3e0e617261c3`, fr: ['accompagnement de fin de vie', 'fin de vie', 'accompagnement en fin de vie'], en: ['end of life care', 'end-of-life care'] },
  // contrôle des infections
  { id: `${SKILL}6d13053b-ee35-492c-8976-8178420df398`, fr: ['prévention des infections', 'hygiène hospitalière', 'prévention des infections nosocomiales', 'prévention du risque infectieux'], en: ['infection prevention', 'infection prevention and control', 'IPC', 'hand hygiene'] },
  // distribuer des repas aux patients
  { id: `${SKILL}b5a8ce01-a4ae-43c1-b4e4-c44be6804691`, fr: ['aide aux repas', 'service des repas', 'distribution des repas', 'aide à la prise des repas'], en: ['support with meals', 'supporting people with their meals', 'help with meals', 'helping residents to eat', 'support at mealtimes'] },
  // transférer des patients
  { id: `${SKILL}949c119b-3433-439f-8ca9-1a9ce04b696d`, fr: ['manutention des patients', 'transferts', 'aide aux transferts', 'lève-malade', 'verticalisateur', 'mobilisation des patients'] },
  // aider des patients à être autonomes dans leurs activités quotidiennes
  { id: `${SKILL}6f2ac3e9-859e-442e-91fd-2db1a2bc8467`, fr: ['aide aux actes de la vie quotidienne', 'actes essentiels de la vie quotidienne', 'aide à la toilette', 'toilette', 'soins d\'hygiène et de confort', 'soins d\'hygiène', 'aide au lever et au coucher'] },
  // documentation professionnelle dans le domaine de la santé
  { id: `${SKILL}9a7cc3c2-b529-44a4-ab8e-f04fc91362e2`, fr: ['transmissions écrites', 'transmissions', 'transmissions écrites et orales', 'dossier de soins', 'traçabilité des soins'], en: ['care records', 'record keeping', 'care notes', 'daily notes'] },
  // aider une personne à s’habiller
  { id: `${SKILL}497b85db-c3ba-4d41-bc90-c2fd72eaa899`, fr: ['aide à l\'habillage', 'habillage', 'aide à l\'habillage et au déshabillage'] },
  // préparer des repas diététiques
  { id: `${SKILL}6b6babbe-2243-4772-9f8b-daa4c43c92a0`, fr: ['préparation des repas', 'préparation de repas', 'repas adaptés', 'régimes alimentaires'] },
  // faire des courses
  { id: `${SKILL}71deea7b-d8a0-42de-9d85-2d6a506dade4`, fr: ['courses', 'faire les courses', 'aide aux courses'] },
  // aider les usagers des services sociaux au maintien à domicile
  { id: `${SKILL}941438bd-cc03-4326-91bf-677157dca170`, fr: ['maintien à domicile', 'aide au maintien à domicile', 'accompagnement à domicile'], en: ['domiciliary care', 'home care', 'supporting independence at home', 'living at home'] },
  // fournir des soins à domicile
  { id: `${SKILL}0e2c082a-056c-413c-94d1-581a0133e614`, fr: ['soins à domicile', 'aide à domicile', 'intervention à domicile'] },
  // administrer un médicament prescrit
  { id: `${SKILL}1fd57242-267e-46df-bd8c-849fdd593a50`, fr: ['administration des médicaments', 'administration des traitements', 'distribution des médicaments', 'préparation et administration des traitements', 'aide à la prise de médicaments'] },
  // exécuter des procédures de ponction veineuse
  { id: `${SKILL}0646be77-a425-40da-8577-f77d1198c67f`, fr: ['prises de sang', 'prélèvements sanguins', 'ponction veineuse', 'bilans sanguins'] },
  // gérer la douleur aiguë
  { id: `${SKILL}ea8aa053-2ac6-4f8e-b5d7-8e52b55966c2`, fr: ['prise en charge de la douleur', 'évaluation de la douleur', 'gestion de la douleur'] },
  // prodiguer des soins palliatifs
  { id: `${SKILL}b469a01e-2d3c-4143-8af8-687630fb4ee5`, fr: ['soins palliatifs', 'accompagnement palliatif'], en: ['palliative care'] },
  // utiliser les systèmes de gestion électronique des dossiers médicaux
  { id: `${SKILL}53141450-2fa9-4890-a64e-7ffd4e1144be`, fr: ['dossier patient informatisé', 'dossier de soins informatisé', 'dossier médical informatisé', 'DPI'] },
  // fournir des soins infirmiers professionnels
  { id: `${SKILL}1023ac61-250f-4eef-b7a9-238cf071685f`, fr: ['soins infirmiers', 'soins techniques', 'réalisation des soins infirmiers'] },
  // poser des pansements
  { id: `${SKILL}fa845322-85c4-42cb-b230-c1d43d308f02`, fr: ['pansements', 'pansements complexes', 'réfection des pansements', 'soins de plaies'] },
  // soins aigus
  { id: `${SKILL}9b9244b4-6f62-4834-839b-19e9eba0a407`, fr: ['soins aigus', 'soins intensifs', 'urgences'] },
  // éducation sanitaire
  { id: `${SKILL}99c90174-eb03-4221-b1b6-1ad8b7035e15`, fr: ['éducation thérapeutique', 'éducation à la santé', 'prévention santé'] },
  // entretenir les chambres
  { id: `${SKILL}50e2757f-ba69-46ce-98a4-a1e95051cfbe`, fr: ['entretien des chambres', 'ménage des chambres', 'bionettoyage des chambres'] },
  // désinfecter des surfaces
  { id: `${SKILL}145fb42f-ebee-48e2-bdf8-2e935edc7158`, fr: ['bionettoyage', 'désinfection', 'désinfection des surfaces', 'nettoyage et désinfection'] },
  // gérer le stock de linge
  { id: `${SKILL}627d72bd-8e1e-4382-8ec1-224044687d22`, fr: ['gestion du linge', 'gestion du linge des résidents', 'entretien du linge', 'linge'] },
  // utiliser une machine de nettoyage des sols
  { id: `${SKILL}2ed98048-bf2f-47e5-a0de-fd23d6abe2f6`, fr: ['autolaveuse', 'monobrosse', 'machine de nettoyage des sols', 'auto-laveuse'] },
  // nettoyer des locaux
  { id: `${SKILL}7bb01a18-4637-4535-ba18-258f48f705b8`, fr: ['nettoyage des locaux', 'entretien des locaux', 'ménage', 'entretien des espaces communs', 'nettoyage des bureaux', 'nettoyage des parties communes'] },
  // Petite enfance
  // répondre aux besoins physiques de base d'enfants
  { id: `${SKILL}beb952e4-8a9c-47af-8a60-c6eb5c5f25bc`, fr: ['soins d\'hygiène des enfants', 'repas des enfants', 'soins aux enfants', 'hygiène des enfants'], en: ['nappy changing', 'toileting', 'personal care of children', 'sleep routines'] },
  // mettre en œuvre des programmes de soins pour les enfants
  { id: `${SKILL}6b58a6d2-89cf-4ab5-bb62-eb29ae968934`, fr: ['soins aux jeunes enfants', 'accompagnement des enfants au quotidien'], en: ['key person', 'key worker', 'care routines', 'EYFS'] },
  // jouer avec des enfants
  { id: `${SKILL}94b01483-f13d-48ba-b8a9-ef8f18fcb2dc`, fr: ['jeux', 'activités ludiques', 'activités d\'éveil', 'éveil'], en: ['play', 'play activities', 'messy play', 'outdoor play'] },
  // aider au développement des compétences personnelles de base d'enfants
  { id: `${SKILL}8e09fe66-2649-4179-81ef-91fefa3ceee8`, fr: ['éveil', 'activités d\'éveil', 'développement de l\'enfant', 'autonomie de l\'enfant', 'accompagnement vers l\'autonomie'], en: ['early development', 'child development', 'developmental activities', 'learning through play'] },
  // assurer la relation avec les parents des enfants
  { id: `${SKILL}efe801a5-8704-4def-8a96-c32f7a6cb9fb`, fr: ['relation avec les parents', 'transmissions aux parents', 'accueil des parents', 'communication avec les familles'], en: ['parents', 'parent partnership', 'working with parents', 'liaising with parents', 'parents\' evenings'] },
  // développement physique de l’enfant
  { id: `${SKILL}3ff9d956-3e26-40d1-ae0e-f5f247943042`, fr: ['développement du jeune enfant', 'développement de l\'enfant'] },
  // confectionner des préparations pour nourrissons
  { id: `${SKILL}ddc36f84-968f-4ac5-b687-bb2ea787f2f0`, fr: ['préparation des biberons', 'biberons'] },
  // contribuer au bien-être des enfants
  { id: `${SKILL}a65fb963-6faf-47b2-a3d9-c4e5e4d833c5`, fr: ['bien-être des enfants', 'sécurité affective', 'bien-être de l\'enfant'] },
  // activités récréatives
  { id: `${SKILL}7ba2ce03-ac36-4cf5-9383-e665ed0d86c3`, fr: ['animation', 'animations', 'activités manuelles', 'ateliers', 'activités de loisirs', 'loisirs créatifs'] },
  // BTP
  // poser des briques
  { id: `${SKILL}13e1c0a2-b90d-46f4-be51-11730360b38d`, fr: ['maçonnerie', 'montage de murs', 'murs en parpaings', 'parpaings', 'briques', 'montage de murs en parpaings'] },
  // mettre en place des coffrages à béton
  { id: `${SKILL}aa95f606-13ec-4242-a6bc-635a1aaa841c`, fr: ['coffrage', 'coffrages', 'banches', 'coffrage bois'] },
  // mettre en place de l'acier renforcé (not "construire une cage d'armature": ESCO's is the
  // machine-built frame of concrete pipes)
  { id: `${SKILL}ffc8481d-1855-4c49-a711-f8dd3b0332c7`, fr: ['ferraillage', 'armatures', 'pose des armatures'] },
  // mélanger des enduits de construction
  { id: `${SKILL}bfd96453-f2fd-43ea-afc1-fb2dc0d7367d`, fr: ['enduits', 'enduit', 'gâchage', 'préparation des mortiers', 'mortier'] },
  // réaliser une chape de béton
  { id: `${SKILL}ca3ee513-2285-42c0-9b2a-287d65b5f7a2`, fr: ['chape', 'chapes', 'dalles', 'coulage de dalles', 'coulage du béton', 'coulage de dalle'] },
  // conduire une excavatrice
  { id: `${SKILL}978a76ca-0d14-43b5-a69d-1996dfeb22de`, fr: ['mini-pelle', 'pelle mécanique', 'conduite d\'engins', 'terrassement'] },
  // poser des pierres
  { id: `${SKILL}0232e2ee-5535-46e0-9c64-ea80c896c62f`, fr: ['pierres', 'pose de pierres', 'murs en pierre'] },
  // tracer une ligne au cordeau
  { id: `${SKILL}2da864d4-339f-40ab-91c0-9f8d229a2c0b`, fr: ['implantation', 'traçage', 'cordeau', 'implantation d\'ouvrages'] },
  // lire des plans standard
  { id: `${SKILL}68b6ef08-d823-489d-a95c-752ae6f6e6a7`, fr: ['lecture de plans', 'lire des plans', 'lecture de plan', 'plans'], en: ['reading drawings', 'technical drawings', 'blueprints', 'reading plans'] },
  // monter un échafaudage
  { id: `${SKILL}91991706-cd8e-4795-9784-715fc0250c8d`, fr: ['montage d\'échafaudages', 'échafaudage', 'échafaudages'] },
  // démonter un échafaudage
  { id: `${SKILL}da4f5079-b45d-4e5b-bda0-06e65585ab3d`, fr: ['démontage d\'échafaudages'] },
  // Électricité
  // installer un disjoncteur
  { id: `${SKILL}76b9e515-715d-4a53-a702-019adad1059b`, fr: ['tableaux électriques', 'tableau électrique', 'pose de tableaux électriques', 'disjoncteurs'], en: ['consumer units', 'distribution boards', 'circuit breakers', 'fuse boards'] },
  // installer des câbles basse tension ("first fix" and "second fix" alone are every building
  // trade's stages: a plumber's and a joiner's too)
  { id: `${SKILL}fd60bbcc-c3b6-4fa5-936c-eef5ae0a2d44`, fr: ['câblage', 'câblage basse tension', 'tirage de câbles', 'courant faible', 'courants faibles', 'passage de câbles'], en: ['wiring', 'rewires', 'cabling', 'first fix electrics', 'second fix electrics', 'first fix wiring', 'second fix wiring', 'containment'] },
  // schémas de circuits
  { id: `${SKILL}02c71cde-f513-43da-8952-0974763c7568`, fr: ['schémas électriques', 'schémas'], en: ['wiring diagrams', 'schematics', 'circuit diagrams'] },
  // interpréter des schémas électriques: reading them is the skill, the diagrams the knowledge
  { id: `${SKILL}fe96f581-4905-4282-819c-922c68bda989`, fr: ['lecture de schémas électriques', 'lire des schémas électriques', 'interprétation de schémas électriques'], en: ['reading electrical diagrams', 'reading circuit diagrams', 'interpreting wiring diagrams'] },
  // installer des systèmes photovoltaïques
  { id: `${SKILL}18d3f89a-6ac5-4ca6-bf93-0baec4e13bcd`, fr: ['photovoltaïque', 'panneaux photovoltaïques', 'panneaux solaires'], en: ['solar PV', 'PV panels', 'photovoltaic', 'solar panels'] },
  // entretenir des équipements électriques
  { id: `${SKILL}386774ac-fe5b-431a-b485-9aec0bf5c09e`, fr: ['maintenance électrique', 'dépannage électrique', 'maintenance des installations électriques'], en: ['electrical maintenance', 'planned maintenance', 'reactive maintenance'] },
  // respecter la réglementation en matière de sécurité électrique
  { id: `${SKILL}970af2f2-9a19-41a0-b42b-b1f36b083d28`, fr: ['habilitation électrique', 'habilitations électriques', 'NF C 15-100', 'norme NF C 15-100', 'B1V', 'BR', 'B2V'], en: ['18th Edition', 'BS 7671', 'wiring regulations', 'electrical safety'] },
  // installer des prises électriques
  { id: `${SKILL}52d6eb67-56c0-4ad7-b5c2-71e7c2362ece`, fr: ['prises électriques', 'prises de courant', 'pose de prises', 'appareillage'] },
  // installer des interrupteurs électriques
  { id: `${SKILL}c3d1ada5-1d97-4a23-be2a-9ff39296775b`, fr: ['interrupteurs', 'pose d\'interrupteurs'], en: ['switches', 'sockets and switches', 'accessories'] },
  // systèmes d’alarme
  { id: `${SKILL}14029d35-3831-4176-be75-da64e6024e6f`, fr: ['alarme', 'alarmes', 'systèmes d\'alarme', 'interphonie'], en: ['fire alarms', 'intruder alarms', 'alarm systems'] },
  // superviser du personnel
  { id: `${SKILL}9601b2a8-68e4-4906-9306-a23679b8f0b0`, fr: ['encadrement', 'encadrement d\'équipe', 'encadrement d\'une équipe', 'encadrement du personnel', 'encadrement des équipes', 'management d\'équipe', 'chef d\'équipe'], en: ['supervising staff', 'line management', 'managing a team', 'team leadership', 'supervised a team', 'supervising a team'] },
  // Cuisine / restauration
  // préparer des légumes à utiliser dans un plat
  { id: `${SKILL}73b97efd-49fe-49d7-89dd-444f870cd210`, fr: ['épluchage', 'épluchage des légumes', 'taillage des légumes', 'préparation des légumes', 'légumerie'] },
  // préparer des sauces et soupes
  { id: `${SKILL}614478b3-51a2-4a55-b3ef-a932105eaeaf`, fr: ['sauces', 'fonds et sauces', 'soupes'], en: ['sauces', 'sauce section', 'saucier', 'stocks and sauces'] },
  // utiliser des techniques de cuisson
  { id: `${SKILL}f3934441-4bff-4076-9945-e6c51a01c467`, fr: ['cuisson', 'cuissons', 'techniques de cuisson'], en: ['cooking techniques', 'sous vide', 'braising', 'cooking'] },
  // utiliser des techniques culinaires de finition
  { id: `${SKILL}bb84d739-1b06-477b-9195-251650bb3c14`, fr: ['dressage', 'dressage des assiettes', 'envoi des plats'] },
  // préparer des plats à base de viande
  { id: `${SKILL}f19f0cda-73f4-417e-8ec9-c0cacf5e7149`, fr: ['viandes', 'préparation des viandes', 'découpe des viandes'], en: ['meat', 'grill section', 'grill', 'butchery'] },
  // préparer des plats à base de poissons et de fruits de mer
  { id: `${SKILL}d01ea580-9718-4299-a6fd-08ea6d171a1b`, fr: ['poissons', 'préparation des poissons'], en: ['fish', 'fish section', 'seafood'] },
  // laver la vaisselle
  { id: `${SKILL}c662be22-f17a-4ba0-894f-d720b20c44cf`, fr: ['plonge', 'vaisselle', 'lavage de la vaisselle'] },
  // servir des plats à table
  { id: `${SKILL}42a6eff0-e9d9-423d-877b-e48fe91ff26f`, fr: ['service en salle', 'service à table', 'service des plats', 'service à l\'assiette'] },
  // enregistrer les commandes de plats et de boissons des clients
  { id: `${SKILL}704bed2c-737a-4585-b840-1d28bbcab9b4`, fr: ['prise de commandes', 'prise de commande', 'prendre les commandes'] },
  // mettre en place les tables
  { id: `${SKILL}906d21c9-7a9c-4919-817d-10676f9ddfe4`, fr: ['dressage des tables', 'mise en place de la salle', 'dresser les tables'] },
  // accueillir des clients du restaurant
  { id: `${SKILL}99b95aca-221d-415c-9de5-564e1a273701`, fr: ['placement des clients'] },
  // former le personnel
  { id: `${SKILL}e54ff029-1ce9-447d-a5b2-eb7283a23e6e`, fr: ['formation des nouveaux', 'tutorat', 'formation des saisonniers', 'formation des équipes', 'formation du personnel'] },
  // préparer les boissons chaudes
  { id: `${SKILL}e4fb4f26-1c0c-45e4-9250-5be32cee2a48`, fr: ['boissons chaudes', 'cafés', 'préparation des boissons chaudes'] },
  // servir des boissons
  { id: `${SKILL}beeaddc7-fe69-4b97-a286-0bd595432eb9`, fr: ['service des boissons', 'service au bar', 'bar'] },
  // appliquer la méthode HACCP
  { id: `${SKILL}5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350`, fr: ['normes d\'hygiène', 'règles d\'hygiène', 'hygiène alimentaire', 'règles d\'hygiène et de sécurité alimentaire'] },
  // Bureau / administration / comptabilité
  // rediriger des appels téléphoniques
  { id: `${SKILL}8a8c1c9a-abaf-41b1-860e-1d9264b94d38`, fr: ['standard téléphonique', 'accueil téléphonique', 'gestion du standard', 'standard', 'filtrage des appels'], en: ['switchboard', 'answering the switchboard', 'switchboard duties'] },
  // établir des factures
  { id: `${SKILL}28a2ff4b-5f99-448e-8bd7-fb836166e95f`, fr: ['facturation', 'établissement des factures', 'saisie des factures', 'édition des factures'] },
  // écritures comptables
  { id: `${SKILL}99b163e8-7815-43e2-83f3-a47f3076354c`, fr: ['saisie comptable', 'écritures comptables', 'saisie des écritures', 'comptabilité générale', 'imputation comptable'] },
  // gérer des rapports de paie
  { id: `${SKILL}3ee090a1-9d1c-44ed-bd93-f6b7c9b68a97`, fr: ['paie', 'préparation de la paie', 'éléments variables de paie', 'gestion de la paie'] },
  // classer des documents
  { id: `${SKILL}3d427a49-4f85-42cd-8a92-62d4a34f41a1`, fr: ['classement', 'archivage', 'classement et archivage', 'gestion documentaire'], en: ['filing', 'scanning and filing', 'filing and archiving'] },
  // générer des rapports de rapprochement
  { id: `${SKILL}909c2e48-262e-4ebe-be05-5324ab086c1d`, fr: ['rapprochements bancaires', 'rapprochement bancaire', 'lettrage', 'lettrage des comptes'] },
  // préparer des états financiers
  { id: `${SKILL}60f51172-37c0-4933-a27a-cbf55dcd7580`, fr: ['bilan', 'bilans', 'liasse fiscale', 'états financiers', 'clôture des comptes', 'révision des comptes'] },
  // préparer des formulaires de déclaration fiscale
  { id: `${SKILL}22a173f5-868c-4d82-87e6-beed500ce070`, fr: ['déclarations de TVA', 'déclarations fiscales', 'TVA', 'déclaration de TVA'] },
  // gérer la trésorerie
  { id: `${SKILL}3f0ff149-7726-4205-be63-3c48c5c7cac8`, fr: ['trésorerie', 'suivi de trésorerie', 'gestion de trésorerie', 'prévisionnel de trésorerie'] },
  // techniques de recouvrement de créances
  { id: `${SKILL}2fd26ae6-bd98-46c7-b1ba-8a0b52734fac`, fr: ['recouvrement', 'relances clients', 'recouvrement des créances', 'relances'] },
  // amortissement
  { id: `${SKILL}64be6a06-52e8-4f5c-b64d-caa516cfa291`, fr: ['immobilisations', 'amortissements'] },
  // assurer des activités de comptabilité analytique
  { id: `${SKILL}c5b90c0c-3af0-4c8c-a06c-cc3ced02242c`, fr: ['comptabilité analytique', 'contrôle de gestion'] },
  // gérer des budgets
  { id: `${SKILL}21c5790c-0930-4d74-b3b0-84caf5af12ea`, fr: ['budget', 'suivi budgétaire', 'gestion budgétaire', 'budgets'] },
  // gérer des rendez-vous
  { id: `${SKILL}933e7ccf-5d56-46ba-aca4-857f826a6b3a`, fr: ['prise de rendez-vous', 'gestion des agendas', 'gestion d\'agenda', 'agendas'] },
  // rédiger des courriers électroniques professionnels
  { id: `${SKILL}ec0bbf39-0edd-4015-a2c3-82ad563ce3a8`, fr: ['rédaction de courriers', 'courriers', 'rédaction de courriels', 'correspondance'] },
  // gérer des systèmes administratifs
  { id: `${SKILL}77e7cb08-2c6f-42ab-881b-b34b2318acbe`, fr: ['gestion administrative', 'suivi administratif', 'tâches administratives'] },
  // Informatique
  // résoudre les problèmes des systèmes d’information
  { id: `${SKILL}9e06bac6-6b91-48ca-8b7d-c1f48cdecd7c`, fr: ['support utilisateurs', 'assistance utilisateurs', 'dépannage informatique', 'résolution d\'incidents', 'support informatique', 'helpdesk', 'hotline'] },
  // installer un système d’exploitation
  { id: `${SKILL}c330db31-7fa9-4a8c-8ad6-baa957bcfed1`, fr: ['installation de postes', 'masterisation', 'déploiement de postes', 'installation de Windows'] },
  // installer un logiciel
  { id: `${SKILL}c8de8023-ab8a-402b-a828-b2b57cd3b2f7`, fr: ['installation de logiciels', 'déploiement de logiciels'] },
  // gérer des machines de virtualisation des TIC
  { id: `${SKILL}ae4f0cc6-e0b9-47f5-bdca-2fc2e6316dce`, fr: ['virtualisation', 'VMware', 'Hyper-V'] },
  // utiliser la programmation de scripts
  { id: `${SKILL}5ef0c719-5bcb-49f8-b8eb-824388225333`, fr: ['scripts', 'PowerShell', 'Bash', 'scripting'] },
  // appliquer des opérations pour un environnement ITIL
  { id: `${SKILL}d12e9d68-84c5-444e-aa98-d36533bf03f6`, fr: ['ITIL', 'gestion des incidents ITIL'] },
  // fournir une documentation technique
  { id: `${SKILL}04dfd9fb-e0cf-40f6-96c6-9d2280c4347e`, fr: ['documentation', 'rédaction de procédures', 'documentation technique', 'base de connaissances'] },
  // entretenir le matériel d'un réseau d'information
  { id: `${SKILL}19c0e68e-6e6c-4698-85dc-ef66a9de2c37`, fr: ['maintenance réseau', 'administration réseau', 'réseaux', 'switchs'] },
  // administrer un système de TIC
  { id: `${SKILL}0868eef3-2213-4572-9343-74931345a7d3`, fr: ['administration système', 'administration systèmes', 'Active Directory', 'gestion des comptes utilisateurs'] },
  // programmation web
  { id: `${SKILL}69bbd53f-fbb0-4476-b4b2-ef7844464e28`, fr: ['développement web', 'développement front-end', 'intégration web', 'front-end'] },
  // développement par méthode agile
  { id: `${SKILL}dba46f87-0831-49cd-a1c7-340a653c0221`, fr: ['Scrum', 'méthode agile', 'agile', 'méthodes agiles', 'Kanban', 'sprints'], en: ['Agile', 'Scrum', 'Kanban', 'sprints'] },
  // JavaScript Framework
  { id: `${SKILL}9b9de2a4-d8af-4a7b-933a-a8334ae60067`, fr: ['React', 'Vue.js', 'Angular', 'Svelte', 'Next.js', 'frameworks JavaScript'] },
  // développer des tests logiciels automatisés
  { id: `${SKILL}6a322874-e32f-4cd8-9683-badce67a7f73`, fr: ['tests unitaires', 'tests automatisés', 'Jest', 'Cypress', 'Playwright', 'Vitest'], en: ['unit testing', 'automated testing', 'pytest', 'Jest', 'test automation', 'TDD'] },
  // outils de gestion de configuration logicielle
  { id: `${SKILL}9d2e926f-53d9-41f5-98f3-19dfaa687f3f`, fr: ['Git', 'GitHub', 'GitLab', 'versioning'], en: ['Git', 'GitHub', 'GitLab', 'Bitbucket', 'version control'] },
  // DevOps
  { id: `${SKILL}f0de4973-0a70-4644-8fd4-3a97080476f4`, fr: ['Docker', 'CI/CD', 'intégration continue', 'Kubernetes'], en: ['Docker', 'Kubernetes', 'CI/CD', 'Terraform', 'GitHub Actions', 'Jenkins', 'DevOps'] },
  // normes d’accessibilité TIC
  { id: `${SKILL}3e23db60-0c3d-498a-a6ac-ffbed0ecb033`, fr: ['accessibilité', 'RGAA', 'WCAG', 'accessibilité numérique'] },
  // Transport
  // manipuler des marchandises dangereuses
  { id: `${SKILL}5b0d14b1-0bf6-4f6b-b922-4becc213f0aa`, fr: ['ADR', 'matières dangereuses', 'transport de matières dangereuses', 'marchandises dangereuses'], en: ['ADR', 'dangerous goods', 'hazardous goods', 'ADR certificate'] },
  // assurer l'arrimage de la cargaison
  { id: `${SKILL}3818c3ab-c20b-404e-b59b-09ef2d34c263`, fr: ['arrimage', 'arrimage des charges', 'calage et arrimage', 'sanglage'], en: ['load securing', 'securing loads', 'strapping', 'load restraint'] },
  // maintenir l'entretien d'un véhicule
  { id: `${SKILL}9b57ce6d-97ba-487b-9b66-41cfb15db739`, fr: ['entretien du véhicule', 'vérifications du véhicule', 'contrôles avant départ', 'entretien courant du véhicule'], en: ['vehicle checks', 'daily vehicle checks', 'walkaround checks', 'defect reporting', 'vehicle maintenance'] },
  // garantir le respect de la réglementation relative aux transports
  { id: `${SKILL}81c49164-318c-4e95-945a-06ecf64ad111`, fr: ['réglementation sociale européenne', 'RSE', 'temps de conduite', 'chronotachygraphe', 'règlementation transport'], en: ['tachograph', 'drivers\' hours', 'tachograph rules', 'drivers hours regulations'] },
  // préparer des itinéraires de transport (ESCO's "préparer des itinéraires" is road directions to
  // film locations). A bare "tournée" is also a theatre company's tour, so only planning words link.
  { id: `${SKILL}e46186e4-c784-4122-9828-4881c01bfae0`, fr: ['optimisation des tournées', 'planification des tournées', 'organisation des tournées', 'préparation des tournées', 'organisation de l\'itinéraire', 'itinéraires de livraison'] },
  // Sécurité
  // patrouiller une zone
  { id: `${SKILL}e95dc989-ae49-49c6-bfc4-9aef35e92f35`, fr: ['rondes', 'rondes de surveillance', 'patrouilles', 'rondes de sécurité'] },
  // contrôler l'accès des clients
  { id: `${SKILL}1b45b91c-0949-45cf-a6d8-040a62423060`, fr: ['contrôle d\'accès', 'filtrage', 'contrôle des accès', 'filtrage des entrées'] },
  // contrôler des équipements de surveillance
  { id: `${SKILL}65c4ee04-319d-417c-8f45-8594408d0d24`, fr: ['vidéosurveillance', 'vidéoprotection', 'télésurveillance', 'surveillance vidéo', 'PC sécurité'] },
  // assurer la première intervention en cas d'incendie
  { id: `${SKILL}30d3a303-158b-483c-b74d-de2bf7269c6e`, fr: ['SSIAP', 'sécurité incendie', 'prévention incendie', 'EPI', 'équipier de première intervention'] },
  // gérer les conflits
  { id: `${SKILL}96de2e86-e287-41f2-88ab-15a2343afc6f`, fr: ['gestion des conflits', 'médiation', 'désamorcer les conflits', 'gestion de conflits'] },
  // effectuer une fouille
  { id: `${SKILL}0d7529b6-4691-4ca2-96c1-54e478bad3dc`, fr: ['palpation', 'palpations', 'fouille', 'inspection des sacs', 'palpations de sécurité'] },
  // rédiger des rapports d’incidents
  { id: `${SKILL}24310a7b-5db1-4917-a705-4835630227ca`, fr: ['main courante', 'rapports d\'intervention', 'rapports d\'incidents'] },
  // contrôler une foule
  { id: `${SKILL}753f2b67-ba47-49c2-a3fd-c40c4cfb4421`, fr: ['gestion des flux', 'gestion de foule'], en: ['managing queues', 'crowd flow'] },
  // empêcher le vol à l'étalage
  { id: `${SKILL}f10cf304-f32c-40ee-97a7-ec8d84d72955`, fr: ['prévention des vols', 'lutte contre la démarque', 'démarque inconnue', 'surveillance du magasin'], en: ['shoplifters', 'dealing with shoplifters', 'store detective work'] },
  // gérer des procédures d’urgence
  { id: `${SKILL}445b65c5-5b16-4f66-94ce-f2a7f49f9ee7`, fr: ['procédures d\'urgence', 'évacuation', 'gestion des alarmes', 'levée de doute'] },
  // Transversal
  // travailler en équipe
  { id: `${SKILL}60c78287-22eb-4103-9c8c-28deaa460da0`, fr: ['travail en équipe', 'esprit d\'équipe', 'sens du travail en équipe', 'travailler en équipe', 'teamwork', 'team player'] },
  // faire preuve de patience
  { id: `${SKILL}1bb3a4b7-c0e4-434a-850d-0d2874a9c251`, fr: ['patience', 'patient', 'patiente'] },
  // gérer le temps
  { id: `${SKILL}d9013e0e-e937-43d5-ab71-0e917ee882b8`, fr: ['gestion du temps', 'organisation'] },
  // s'adapter au changement
  { id: `${SKILL}49de9958-2aa4-4eef-a89d-fe5d5bcd28c4`, fr: ['adaptabilité', 'capacité d\'adaptation', 'polyvalence', 'flexibilité'] },
  // respecter les consignes de sécurité dans les pratiques de travail: in any trade; ESCO's other
  // "consignes de sécurité" labels are a zoo's, a casino's or a nuclear plant's.
  { id: `${SKILL}d2d9051a-10e1-41c5-9cfb-bbdc58016176`, fr: ['respect des consignes de sécurité', 'respect des règles de sécurité', 'respect des procédures de sécurité', 'application des consignes de sécurité'], en: ['following safety procedures', 'following safety rules', 'safe working practices'] },
  // English CV phrasings
  // carry out stock rotation
  { id: `${SKILL}ca55d9dd-f177-45b6-a2ee-1a4695044b76`, en: ['stock rotation', 'FIFO', 'FEFO', 'rotating stock', 'stock rotation (FIFO)'] },
  // work in shifts
  { id: `${SKILL}6f2721bf-40ad-4f5d-8774-a478d1d6f5a6`, en: ['shift work', 'night shifts', 'rotating shifts', '4 on 4 off', 'shift patterns'] },
  // supervise the work of staff on different shifts
  { id: `${SKILL}4118be70-c09d-45cd-b53e-0bcdbdc98be0`, en: ['shift supervision', 'supervising shifts', 'shift leader', 'team leader on shift'] },
  // manage a warehouse management system
  { id: `${SKILL}7c821387-b428-4f75-b5a7-7b038aa81cfd`, en: ['WMS', 'warehouse management system', 'warehouse system'] },
  // use barcode scanning equipment
  { id: `${SKILL}fd79b3c4-e264-41b5-bada-49ba5f317588`, en: ['RF scanner', 'handheld scanner', 'barcode scanning', 'scanner gun'] },
  // operate cash register
  { id: `${SKILL}0cb013af-6dd9-4fb2-b34e-63dda1a5cf82`, en: ['till', 'tills', 'till operation', 'cash register', 'EPOS', 'POS', 'point of sale'] },
  // schedule shifts
  { id: `${SKILL}a9e4a63b-6b88-44f6-b37f-94309856f5ba`, en: ['rotas', 'staff rotas', 'shift rotas', 'rota planning', 'scheduling shifts'] },
  // process refunds
  { id: `${SKILL}a6d697d1-80ba-4175-82d4-43440ed04270`, en: ['refunds', 'returns and refunds', 'exchanges and refunds', 'processing returns'] },
  // customer service
  { id: `${SKILL}15a33d76-4640-438d-ae64-fdc0c1d3eebc`, en: ['customer service', 'customer care', 'excellent customer service'] },
  // assist in the administration of medication to elderly
  { id: `${SKILL}d2f78372-c23b-41ef-bce3-2874f587579c`, en: ['medication administration', 'administering medication', 'medication rounds', 'MAR charts', 'eMAR', 'giving out medication', 'giving out medicines', 'giving medication'] },
  // involve service users and care-givers  in care planning
  { id: `${SKILL}2806b5cb-964b-4148-84aa-7efdbeffe9e3`, en: ['care planning', 'care plans', 'person-centred care plans', 'reviewing care plans'] },
  // provide safeguarding to individuals
  { id: `${SKILL}c44fb412-b830-425e-9371-5451780fa973`, en: ['safeguarding', 'safeguarding adults', 'safeguarding vulnerable adults'] },
  // provide first aid
  { id: `${SKILL}1d21f6ad-340f-45da-a0a3-4e83867f47a6`, en: ['first aid', 'first aid at work', 'emergency first aid', 'paediatric first aid', 'CPR'] },
  // monitor service users' health
  { id: `${SKILL}453b6898-de72-4ff9-b217-4a3cd377e155`, en: ['observations', 'monitoring health', 'vital signs', 'NEWS2'] },
  // manage personnel agenda
  { id: `${SKILL}7ec3c77b-1955-4397-9bd3-7b7b9d0b8531`, en: ['diary management', 'managing diaries', 'calendar management', 'diary and calendar management'] },
  // fix meetings
  { id: `${SKILL}906c9e66-bdee-4f8e-93d7-88d9fcf39a0a`, en: ['arranging meetings', 'scheduling meetings', 'booking meetings', 'organising meetings', 'meeting arrangements'] },
  // issue sales invoices
  { id: `${SKILL}e3e42d54-78bd-4337-aa87-bb31a7670c9a`, en: ['invoicing', 'raising invoices', 'sales invoices', 'sales ledger'] },
  // issue purchase orders
  { id: `${SKILL}73225018-7139-433b-bdba-2b90774761d9`, en: ['purchase orders', 'raising purchase orders', 'POs', 'purchasing'] },
  // write meeting reports
  { id: `${SKILL}5fa6cd2f-9bab-4afa-a184-2d2f1401b770`, en: ['minute taking', 'taking minutes', 'meeting minutes', 'minutes'] },
  // use spreadsheets software
  { id: `${SKILL}1973c966-f236-40c9-b2d4-5d71a89019be`, en: ['Excel', 'Microsoft Excel', 'spreadsheets', 'Google Sheets'] },
  // use word processing software
  { id: `${SKILL}81633a44-f1db-4a01-a940-804c6905e330`, en: ['Word', 'Microsoft Word', 'word processing'] },
  // handle mail
  { id: `${SKILL}76f22707-8d30-453f-9eb7-3376e2960311`, en: ['post', 'incoming post', 'outgoing post', 'mail handling', 'franking'] },
  // observe confidentiality
  { id: `${SKILL}8d202e22-85e9-47b1-a1e0-3296d17244cd`, en: ['confidentiality', 'discretion', 'confidential information'] },
  // respect data protection principles
  { id: `${SKILL}097c6a36-f031-4d3e-b5c1-62d6ffcb430b`, en: ['GDPR', 'UK GDPR'] },
  // use accounting systems
  { id: `${SKILL}a0d79341-8398-4019-ad1b-27888ec35aaa`, en: ['Sage', 'Xero', 'QuickBooks', 'accounting software', 'Sage 50'] },
  // prepare pasta
  { id: `${SKILL}e14472b6-6b74-4289-9aa4-903abf58b4f7`, en: ['pasta', 'fresh pasta', 'homemade pasta'] },
  // plan menus
  { id: `${SKILL}5c6ca864-76d5-4217-b3e1-9a7ba7f8f47b`, en: ['menu planning', 'menu design', 'menu development', 'specials'] },
  // food allergies
  { id: `${SKILL}c1e6e283-bc66-4e78-b4ec-501ff082d9f1`, en: ['allergens', 'allergen management', 'allergen awareness', 'Natasha\'s Law'] },
  // instruct kitchen personnel
  { id: `${SKILL}538b91e8-565c-4483-bf97-6ff120e207a7`, en: ['training junior chefs', 'training commis', 'mentoring commis chefs', 'kitchen training'] },
  // purchase supplies
  { id: `${SKILL}015b0162-6dd3-4d46-bbfd-325086155dd5`, en: ['ordering', 'ordering stock', 'supplier orders', 'purchasing supplies'] },
  // set prices of menu items
  { id: `${SKILL}3b902c9f-3def-4c0b-b940-02924d698675`, en: ['menu costing', 'dish costing', 'food costing', 'gross profit'] },
  // test electrical equipment
  { id: `${SKILL}3f6dc31c-ceef-4e93-9d8a-b4b862cf9b51`, en: ['testing and inspection', 'EICR', 'PAT testing', 'inspection and testing', 'periodic inspection'] },
  // troubleshoot / effectuer un dépannage: plain "dépannage" in any trade (an electrician's too:
  // 'réparer le câblage' is narrower than what the CV says)
  { id: `${SKILL}334e3e49-fb02-4051-809a-f06adfdc1c40`, fr: ['dépannage', 'recherche de pannes', 'diagnostic de pannes'], en: ['fault finding', 'fault-finding', 'troubleshooting', 'diagnostics'] },
  // mentor individual employees
  { id: `${SKILL}fb9c12af-ec45-498a-8e52-891371191557`, en: ['mentoring', 'mentoring apprentices', 'coaching', 'mentoring junior developers'] },
  // operate aerial work platforms
  { id: `${SKILL}541ce3bd-a6a0-4413-a020-0db81e299658`, en: ['MEWP', 'IPAF', 'cherry picker', 'scissor lift'] },
  // drive vehicles
  { id: `${SKILL}2a82241a-216e-44d8-bb50-6b9a0ef82084`, en: ['driving', 'Category C', 'Category C+E', 'HGV', 'HGV Class 1', 'HGV Class 2', 'LGV'] },
  // operate GPS systems
  { id: `${SKILL}97fb21db-a4e5-4b03-af21-03b9d510d872`, en: ['satnav', 'sat nav', 'GPS', 'route planning software', 'telematics'] },
  // operate lifting equipment
  { id: `${SKILL}c3d61bcf-e698-4d39-8db1-388284dbfc74`, en: ['tail lift', 'tail-lift', 'lifting equipment', 'HIAB', 'moffett'] },
  // supervise children
  { id: `${SKILL}f8d4a24c-fb62-444e-9525-7aa5662f440d`, en: ['supervising children', 'supervision of children', 'ratios'] },
  // contribute to the safeguarding of children (not "child protection": ESCO's own concept of that name)
  { id: `${SKILL}995ad47c-bfc5-45fd-91ec-35cad3f7d368`, en: ['safeguarding children'] },
  // assist children with special needs in education settings
  { id: `${SKILL}bcb02777-45be-4166-9448-74a15b6f8136`, en: ['SEND', 'SEN', 'special educational needs', 'children with additional needs'] },
  // assess the development of youth
  { id: `${SKILL}28ca596e-5e2f-4149-a28d-42d2c4c20227`, en: ['learning journals', 'progress checks', 'tracking development'] },
  // Python
  { id: `${SKILL}ccd0a1d9-afda-43d9-b901-96344886e14d`, en: ['Python', 'Django', 'Flask', 'FastAPI'] },
  // SQL
  { id: `${SKILL}598de5b0-5b58-4ea7-8058-a4bc4d18c742`, en: ['SQL', 'T-SQL', 'PL/SQL'] },
  // PostgreSQL
  { id: `${SKILL}a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996`, en: ['PostgreSQL', 'Postgres'] },
  // TypeScript
  { id: `${SKILL}867137fb-ff1b-4ca3-99f3-cb6969aa2c68`, en: ['TypeScript'] },
  // NoSQL
  { id: `${SKILL}76ef6ed3-1658-4a1a-9593-204d799c6d0c`, en: ['NoSQL', 'MongoDB', 'Redis', 'DynamoDB', 'Cassandra'] },
  // cloud technologies
  { id: `${SKILL}bd14968e-e409-45af-b362-3495ed7b10e0`, en: ['AWS', 'Azure', 'GCP', 'Google Cloud', 'cloud'] },
  // distributed computing
  { id: `${SKILL}897b393f-e7e0-4248-a40d-d77119694e83`, en: ['distributed systems', 'microservices', 'Kafka', 'event-driven'] },
  // handle incidents
  { id: `${SKILL}4fb7c7aa-9f19-4cc3-9e19-64ce564f22f5`, en: ['incident management', 'on-call', 'incident response', 'production incidents'] },
];

/** A draft holding the aliases of the concepts `base` has (so merging adds labels, never concepts). */
export interface AliasOptions {
  /** false: tool and certificate names only, without the CV phrasings (measures the machinery alone). */
  phrases?: boolean;
  /** true: also the savoir-être phrasings ("Rigueur", "Sens du relationnel"). Off by default: the
   *  counsellors' gold (dev and held-out) almost never keeps them, and they cost precision. */
  softSkills?: boolean;
  /** false: without the job titles of lib/taxonomy/job-titles (the MELO benchmark's ESCO-only protocol). */
  jobTitles?: boolean;
}

export function skillAliasDraft(base: ReferentialDraft, options: AliasOptions = {}): ReferentialDraft {
  const known = new Set(base.concepts.map((concept) => concept.id));
  const phrasings = options.phrases === false ? [] : [...SKILL_PHRASES, ...TRADE_PHRASES, ...(options.softSkills ? SOFT_SKILL_PHRASES : [])];
  return aliasDraft([...SKILL_ALIASES, ...phrasings].filter((alias) => known.has(alias.id)));
}

/** Aliases as hidden labels of their ESCO concepts (skills, or occupations with `forms` splitting
 *  a title into its gender forms), a draft to merge into a referential. */
export function aliasDraft(
  aliases: CvPhrase[],
  kind: ConceptKind = 'skill',
  forms: (text: string, language: Language) => string[] = (text) => [text],
  type: 'hidden' | 'curated' = 'hidden',
): ReferentialDraft {
  const concepts: ConceptDraft[] = aliases.map((alias) => ({
    id: alias.id,
    kind,
    scheme: 'esco',
    labels: (['fr', 'en'] as Language[]).flatMap((language) =>
      (alias[language] ?? []).flatMap((text) => forms(text, language).map((form) => ({ text: form, language, type }))),
    ),
  }));
  return {
    sources: concepts.length > 0 ? [{ scheme: 'aliases', version: '1', languages: ['fr', 'en'] }] : [],
    concepts,
    relatedSkills: new Map(),
    equivalents: [],
  };
}
