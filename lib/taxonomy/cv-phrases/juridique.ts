// Juridique et notariat (assistant juridique, clerc de notaire, assistant d'avocat, juriste): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // compiler des documents juridiques / compile legal documents
  { id: `${SKILL}1d7234e4-1c76-4d67-9487-71d8c529cdc9`, fr: ['Constitution des dossiers de plaidoirie', 'Préparation des dossiers de plaidoirie', 'Montage des dossiers juridiques', 'Communication de pièces', 'Bordereaux de communication de pièces', 'Préparation des dossiers d\'audience'], en: ['Court bundles', 'Preparing court bundles', 'Trial bundles', 'Disclosure lists'] },
  // réviser des documents juridiques / revise legal documents
  { id: `${SKILL}82ae17ef-a422-4803-923e-d62da42476a9`, fr: ['Relecture d\'actes', 'Relecture de contrats', 'Analyse de documents juridiques', 'Contrôle des actes avant signature'], en: ['Proofreading legal documents', 'Legal document review', 'Reviewing contracts'] },
  // recherche juridique / legal research
  { id: `${SKILL}a8585efe-4011-47b2-9aed-cd01bd3652c0`, fr: ['Recherches de jurisprudence', 'Recherche jurisprudentielle', 'Documentation juridique', 'Légifrance', 'Dalloz', 'Lexis 360'], en: ['Case law research', 'Westlaw', 'LexisNexis', 'Practical Law'] },
  // suivre l'évolution de la législation / monitor legislation developments
  { id: `${SKILL}8bdc520c-6293-4e99-bf6f-a44d5da3ebcb`, fr: ['Veille juridique', 'Veille législative', 'Veille jurisprudentielle', 'Veille juridique et réglementaire'], en: ['Legal updates', 'Legal horizon scanning', 'Regulatory horizon scanning'] },
  // terminologie juridique / legal terminology
  { id: `${SKILL}c7e686a1-d03e-4641-a229-68247fdc5887`, fr: ['Vocabulaire juridique', 'Langage juridique'], en: ['Legal vocabulary'] },
  // gestion des affaires juridiques / legal case management
  { id: `${SKILL}66aad490-1c20-4e25-b189-634a218ee53e`, fr: ['Suivi des dossiers juridiques', 'Gestion des dossiers juridiques', 'Ouverture et clôture des dossiers', 'Logiciel de gestion de cabinet', 'Secib', 'Kleos'], en: ['Matter management', 'File opening and closing', 'Legal case management systems'] },
  // apporter une aide relative aux contentieux / assist with litigation matters
  { id: `${SKILL}3a7c95ef-0adc-4dff-a1a3-1e56f1e9ea03`, fr: ['Gestion du contentieux', 'Suivi des contentieux', 'Contentieux', 'Précontentieux', 'Suivi des dossiers contentieux', 'Gestion des dossiers contentieux'], en: ['Litigation support', 'Civil litigation', 'Litigation', 'Assisting with litigation'] },
  // procédure judiciaire / court procedures
  { id: `${SKILL}db10b60e-efd2-4ba9-a873-d1e2ec37620f`, fr: ['Procédures judiciaires', 'Suivi des procédures judiciaires', 'Suivi des audiences', 'Enrôlement des affaires', 'RPVA', 'e-Barreau', 'Mise au rôle'], en: ['Court filing', 'Issuing proceedings', 'CE-File', 'Court listings'] },
  // procédure civile / civil process order
  { id: `${SKILL}f85bb847-febe-4853-9dbf-7d25424e5921`, fr: ['Code de procédure civile', 'Procédures civiles'], en: ['Civil procedure', 'Civil Procedure Rules'] },
  // droit procédural / procedural law
  { id: `${SKILL}0cd07ad3-642c-4073-812f-3842dffcd920`, fr: ['Procédure pénale', 'Code de procédure pénale'], en: ['Criminal procedure'] },
  // respecter des délais pour la préparation de dossiers juridiques / meet deadlines for preparing legal cases
  { id: `${SKILL}623c75fa-f9f8-460c-b199-e17480687139`, fr: ['Suivi des délais de procédure', 'Gestion des délais de procédure', 'Calendrier de procédure', 'Suivi des échéances procédurales', 'Agenda d\'audiences'], en: ['Court deadlines', 'Key dates diary', 'Limitation dates', 'Diarising court deadlines'] },
  // envoyer des convocations / send summons
  { id: `${SKILL}0a9244d7-00a9-46d6-8ea9-77a63567522b`, fr: ['Significations', 'Signification des actes', 'Rédaction d\'assignations', 'Citations à comparaître', 'Convocations aux audiences'], en: ['Service of process', 'Serving documents', 'Process serving', 'Serving claim forms'] },
  // enregistrer des procédures judiciaires / record court procedures
  { id: `${SKILL}8b4e63f6-0194-4e3b-8dcc-e9636e6276b8`, fr: ['Notes d\'audience', 'Prise de notes d\'audience', 'Comptes rendus d\'audience', 'Plumitif'], en: ['Attending court', 'Court attendance notes'] },
  // présenter des arguments juridiques / present legal arguments
  { id: `${SKILL}56ab5131-93a0-4ce3-b840-6413e687c307`, fr: ['Rédaction de conclusions', 'Projets de conclusions'], en: ['Drafting pleadings', 'Drafting witness statements', 'Drafting skeleton arguments'] },
  // négocier dans des affaires juridiques / negotiate in legal cases
  { id: `${SKILL}23b97a3e-dfde-4627-9d97-114a9f3e4cd0`, fr: ['Protocoles transactionnels', 'Rédaction de protocoles transactionnels', 'Règlement amiable des litiges', 'Transactions amiables'] },
  // rencontrer des clients ayant besoin de services juridiques / meet with clients for legal services
  { id: `${SKILL}c1e2f8ab-43e1-49c7-8427-8923b90922c2`, fr: ['Accueil des clients de l\'étude', 'Réception des clients de l\'étude notariale', 'Accueil des justiciables'], en: ['Taking client instructions', 'Legal client intake'] },
  // donner des conseils juridiques / provide legal advice
  { id: `${SKILL}ea451251-71ab-4f89-8c0d-53344ef7004f`, fr: ['Conseil juridique', 'Consultations juridiques', 'Rédaction de notes juridiques', 'Assistance juridique', 'Rédaction de consultations'], en: ['Drafting legal opinions', 'Legal advisory', 'Advising clients on legal matters'] },
  // droit des contrats / contract law
  { id: `${SKILL}5c606d18-6404-4047-b235-350f18e11827`, fr: ['Rédaction de contrats', 'Rédaction des contrats commerciaux', 'Contrats commerciaux', 'Conditions générales de vente', 'CGV', 'Clauses contractuelles'], en: ['Contract drafting', 'Commercial contracts', 'Drafting terms and conditions'] },
  // gérer des litiges contractuels / manage contract disputes
  { id: `${SKILL}f79e4715-5776-485c-ab7d-631c9b8d70ad`, fr: ['Litiges contractuels', 'Mises en demeure', 'Rédaction de mises en demeure'], en: ['Letters before action', 'Contractual disputes'] },
  // respecter les principes de protection des données / respect data protection principles
  { id: `${SKILL}097c6a36-f031-4d3e-b5c1-62d6ffcb430b`, fr: ['RGPD', 'Conformité RGPD', 'Mise en conformité RGPD', 'Registre des traitements', 'Protection des données personnelles', 'Analyses d\'impact RGPD'], en: ['Subject access requests', 'DSARs', 'DPIAs'] },
  // assurer le respect des exigences légales / ensure compliance with legal requirements
  { id: `${SKILL}1dae8445-12e5-423a-bb26-824010e299b9`, fr: ['Conformité juridique', 'Compliance', 'Mise en conformité juridique', 'Lutte anti-blanchiment', 'LCB-FT'], en: ['Legal compliance', 'AML compliance', 'Anti-money laundering checks'] },
  // tenir des livres et registres obligatoires / maintain statutory books
  { id: `${SKILL}047fcf0a-2936-49fb-b4eb-97cdd8d09d0b`, fr: ['Secrétariat juridique', 'Secrétariat juridique des sociétés', 'Approbation des comptes annuels', 'Tenue des registres légaux', 'Procès-verbaux d\'assemblée générale', 'Registres des assemblées', 'Dépôt des comptes annuels'], en: ['Company secretarial', 'Company secretarial work', 'Statutory registers', 'Companies House filings', 'Confirmation statements'] },
  // droit des sociétés / corporate law
  { id: `${SKILL}d77d7685-04fb-43a4-a1ac-09a10811f646`, fr: ['Création de sociétés', 'Constitution de sociétés', 'Rédaction de statuts', 'Formalités juridiques des sociétés', 'Cessions de parts sociales', 'Modifications statutaires', 'Formalités au greffe'], en: ['Company formations', 'Company law', 'Share transfers', 'Articles of association'] },
  // gérer des données juridiques / manage data for legal matters
  { id: `${SKILL}a89a94fb-c417-49b4-a9a9-9a22e0f12697`, fr: ['Data room', 'Audit juridique', 'Due diligence juridique'], en: ['eDisclosure', 'eDiscovery', 'Legal due diligence', 'Data rooms'] },
  // donner une légitimité juridique à un transfert d’actifs / provide legal legitimacy to the transfer of assets
  { id: `${SKILL}7fd31729-10e9-434c-ba7c-002246b0f644`, fr: ['Actes authentiques', 'Rédaction d\'actes authentiques', 'Rédaction d\'actes notariés', 'Projets d\'actes', 'Genapi', 'iNot'], en: ['Notarial acts', 'Notarisation', 'Notarial services'] },
  // enregistrer des actes notariés / register deeds
  { id: `${SKILL}6e8c383d-ff96-46e2-9260-a33d88166c28`, fr: ['Formalités de publicité foncière', 'Publicité foncière', 'Formalités préalables et postérieures', 'Formalités postérieures', 'Enregistrement des actes', 'Télé@ctes', 'Formalités hypothécaires'], en: ['Land Registry applications', 'Post-completion', 'Post-completion work', 'SDLT returns', 'Registering title'] },
  // cession de propriété / conveyancing
  { id: `${SKILL}379ec127-c158-4ce3-90dc-9996678bf05c`, fr: ['Ventes immobilières', 'Actes de vente', 'Rédaction des actes de vente', 'Purge du droit de préemption', 'Déclaration d\'intention d\'aliéner', 'Dossiers de vente immobilière'], en: ['Residential conveyancing', 'Commercial conveyancing', 'Property searches', 'Local searches', 'Completion statements', 'Exchange and completion'] },
  // gérer des questions juridiques relevant du droit privé / manage legal personal issues
  { id: `${SKILL}4ff17e60-5dfc-457b-b5bc-1750248095d5`, fr: ['Règlement des successions', 'Dossiers de succession', 'Déclarations de succession', 'Actes de notoriété', 'Donations', 'Liquidation de régimes matrimoniaux'], en: ['Probate', 'Wills and probate', 'Estate administration'] },
  // aider à la rédaction d’un testament / assist in will writing
  { id: `${SKILL}b7eabcd9-d1c5-4028-9dcc-57c536d5a2e8`, fr: ['Rédaction de testaments', 'Testaments', 'Testaments authentiques'], en: ['Will drafting', 'Will writing'] },
  // être témoin de la signature de documents / witness the signing of documents
  { id: `${SKILL}7762a7c4-7591-41d7-b12c-e2096344121e`, fr: ['Rendez-vous de signature', 'Organisation des signatures d\'actes', 'Signature des actes'], en: ['Witnessing signatures', 'Execution of documents', 'Arranging signings'] },
  // calculer un impôt / calculate tax
  { id: `${SKILL}2ecf90f1-c511-464b-b26f-598d69182c70`, fr: ['Calcul des droits de mutation', 'Calcul des droits d\'enregistrement', 'Calcul des frais d\'acte'], en: ['SDLT calculations', 'Stamp duty calculations'] },
  // droit de la famille / family law
  { id: `${SKILL}3cb348a4-e49e-4fe2-a403-d558dce1b38d`, fr: ['Procédures de divorce', 'Divorces', 'Droit des personnes', 'Régimes matrimoniaux'], en: ['Divorce proceedings', 'Child arrangements', 'Financial remedy'] },
  // droit du travail / employment law
  { id: `${SKILL}97b713f0-b9e8-4903-8dee-7e0b4019a1c0`, fr: ['Droit social', 'Contentieux prud\'homal', 'Prud\'hommes'], en: ['Employment tribunal', 'Employment tribunal claims'] },
  // droit des biens / property law
  { id: `${SKILL}b3a4924a-f793-485c-8dc1-54e12198d95d`, fr: ['Droit immobilier', 'Droit de la propriété'], en: ['Real estate law', 'Land law'] },
  // copropriété / concurrent estate
  { id: `${SKILL}e73708c4-3a14-4ba6-a570-bbe8e0d00093`, fr: ['Droit de la copropriété', 'Règlement de copropriété', 'État descriptif de division'], en: ['Co-ownership'] },
  // loi sur l'insolvabilité / insolvency law
  { id: `${SKILL}91003b4a-f2aa-4472-a9c1-4597abb518f2`, fr: ['Procédures collectives', 'Redressement judiciaire', 'Liquidation judiciaire', 'Déclarations de créances', 'Droit des entreprises en difficulté'], en: ['Insolvency', 'Insolvency proceedings', 'Corporate insolvency'] },
  // techniques de recouvrement de créances / debt collection techniques
  { id: `${SKILL}2fd26ae6-bd98-46c7-b1ba-8a0b52734fac`, fr: ['Injonctions de payer', 'Recouvrement judiciaire', 'Procédures d\'injonction de payer', 'Recouvrement contentieux'], en: ['Debt recovery', 'Debt recovery litigation', 'County Court claims'] },
  // saisie immobilière / foreclosure
  { id: `${SKILL}709bce3d-c211-4926-8886-dff262ff499c`, fr: ['Cahier des conditions de vente'], en: ['Possession proceedings', 'Mortgage possession claims'] },
  // droit de la propriété intellectuelle / intellectual property law
  { id: `${SKILL}2ad081e6-0a3f-4612-ac15-7ace75d39e26`, fr: ['Propriété intellectuelle', 'Dépôt de marques', 'Dépôts de marques INPI'], en: ['Trade mark filings', 'Trademark registration', 'Intellectual property'] },
  // respecter la confidentialité / observe confidentiality
  { id: `${SKILL}8d202e22-85e9-47b1-a1e0-3296d17244cd`, fr: ['Secret professionnel', 'Respect du secret professionnel'], en: ['Client confidentiality', 'Legal professional privilege'] },
  // préparer des contrats de prêt / prepare loan contracts
  { id: `${SKILL}a1380a9d-a659-42c7-885b-4c1d2fea6bef`, fr: ['Actes de prêt', 'Rédaction des actes de prêt'], en: ['Mortgage deeds'] },
];
