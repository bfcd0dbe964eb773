// Fonction publique territoriale et services à la population (secrétaire de mairie, agent d'accueil et d'état civil,
// agent administratif territorial, ASVP, policier municipal): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // enregistrer une naissance / register birth
  { id: `${SKILL}29bd4e41-98f7-4525-8b6a-4687b5c9bece`, fr: ['Déclarations de naissance', 'Actes de naissance', 'Rédaction des actes de naissance', 'Reconnaissances de paternité', 'Reconnaissances anticipées', 'Gestion de l\'état civil', 'Tenue des registres d\'état civil', 'Mentions marginales'], en: ['Birth registration', 'Birth certificates'] },
  // enregistrer un décès / register death
  { id: `${SKILL}7e44b647-e1ca-402e-a990-c75362e45ebc`, fr: ['Déclarations de décès', 'Actes de décès', 'Rédaction des actes de décès', 'Transcription des actes de décès'], en: ['Death registration', 'Death certificates'] },
  // célébrer des mariages / officiate weddings
  { id: `${SKILL}f3227dab-52a8-4628-a5e3-2cc283d77eaf`, fr: ['Dossiers de mariage', 'Constitution des dossiers de mariage', 'Publication des bans', 'Préparation des cérémonies de mariage', 'Actes de mariage'], en: ['Marriage ceremonies', 'Conducting marriage ceremonies', 'Civil ceremonies', 'Marriage notices'] },
  // célébrer des unions civiles / officiate civil partnerships
  { id: `${SKILL}3ad2b6ee-15e7-4fcb-a8c0-167a1eee90ef`, fr: ['Enregistrement des PACS', 'PACS', 'Pacte civil de solidarité', 'Dossiers de PACS'], en: ['Civil partnership registration', 'Civil partnerships', 'Civil partnership ceremonies'] },
  // délivrer des documents officiels / issue official documents
  { id: `${SKILL}6d2872f7-219c-43b0-a2cc-99f411121c03`, fr: ['Délivrance des actes d\'état civil', 'Extraits d\'actes d\'état civil', 'Copies intégrales d\'actes', 'Légalisation de signature', 'Attestations d\'accueil', 'Cartes nationales d\'identité', 'Demandes de passeports', 'Titres d\'identité', 'CNI et passeports', 'Recueil des demandes de titres d\'identité'], en: ['Certificate copies', 'Passport applications', 'Issuing certified copies'] },
  // contrôler des documents officiels / check official documents
  { id: `${SKILL}a1efea8f-62a8-4f9e-bd07-7d0c193f725e`, fr: ['Vérification des justificatifs d\'identité', 'Vérification des pièces d\'identité'], en: ['Document verification', 'Checking identity documents', 'Right to reside checks'] },
  // recensement national de la population / national population census
  { id: `${SKILL}0815979a-6506-47e2-951c-912414c98cbc`, fr: ['Recensement de la population', 'Recensement INSEE', 'Enquête de recensement', 'Coordination du recensement'], en: ['Census collection', 'Census fieldwork', 'Population census'] },
  // surveiller des élections / monitor elections
  { id: `${SKILL}eed2447e-13a2-4583-9066-cdb38d90c808`, fr: ['Organisation des élections', 'Organisation des scrutins', 'Tenue des bureaux de vote', 'Bureaux de vote', 'Dépouillement des votes', 'Installation des bureaux de vote', 'Élections municipales', 'Élections politiques'], en: ['Polling stations', 'Running polling stations', 'Election counts', 'Vote counting', 'Election administration'] },
  // droit électoral / election law
  { id: `${SKILL}1a539b09-1fd9-4a86-9c5d-fde7499a2f9d`, fr: ['Listes électorales', 'Gestion des listes électorales', 'Révision des listes électorales', 'Répertoire électoral unique', 'Inscriptions sur les listes électorales'], en: ['Electoral register', 'Electoral registration', 'Annual canvass', 'Electoral services'] },
  // tenir des registres d’inhumation / maintain burial records
  { id: `${SKILL}82272427-790d-4fb3-bcfb-aaa81b0a127f`, fr: ['Gestion du cimetière', 'Concessions funéraires', 'Gestion des concessions funéraires', 'Registre du cimetière', 'Autorisations d\'inhumation', 'Reprise des concessions'], en: ['Burial records', 'Cemetery administration', 'Bereavement services', 'Grave allocation', 'Cemetery records'] },
  // gérer les objets trouvés / manage lost and found articles
  { id: `${SKILL}810b7858-fb19-4c61-b05a-7cd04bb61336`, fr: ['Objets trouvés', 'Service des objets trouvés', 'Restitution des objets trouvés'], en: ['Lost property', 'Lost and found', 'Lost property office'] },
  // droit de l’urbanisme / urban planning law
  { id: `${SKILL}1f632076-fd9b-4b18-a9a2-b59a59181d3e`, fr: ['Droit des sols', 'Certificats d\'urbanisme', 'Réglementation de l\'urbanisme'], en: ['Planning law', 'Planning legislation'] },
  // codes d’urbanisme / zoning codes
  { id: `${SKILL}76654176-5cc8-4cb3-b307-4ef1b6c2543c`, fr: ['Plan local d\'urbanisme', 'PLU', 'PLUi', 'Règles d\'urbanisme', 'Règlement du PLU', 'Zonage du PLU'], en: ['Local plan policies', 'Zoning regulations'] },
  // examiner la conformité de plans à la réglementation sur la construction / review construction plans authorizations
  { id: `${SKILL}ebbf3488-7d1e-4603-b7d4-938d23bc1af1`, fr: ['Instruction des permis de construire', 'Instruction des déclarations préalables', 'Instruction des autorisations d\'urbanisme', 'Application du droit des sols', 'Instruction ADS'], en: ['Processing planning applications', 'Validating planning applications'] },
  // gérer un cadastre / manage cadastre
  { id: `${SKILL}15e6992d-0b78-4693-a0d0-87d7f30b5fd7`, fr: ['Consultation du cadastre', 'Mise à jour du cadastre', 'Matrice cadastrale', 'Plans cadastraux'], en: ['Land charges', 'Local land charges', 'Property gazetteer'] },
  // règles de stationnement / parking regulations
  { id: `${SKILL}656ae836-2075-459f-8967-03706d4ac2bb`, fr: ['Surveillance du stationnement', 'Contrôle du stationnement', 'Réglementation du stationnement', 'Stationnement payant', 'Zone bleue', 'Stationnement gênant', 'Stationnement abusif'], en: ['Parking enforcement', 'Civil parking enforcement', 'Parking restrictions', 'Traffic regulation orders'] },
  // infliger des amendes / issue fines
  { id: `${SKILL}eb31bbe9-f6ab-446d-ac6c-fdec0494f2f9`, fr: ['Verbalisation', 'Verbalisation des infractions', 'Verbalisation du stationnement', 'Verbalisation électronique', 'Procès-verbal électronique', 'PVe', 'Relevé des infractions', 'Constatation des infractions', 'Contraventions', 'Timbres-amendes'], en: ['Issuing PCNs', 'Penalty charge notices', 'Issuing parking tickets', 'Fixed penalty notices', 'Issuing FPNs'] },
  // enregistrer les plaques d’immatriculation de contrevenants / record license plates of violators
  { id: `${SKILL}3f116c02-abdc-4c10-ac94-13325c50590e`, fr: ['Relevé des plaques d\'immatriculation', 'Lecture automatisée des plaques', 'LAPI'], en: ['ANPR', 'Recording number plates', 'Logging vehicle registrations'] },
  // patrouiller une zone / patrol areas
  { id: `${SKILL}e95dc989-ae49-49c6-bfc4-9aef35e92f35`, fr: ['Îlotage', 'Patrouilles pédestres', 'Patrouilles véhiculées', 'Surveillance de la voie publique', 'Patrouilles de proximité'], en: ['Foot patrols', 'Beat patrols', 'Neighbourhood patrols', 'Mobile patrols'] },
  // réglementer la circulation / regulate traffic
  { id: `${SKILL}87454307-a3ad-40ce-8024-1aeb7c94f1e3`, fr: ['Régulation de la circulation', 'Sécurisation des sorties d\'école', 'Points école', 'Traversée des écoliers', 'Gestion de la circulation'], en: ['Directing traffic', 'Traffic control', 'School crossing patrol', 'Traffic management'] },
  // arrêter un véhicule en excès de vitesse / stop speeding vehicles
  { id: `${SKILL}c4d09486-aea4-4fea-b553-2a708944c9a8`, fr: ['Police de la route', 'Contrôles routiers', 'Contrôles de vitesse', 'Cinémomètre', 'Contrôles radar'], en: ['Speed checks', 'Speed enforcement', 'Roads policing', 'Speed watch'] },
  // garantir l'application d'une loi / ensure law application
  { id: `${SKILL}f0153530-9ff3-4fe6-8f9e-012d06ac5b89`, fr: ['Application des arrêtés du maire', 'Respect des arrêtés municipaux', 'Pouvoirs de police du maire', 'Police administrative'], en: ['Byelaw enforcement', 'Enforcement of local byelaws', 'Enforcement officer duties'] },
  // assurer la sûreté et la sécurité publiques / ensure public safety and security
  { id: `${SKILL}499c05a2-6f36-4407-83c1-dc3448d35818`, fr: ['Maintien du bon ordre', 'Bon ordre et salubrité publique', 'Opération tranquillité vacances', 'Sécurisation des manifestations publiques', 'Sécurité des manifestations'], en: ['Community safety', 'Public safety', 'Tackling anti-social behaviour', 'Anti-social behaviour'] },
  // arrêter des contrevenants / detain offenders
  { id: `${SKILL}d43dc4ac-e316-44cb-939d-ecf200895e0f`, fr: ['Interpellations', 'Interpellation en flagrant délit', 'Mise à disposition d\'OPJ'], en: ['Making arrests'] },
  // sanctionner les contrevenants à la réglementation sur l’assainissement / issue penalties to violators of the sanitation code
  { id: `${SKILL}735a23ec-d570-4293-8219-b5bcfbad3e2f`, fr: ['Dépôts sauvages', 'Verbalisation des dépôts sauvages', 'Infractions au règlement sanitaire'], en: ['Fly-tipping enforcement', 'Environmental enforcement', 'Littering fines'] },
  // finances publiques / public finance
  { id: `${SKILL}387ee646-0aaa-4161-ab3b-cde87ec09fdf`, fr: ['Comptabilité publique', 'Budget communal', 'Préparation du budget communal', 'Nomenclature M57', 'Nomenclature M14', 'Compte administratif', 'Budget primitif', 'Mandatement', 'Titres et mandats', 'Finances locales', 'Exécution budgétaire'], en: ['Local government finance', 'Public sector finance', 'Council budgets'] },
  // gérer des rapports de paie / manage payroll reports
  { id: `${SKILL}3ee090a1-9d1c-44ed-bd93-f6b7c9b68a97`, fr: ['Paie des agents', 'Paie des agents territoriaux', 'Indemnités des élus'] },
  // gérer l'administration du personnel / keep personal administration
  { id: `${SKILL}9df34bc3-25d4-4452-a896-4d19b94ef896`, fr: ['Gestion des carrières des agents', 'Arrêtés de carrière', 'Avancements d\'échelon', 'Statut de la fonction publique territoriale'] },
  // rédiger la législation / draft legislation
  { id: `${SKILL}b1d8b079-135d-4ebc-a1b4-e5d7db8af679`, fr: ['Rédaction des délibérations', 'Rédaction des arrêtés municipaux', 'Rédaction des arrêtés du maire', 'Rédaction d\'actes administratifs', 'Délibérations et arrêtés'], en: ['Drafting byelaws', 'Drafting council resolutions'] },
  // rédiger des comptes rendus de réunion / write meeting reports
  { id: `${SKILL}5fa6cd2f-9bab-4afa-a184-2d2f1401b770`, fr: ['Procès-verbaux du conseil municipal', 'Comptes rendus du conseil municipal', 'Registre des délibérations'], en: ['Committee minutes', 'Council minutes'] },
  // assurer la liaison avec des politiciens / liaise with politicians
  { id: `${SKILL}cd74c564-57af-4aa2-b775-13e7609ffca1`, fr: ['Préparation des conseils municipaux', 'Assistance aux élus', 'Relations avec les élus', 'Convocations du conseil municipal', 'Ordre du jour du conseil municipal'], en: ['Supporting councillors', 'Committee services', 'Liaising with councillors'] },
  // droit public / public law
  { id: `${SKILL}efb523d0-c998-440d-8639-cd14ba841c4c`, fr: ['Droit administratif', 'Droit des collectivités territoriales', 'Code général des collectivités territoriales', 'CGCT'], en: ['Administrative law', 'Local government law'] },
  // organiser des cérémonies gouvernementales / perform government ceremonies
  { id: `${SKILL}87543f4e-9f38-4cf3-bcbf-066f3b76423e`, fr: ['Cérémonies commémoratives', 'Organisation des cérémonies officielles', 'Cérémonies patriotiques', 'Cérémonies de citoyenneté'], en: ['Citizenship ceremonies', 'Civic ceremonies', 'Civic events'] },
  // préparer des dossiers de financement public / prepare government funding dossiers
  { id: `${SKILL}cb4c6d77-0444-49f9-9264-39fc4585bc0e`, fr: ['Dossiers de subventions', 'Demandes de subventions', 'Montage des dossiers de subvention', 'Recherche de subventions'], en: ['Grant applications', 'Funding bids', 'Preparing grant applications'] },
  // garantir le respect de la législation relative aux achats et à la passation de contrats / ensure compliance with purchasing and contracting regulations
  { id: `${SKILL}a6ae7a34-5a5c-48dd-9b82-8beccca63e3c`, fr: ['Rédaction des marchés publics', 'Passation des marchés publics', 'Dossiers de consultation des entreprises', 'Suivi des marchés publics'] },
  // répondre à des demandes de renseignements / respond to enquiries
  { id: `${SKILL}87cadd76-4e3a-47e5-b66d-559fbc1e8993`, fr: ['Renseignement des usagers', 'Information des administrés', 'Accueil des administrés', 'Réponse aux administrés'], en: ['Public enquiries', 'Dealing with public enquiries', 'Council enquiries'] },
  // gérer des inscriptions / manage enrolment
  { id: `${SKILL}b49be146-c045-4d8d-8052-0904a8a7d803`, fr: ['Inscriptions scolaires', 'Inscriptions périscolaires', 'Inscriptions à la cantine', 'Inscriptions en crèche'], en: ['School admissions', 'School admissions applications', 'Admissions appeals'] },
  // collecter des impôts / collect tax
  { id: `${SKILL}7c86c1b1-4a06-4804-afbc-7e857145b6a5`, fr: ['Régie de recettes', 'Taxe de séjour', 'Droits de place'], en: ['Council Tax', 'Council Tax collection', 'Business rates', 'NNDR'] },
  // enquêter sur des demandes d'octroi de prestations de sécurité sociale / investigate social security applications
  { id: `${SKILL}6e07db2d-a346-4388-af3f-6132d6be5536`, fr: ['Instruction des demandes d\'aide sociale', 'Dossiers d\'aide sociale légale'], en: ['Housing Benefit assessment', 'Processing benefit claims', 'Benefits assessment', 'Revenues and benefits'] },
];
