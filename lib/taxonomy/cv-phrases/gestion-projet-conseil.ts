// Trade phrasings (see cv-phrase.ts), trade family: gestion-projet-conseil (chef de projet, PMO,
// consultant, chargé de mission, amélioration continue / lean, direction de PME ou d'agence, business
// developer, office manager; UK project / programme manager, management consultant, business analyst,
// operations manager). CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // assurer la gestion de projets / perform project management
  { id: `${SKILL}cd5efa8c-e44d-4cbc-91c6-796018dbed68`, fr: ['Management de projet', 'Chefferie de projet', 'Gestion de projets transverses', 'Coordination de projets', 'Suivi de projets', 'Gestion de programme', 'Management de programme', 'Gestion de portefeuille de projets', 'Gouvernance de projets'], en: ['Project delivery', 'End-to-end project delivery', 'Managing projects', 'Programme management', 'Programme delivery', 'Project portfolio management', 'Project governance'] },
  // gestion de projets / project management
  { id: `${SKILL}7111b95d-0ce3-441a-9d92-4c75d05c4388`, fr: ['Certification PMP', 'PMBOK'], en: ['PMP certification', 'PMBOK', 'APM PMQ'] },
  // gestion de projets par méthode agile / Agile project management
  { id: `${SKILL}0a9acb6b-1139-4be9-b431-3a80a959f2f4`, fr: ['PSM I', 'Framework SAFe', 'Rituels agiles'], en: ['Scrum Master certification', 'PSM I', 'SAFe framework', 'Agile ceremonies', 'Backlog refinement'] },
  // gestion de projets par la méthode PRINCE2 / Prince2 project management
  { id: `${SKILL}7106b5df-e017-4c28-8c40-98814db5b775`, fr: ['PRINCE2', 'Certification PRINCE2', 'PRINCE2 Foundation', 'PRINCE2 Practitioner'], en: ['PRINCE2', 'PRINCE2 Foundation', 'PRINCE2 Practitioner'] },
  // gestion de projets TIC / ICT project management
  { id: `${SKILL}94dd823c-148e-4614-a6e8-99249b16357d`, fr: ['Gestion de projets informatiques', 'Assistance à maîtrise d\'ouvrage', 'AMOA'] },
  // gérer des indicateurs de projet / manage project metrics
  { id: `${SKILL}c5a135be-218d-48e6-a422-5225a576dcd8`, fr: ['Indicateurs de projet', 'Tableau de bord projet', 'Reporting projet', 'Suivi de l\'avancement des projets'], en: ['Project reporting', 'Project KPIs', 'Project dashboards', 'RAG status reporting'] },
  // gérer les informations relatives au projet / manage project information
  { id: `${SKILL}22902bf9-cc3f-495b-811a-c441e28e23f6`, fr: ['Documentation projet', 'Communication projet', 'Préparation des comités de pilotage', 'Comités de pilotage'], en: ['Project documentation', 'Project communications', 'Steering committee reporting'] },
  // établir le calendrier d'un projet / develop project schedule
  { id: `${SKILL}8c6feedd-339f-4dba-b28a-dae84c759853`, fr: ['Planning projet', 'Rétroplanning', 'Jalonnement de projet', 'Planification de projet'], en: ['Project planning', 'Project scheduling', 'Milestone planning', 'Critical path analysis'] },
  // gestion des risques / risk management
  { id: `${SKILL}6eff134b-e34f-4d6e-a6e8-5e47cf2228d0`, fr: ['Management des risques', 'Registre des risques', 'Matrice des risques'], en: ['Risk registers', 'RAID log', 'Risk and issue management'] },
  // appliquer la gestion du changement / apply change management
  { id: `${SKILL}3c03ee71-4a23-448f-b79e-81fd75d27dca`, fr: ['Conduite du changement', 'Accompagnement du changement', 'Transformation des organisations'], en: ['Change management', 'Organisational change', 'Business change', 'Prosci'] },
  // élaborer des plans d'entreprise / develop business plans
  { id: `${SKILL}ead58f22-0af5-467c-ac1e-b750e4e1ac6a`, fr: ['Business plan', 'Rédaction de business plan', 'Plan d\'affaires'], en: ['Business planning', 'Writing business plans'] },
  // planning stratégique / strategic planning
  { id: `${SKILL}949ced5f-7536-4614-ac60-563ffc91a2f2`, fr: ['Plan stratégique', 'Élaboration de la stratégie', 'Feuille de route stratégique', 'Diagnostic stratégique'], en: ['Strategy development', 'Business strategy', 'Strategic roadmap'] },
  // transposer la stratégie en actions et objectifs / translate strategy into operation
  { id: `${SKILL}4e0076f7-155d-4e2a-a058-39097de48420`, fr: ['Déploiement de la stratégie', 'Déclinaison opérationnelle de la stratégie', 'Mise en œuvre de la stratégie'], en: ['Strategy execution', 'Strategy implementation', 'Translating strategy into action plans'] },
  // mener une étude de faisabilité / execute feasibility study
  { id: `${SKILL}d74df140-eb69-43e2-bac9-1cafc824d702`, fr: ['Étude de faisabilité', 'Étude d\'opportunité', 'Analyse de faisabilité'], en: ['Feasibility studies', 'Feasibility assessments', 'Options appraisal'] },
  // élaborer une analyse de rentabilité / develop business case
  { id: `${SKILL}a4bbd0d9-a6be-4472-b05d-291e60cf6b4b`, fr: ['Business case', 'Analyse de rentabilité', 'Calcul du ROI', 'Étude de rentabilité'], en: ['Business cases', 'Writing business cases', 'ROI analysis', 'Investment appraisal'] },
  // fournir des rapports d'analyse coût-bénéfice / provide cost benefit analysis reports
  { id: `${SKILL}48b68726-0fd6-4e03-a5eb-82236516ee7a`, fr: ['Analyse coûts-bénéfices', 'Analyse coûts-avantages'], en: ['Cost-benefit analysis'] },
  // techniques d'analyse et de définition des besoins de l'entreprise / business requirements techniques
  { id: `${SKILL}0ee94c0a-3716-494a-95a2-dcbab9e58be2`, fr: ['Recueil des besoins', 'Expression des besoins', 'Analyse des besoins métier', 'Spécifications fonctionnelles'], en: ['Requirements gathering', 'Requirements elicitation', 'Business requirements', 'Functional specifications', 'Requirements analysis'] },
  // analyse commerciale / business analysis
  { id: `${SKILL}633a3637-2c6b-40ae-ac38-289eb2a62aa6`, fr: ['Analyse métier', 'Analyse SWOT', 'Matrice SWOT', 'Analyse PESTEL'], en: ['SWOT analysis', 'PESTLE analysis', 'CBAP'] },
  // modélisation de processus d'entreprise / business process modeling
  { id: `${SKILL}98301d4a-2cc3-439d-8d7f-0b6ac76302bb`, fr: ['Cartographie des processus', 'Logigrammes de processus'], en: ['Process mapping', 'Business process mapping', 'Swimlane diagrams', 'As-is and to-be processes'] },
  // améliorer les processus d'entreprise / improve business processes
  { id: `${SKILL}75b30aeb-34c0-40f4-b77d-271d75a98b14`, fr: ['Optimisation des processus', 'Amélioration des processus', 'Réingénierie des processus', 'Refonte des processus', 'Simplification des processus'], en: ['Process improvement', 'Business process improvement', 'Process re-engineering', 'Streamlining processes'] },
  // analyser des procédures d'entreprise / analyze business processes
  { id: `${SKILL}56042303-972b-41be-9310-58467599ff7e`, fr: ['Diagnostic organisationnel', 'Audit organisationnel', 'Analyse de l\'existant', 'Analyse des processus'], en: ['Process analysis', 'Gap analysis', 'Current state analysis', 'Organisational diagnosis'] },
  // utiliser des techniques de conseil / use consulting techniques
  { id: `${SKILL}414332e4-8347-4771-b947-65bd3801a620`, fr: ['Conseil en organisation', 'Missions de conseil', 'Conseil en management', 'Conseil aux entreprises', 'Conseil en stratégie'], en: ['Management consulting', 'Management consultancy', 'Consultancy projects', 'Client engagements', 'Business consultancy'] },
  // philosophies d'amélioration continue / continuous improvement philosophies
  { id: `${SKILL}0550431f-9c8b-4204-9c45-59bc5feacf06`, fr: ['Gemba walk', 'Méthode A3', 'QRQC', 'Black Belt Lean Six Sigma', 'Yellow Belt Lean Six Sigma', 'Standardisation du travail'], en: ['Gemba walks', 'A3 problem solving', 'Six Sigma Black Belt', 'Six Sigma Yellow Belt', 'Standard work', 'Kaizen events', 'Rapid improvement events'] },
  // encourager des équipes à rechercher l'amélioration continue / encourage teams for continuous improvement
  { id: `${SKILL}3b5c7dc9-bd4f-4360-95c8-f66636dcb8a8`, fr: ['Animation de chantiers Kaizen', 'Chantiers Kaizen', 'Démarche d\'amélioration continue', 'Pilotage de l\'amélioration continue', 'Déploiement du Lean', 'Animation de l\'amélioration continue'], en: ['Leading continuous improvement', 'Lean deployment', 'Driving continuous improvement', 'Lean transformation'] },
  // trouver des solutions aux problèmes / create solutions to problems
  { id: `${SKILL}03b9b491-fc9b-4868-914a-bf7cd47b5041`, fr: ['Résolution de problèmes'], en: ['Structured problem solving'] },
  // gérer une PME / manage a small-to-medium business
  { id: `${SKILL}31032902-0909-44ac-a8e7-b6b1d5f52149`, fr: ['Direction de PME', 'Gestion d\'entreprise', 'Direction d\'entreprise', 'Gestion d\'une TPE', 'Pilotage d\'une PME'], en: ['Running a small business', 'Small business management', 'SME management', 'Running my own business'] },
  // assumer la responsabilité de gestion d'une entreprise / assume responsibility for the management of a business
  { id: `${SKILL}ddc8da70-b94f-43ef-88dc-aebc7bef4f7d`, fr: ['Direction d\'agence', 'Gestion d\'agence', 'Management d\'agence', 'Direction de site', 'Gestion d\'un centre de profit'], en: ['Branch management', 'Running a branch', 'Profit centre management', 'General management'] },
  // gérer la rentabilité / manage profitability
  { id: `${SKILL}4cfc7ef6-e251-4c93-bd5e-fd6936dee11c`, fr: ['Gestion du compte d\'exploitation', 'Pilotage de la rentabilité', 'Responsabilité du compte de résultat'], en: ['P&L management', 'P&L responsibility', 'Full P&L responsibility', 'Margin management'] },
  // exécuter des plans d'entreprise opérationnels / implement operational business plans
  { id: `${SKILL}6abb92c9-0553-4d3d-add8-8240494e182d`, fr: ['Pilotage opérationnel', 'Management des opérations', 'Direction des opérations', 'Pilotage de l\'activité opérationnelle'], en: ['Operations management', 'Running operations', 'Day-to-day operations management', 'Operational delivery'] },
  // diriger les responsables de différents services d'une entreprise / lead managers of company departments
  { id: `${SKILL}3e61ee41-2bd9-466f-b313-00ce04072410`, fr: ['Management de managers', 'Encadrement de managers', 'Animation du comité de direction', 'Animation du CODIR'], en: ['Managing managers', 'Leading a senior management team', 'Leading department heads'] },
  // interagir avec un conseil d'administration / interact with the board of directors
  { id: `${SKILL}28f637e1-15fc-462d-ba10-5908fd438a0e`, fr: ['Reporting au conseil d\'administration', 'Relations avec le conseil d\'administration', 'Présentations au comité de direction'], en: ['Board reporting', 'Presenting to the board', 'Board papers'] },
  // agir en faveur de la croissance de l'entreprise / strive for company growth
  { id: `${SKILL}2a2fa8e8-aaf3-4abf-a60b-af6415f1c6d4`, fr: ['Développement de l\'activité', 'Croissance du chiffre d\'affaires', 'Croissance externe'], en: ['Business growth', 'Growing the business', 'Revenue growth'] },
  // identifier de nouvelles opportunités commerciales / identify new business opportunities
  { id: `${SKILL}d207a30b-2f80-4138-9b77-f88d549b8768`, fr: ['Business development', 'Développement de nouveaux marchés', 'Détection d\'opportunités commerciales', 'Identification d\'opportunités d\'affaires'], en: ['Business development', 'New market development', 'Market expansion'] },
  // établir des relations d'affaires / build business relationships
  { id: `${SKILL}dc72ad0a-c5dc-4abd-bc0d-ca43e82162e1`, fr: ['Développement de partenariats', 'Partenariats stratégiques', 'Gestion des partenariats', 'Recherche de partenaires'], en: ['Partnership development', 'Strategic partnerships', 'Building partnerships', 'Partner management'] },
  // créer un réseau professionnel / develop professional network
  { id: `${SKILL}bf5d77ad-e18c-48d8-83f0-bc79c011c74a`, fr: ['Réseautage', 'Réseautage professionnel', 'Développement du réseau professionnel'], en: ['Business networking', 'Professional networking'] },
  // entretenir les relations avec des parties prenantes / maintain relationships with stakeholders
  { id: `${SKILL}999286f1-22d9-4950-9422-89bd45265a5f`, fr: ['Relations avec les parties prenantes', 'Gestion des parties prenantes', 'Coordination des parties prenantes'], en: ['Stakeholder management', 'Stakeholder engagement', 'Stakeholder relationships'] },
  // gérer des budgets / manage budgets
  { id: `${SKILL}21c5790c-0930-4d74-b3b0-84caf5af12ea`, fr: ['Budget projet', 'Élaboration budgétaire', 'Pilotage budgétaire', 'Suivi des coûts projet'], en: ['Budget management', 'Project budgets', 'Budgetary control'] },
  // assurer la planification des ressources / perform resource planning
  { id: `${SKILL}f5dd06b8-5d17-4932-9d03-957d0c4f5051`, fr: ['Planification des ressources', 'Plan de charge', 'Gestion du plan de charge', 'Staffing des projets'], en: ['Resource planning', 'Resource management for projects', 'Project staffing'] },
  // planifier l'affectation de ressources / plan resource allocation
  { id: `${SKILL}7c05199f-7b03-4a4a-afee-7c9dfcf9066a`, fr: ['Allocation des ressources', 'Arbitrage des ressources'], en: ['Resource allocation'] },
  // préparer des dossiers de financement public / prepare government funding dossiers
  { id: `${SKILL}cb4c6d77-0444-49f9-9264-39fc4585bc0e`, fr: ['Montage de projets européens', 'Dossiers FEDER', 'Dossiers FSE', 'Fonds européens'], en: ['EU funding applications', 'European funding bids'] },
  // rédiger des propositions de subvention d'organismes caritatifs / write charity grant proposals
  { id: `${SKILL}c8c32b0c-acaa-42b0-ae3d-dc92624a8133`, en: ['Grant writing', 'Charity grant applications', 'Trust and foundation applications'] },
  // trouver des subventions / find grants
  { id: `${SKILL}0ffce932-cec4-4fec-87e6-df23fb6bdc12`, fr: ['Recherche de financements', 'Recherche de financements publics'], en: ['Identifying funding opportunities', 'Sourcing grant funding'] },
  // rendre des comptes sur des subventions / report on grants
  { id: `${SKILL}0b6cc8e4-b34d-4631-9061-3ba839ecc640`, fr: ['Bilans de subvention', 'Justification des subventions'], en: ['Grant reporting', 'Reporting to funders'] },
  // présider une réunion / chair a meeting
  { id: `${SKILL}5e9e6dea-23d9-46ba-b8ea-749319b48994`, fr: ['Animation de réunions', 'Conduite de réunions', 'Animation des comités de pilotage'], en: ['Running meetings', 'Facilitating meetings'] },
  // gestion d'installations au sein d'une organisation / facilities management in the organization
  { id: `${SKILL}50f5e41d-7ce3-481b-aed7-ee9484545bc4`, fr: ['Services généraux', 'Gestion des services généraux', 'Facility management', 'Gestion des locaux'], en: ['Facilities management', 'Office facilities management'] },
  // service administratif / office administration
  { id: `${SKILL}6a609f8f-1451-4102-ad2d-62c5270e1237`, fr: ['Office management', 'Gestion administrative du bureau', 'Organisation du bureau'], en: ['Office management', 'Running the office', 'Office operations'] },
  // prévision financière / financial forecasting
  { id: `${SKILL}4b2db903-cd8e-48ce-97fb-a92db4def54e`, fr: ['Prévisionnel financier', 'Plan de financement prévisionnel'], en: ['Financial forecasts'] },
  // entrepreneuriat / entrepreneurship
  { id: `${SKILL}658605f2-1c95-49f0-bd98-0af7b15ad0b0`, fr: ['Création d\'entreprise', 'Reprise d\'entreprise', 'Création de start-up'], en: ['Starting a business', 'Setting up a business', 'Founding a start-up'] },
];
