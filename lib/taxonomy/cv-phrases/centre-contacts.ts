// Centres de contacts (téléconseiller, chargé de clientèle à distance, télévendeur, conseiller recouvrement amiable, UK call centre / contact centre agent):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // communiquer par téléphone / communicate by telephone
  { id: `${SKILL}de2f0ce8-f8d6-48c5-a213-4d065251cecf`, fr: ['Relation client à distance', 'Relation client téléphonique', 'Aisance téléphonique', 'Conseil client par téléphone', 'Gestion des appels clients'], en: ['Telephone manner', 'Good telephone manner', 'Telephone skills', 'Professional phone manner'] },
  // télémarketing / telemarketing
  { id: `${SKILL}16132f2b-cf61-4c53-ae8d-9023a8bab90b`, fr: ['Vente par téléphone', 'Télévente en appels sortants', 'Vente en centre d\'appels'], en: ['Telephone sales', 'Outbound telesales', 'Inbound sales calls', 'Selling over the phone'] },
  // vendre des produits / sell products (one word: the telemarketing concept is ESCO knowledge, too weak alone)
  { id: `${SKILL}29a50780-f81b-429c-b410-7f23a492e19d`, fr: ['Télévente'], en: ['Telesales'] },
  // vendre des produits supplémentaires / upsell products
  { id: `${SKILL}306a1555-9fa2-47af-b996-a0a8833cbe81`, fr: ['Rebond commercial', 'Vente en rebond'], en: ['Upselling on inbound calls'] },
  // vendre des produits de télécommunication / sell telecommunication products
  { id: `${SKILL}a46c1df8-9885-4036-98d8-b225a8d13c19`, fr: ['Vente d\'abonnements téléphoniques', 'Vente de forfaits mobiles', 'Vente d\'offres internet', 'Vente d\'offres box'], en: ['Selling mobile contracts', 'Selling broadband packages', 'Mobile phone contract sales'] },
  // convaincre des clients d’envisager d'autres options / persuade clients with alternatives
  { id: `${SKILL}0d11711b-870f-4701-be93-fa175b6e4002`, fr: ['Service rétention', 'Rétention client', 'Traitement des demandes de résiliation', 'Fidélisation des clients résiliants'], en: ['Retention calls', 'Retention team', 'Saving cancellations', 'Handling cancellation requests'] },
  // gérer les indicateurs clés de performance de centres d’appel / manage key performance indicators of call centers
  { id: `${SKILL}a0c4e4a2-9d7c-499d-af51-4e32dd028418`, fr: ['DMT', 'Durée moyenne de traitement', 'Taux de décroché', 'Taux de résolution au premier appel', 'Indicateurs de centre d\'appels', 'Respect de la DMT'], en: ['AHT', 'Average handling time', 'First call resolution', 'FCR', 'Call centre KPIs', 'Contact centre KPIs'] },
  // maintenir une haute qualité des appels / maintain high quality of calls
  { id: `${SKILL}d39f380c-a900-4bbd-8685-babd806f1abc`, fr: ['Scripts d\'appel', 'Respect des scripts', 'Trame d\'appel', 'Discours téléphonique', 'Qualité des appels'], en: ['Call scripts', 'Following call scripts', 'Call quality'] },
  // fournir des évaluations objectives sur les appels / provide objective assessments of calls
  { id: `${SKILL}0b82924b-6741-4d58-b38d-16731cb14f53`, fr: ['Double écoute', 'Écoutes qualité', 'Évaluation des appels', 'Écoute des enregistrements d\'appels', 'Contrôle qualité des appels'], en: ['Call monitoring', 'Call listening', 'Call quality monitoring', 'Call assessments', 'Call audits'] },
  // remplir des formulaires d'évaluation des appels / complete evaluation forms of calls
  { id: `${SKILL}dde5de4c-9693-4284-9a7d-deb28c300701`, fr: ['Grilles d\'écoute', 'Grille d\'évaluation des appels'], en: ['Call evaluation forms', 'QA scorecards', 'Call scorecards'] },
  // former le personnel à l'assurance de la qualité des appels / train staff on call quality assurance
  { id: `${SKILL}0d9a7816-d3e4-4a6c-8fdc-4b4bbe278a85`, fr: ['Coaching des téléconseillers', 'Formation des téléconseillers', 'Accompagnement des téléconseillers'], en: ['Coaching call centre agents', 'Agent coaching', 'Training contact centre agents'] },
  // analyser les activités de centres d'appels / analyze call center activities
  { id: `${SKILL}3bb6f78f-24f3-4799-b247-91a0c4bf5d81`, fr: ['Pilotage du plateau', 'Pilotage de l\'activité du plateau', 'Suivi de la production du plateau', 'Supervision du plateau'], en: ['Contact centre reporting', 'Call centre reporting', 'Call centre MI'] },
  // analyser les tendances de performance des appels / analyze call performance trends
  { id: `${SKILL}3a585818-03f1-434c-b41b-9d3c4ceedfaa`, fr: ['Statistiques d\'appels', 'Analyse des statistiques d\'appels'], en: ['Call statistics', 'Call data analysis', 'Call volume analysis'] },
  // faire fonctionner un système de distribution d’appels / operate call distribution system
  { id: `${SKILL}9c203a4b-406e-487c-a27a-6ac99253e8fc`, fr: ['ACD', 'Distribution automatique des appels', 'SVI', 'Serveur vocal interactif'], en: ['ACD', 'Automatic call distribution', 'IVR', 'Interactive voice response', 'Call routing system'] },
  // utiliser le couplage téléphonie informatique / use computer telephony integration
  { id: `${SKILL}2b285a57-4add-453e-af5d-3d986a65c8fe`, fr: ['Genesys', 'Avaya', 'Odigo', 'Aircall', 'Ringover', 'Diabolocom', 'Vocalcom'], en: ['Genesys', 'Avaya', 'Five9', 'Aircall', 'Amazon Connect', 'Softphone systems'] },
  // répondre aux demandes des clients / respond to customers' inquiries
  { id: `${SKILL}cace7a77-38b7-4cdf-8171-e17692bef5f6`, fr: ['Traitement des demandes clients', 'Réponse aux demandes clients', 'Gestion des demandes clients', 'Relation client multicanal', 'Renseignement téléphonique'], en: ['Customer enquiries', 'Handling customer enquiries', 'Dealing with customer queries', 'Resolving customer queries', 'Multichannel customer service', 'Omnichannel support'] },
  // tenir des registres des interactions avec des clients / keep records of customer interaction
  { id: `${SKILL}8b7409b0-e18e-4dfc-9ad9-8ddbcce38849`, fr: ['Qualification des appels', 'Traçabilité des contacts clients', 'Historisation des contacts', 'Saisie des comptes rendus d\'appels'], en: ['Logging customer interactions', 'Recording call outcomes', 'Call wrap-up notes'] },
  // tenir des dossiers de clients / maintain customer records
  { id: `${SKILL}c753a3b5-d5cc-406d-adfe-3372bb267f4b`, fr: ['Traitement back-office', 'Gestion back-office des dossiers', 'Mise à jour des dossiers clients', 'Mise à jour des comptes clients'], en: ['Back-office processing', 'Updating customer accounts', 'Customer account maintenance'] },
  // gérer des clients difficiles / manage difficult clients
  { id: `${SKILL}44985078-6f4c-42b2-bceb-a37ea224b21d`, fr: ['Gestion des appels difficiles', 'Gestion des clients mécontents', 'Gestion des clients agressifs', 'Gestion des incivilités', 'Désamorçage des tensions au téléphone'], en: ['Handling difficult calls', 'Dealing with difficult customers', 'Irate customers', 'Handling angry customers', 'Challenging calls'] },
  // assurer le suivi des rapports de réclamation / follow up complaint reports
  { id: `${SKILL}5c7340b9-3ab5-46bc-af5e-ed737e57df6d`, fr: ['Suivi des réclamations', 'Suivi des dossiers de réclamation', 'Escalade des réclamations', 'Remontée des réclamations'], en: ['Escalating complaints', 'Tracking complaints'] },
  // traiter des remboursements / process refunds
  { id: `${SKILL}a6d697d1-80ba-4175-82d4-43440ed04270`, fr: ['Gestion des remboursements', 'Gestes commerciaux', 'Avoirs clients'], en: ['Goodwill gestures', 'Bill adjustments'] },
  // fournir des informations sur les commandes à des clients / provide customers with order information
  { id: `${SKILL}45844ea3-bb3c-4f63-b23e-a0a62b78bc49`, fr: ['Information sur l\'état des commandes', 'Suivi des livraisons clients', 'Réponse aux demandes de suivi de colis'], en: ['Order tracking', 'Order status enquiries', 'Delivery enquiries', 'Where is my order enquiries'] },
  // gérer les problèmes d'assistance / handle helpdesk problems
  { id: `${SKILL}118efbcd-8fc5-4668-81d1-c383a0d16070`, fr: ['Hotline technique', 'Assistance technique téléphonique', 'Support technique par téléphone', 'Assistance technique à distance', 'Dépannage à distance'], en: ['Technical support line', 'Telephone technical support', 'Remote technical support', 'Remote troubleshooting'] },
  // effectuer des activités de recouvrement / perform dunning activities
  { id: `${SKILL}7e305865-5b6d-4225-a4f7-ee5c10aaa134`, fr: ['Recouvrement amiable', 'Relances téléphoniques', 'Relance des impayés', 'Recouvrement des impayés', 'Relances de paiement', 'Gestion des impayés', 'Recouvrement par téléphone'], en: ['Debt collection', 'Collections calls', 'Arrears management', 'Chasing overdue payments', 'Chasing payments', 'Dunning'] },
  // appliquer le remboursement de la dette d'un client / enforce customer's debt repayment
  { id: `${SKILL}c26c7d9d-f9cf-4147-b774-c63e050ebe87`, fr: ['Mise en place d\'échéanciers', 'Négociation d\'échéanciers de paiement', 'Plans d\'apurement', 'Promesses de paiement', 'Échéanciers de paiement'], en: ['Payment plans', 'Setting up payment arrangements', 'Negotiating repayment plans', 'Repayment arrangements', 'Promise to pay'] },
  // évaluer la situation financière d'un débiteur / assess debtor's financial situation
  { id: `${SKILL}36570124-e778-4213-862e-c4059eb5c224`, fr: ['Analyse de la solvabilité du débiteur', 'Étude de la situation financière des débiteurs'], en: ['Income and expenditure assessments', 'I&E assessments', 'Affordability assessments'] },
  // effectuer une enquête sur l'endettement / perform debt investigation
  { id: `${SKILL}9da22795-4383-4bea-9ac5-e80fdf16ece5`, fr: ['Recherche de débiteurs', 'Recherche d\'adresses de débiteurs'], en: ['Tracing debtors', 'Skip tracing'] },
  // tenir des registres de dettes de clients / maintain client debt records
  { id: `${SKILL}24016006-c963-4135-a2c5-b1f7740782e2`, fr: ['Suivi des dossiers de recouvrement', 'Suivi du portefeuille de créances'], en: ['Maintaining arrears records', 'Debt case management'] },
  // suivre des questionnaires / adhere to questionnaires
  { id: `${SKILL}e7114462-379a-4fc4-8d7f-37b66734b52e`, fr: ['Enquêtes téléphoniques', 'Administration de questionnaires', 'Passation de questionnaires', 'Enquêtes CATI', 'Sondages téléphoniques'], en: ['Telephone surveys', 'Telephone interviewing', 'CATI interviewing', 'Market research calls'] },
  // gérer des rendez-vous / manage appointments
  { id: `${SKILL}933e7ccf-5d56-46ba-aca4-857f826a6b3a`, en: ['Appointment setting', 'Booking appointments by phone'] },
  // contacter des clients / contact customers
  { id: `${SKILL}81513fdf-5ea9-4375-9bc4-67ad959ac5de`, fr: ['Rappel des clients', 'Appels de courtoisie', 'Appels de bienvenue'], en: ['Customer call-backs', 'Welcome calls', 'Courtesy calls', 'Returning customer calls'] },
];
