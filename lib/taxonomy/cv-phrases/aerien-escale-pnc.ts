// Transport aérien, personnel navigant et escale (hôtesse de l'air / steward PNC, agent d'escale, agent de piste, agent de passage; UK cabin crew / airport customer service agent / ramp agent):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // faire la démonstration des procédures d'urgence / demonstrate emergency procedures
  { id: `${SKILL}abf620f3-9fa5-4dba-9a37-74eb3efb143d`, fr: ['Démonstrations de sécurité', 'Démonstration des consignes de sécurité', 'Démo sécurité passagers', 'Présentation des consignes de sécurité à bord'], en: ['Safety demonstrations', 'Safety demos', 'In-flight safety demonstration', 'Passenger safety briefings'] },
  // réaliser des tâches en préparation d'un vol / carry out pre-flight duties
  { id: `${SKILL}d631f164-9c9a-4e67-88b1-43d76730796a`, fr: ['Vérifications pré-vol', 'Préparation de la cabine', 'Briefing avant vol', 'Contrôle des équipements de sécurité cabine', 'Visite pré-vol cabine'], en: ['Pre-flight checks', 'Cabin preparation', 'Pre-flight briefing', 'Cabin security checks', 'Pre-flight safety checks'] },
  // contrôler les procédures à bord en cas d'urgence / control proceedings on board in the event of an emergency
  { id: `${SKILL}6052d31e-7b2e-4213-9a91-671974e57328`, fr: ['Procédures d\'urgence et d\'évacuation', 'Évacuation d\'urgence de l\'avion', 'Procédures SEP', 'Sécurité et sauvetage PNC', 'Amerrissage et évacuation'], en: ['Emergency and evacuation procedures', 'Aircraft evacuation', 'SEP training', 'Safety and emergency procedures', 'Ditching procedures'] },
  // aider des passagers en situation d'urgence / assist passengers in emergency situations
  { id: `${SKILL}4d224316-ebf7-4450-8477-1ad5f8b31c80`, fr: ['Assistance aux passagers en situation d\'urgence', 'Prise en charge des passagers en urgence'], en: ['Assisting passengers in emergencies', 'Emergency passenger assistance'] },
  // aider à contrôler le comportement des passagers dans les situations d'urgence / help to control passenger behavior during emergency situations
  { id: `${SKILL}17894c11-a75e-4356-898f-feca10395d65`, fr: ['Gestion des passagers difficiles', 'Gestion des passagers indisciplinés', 'Gestion des passagers perturbateurs', 'Contrôle de foule à bord'], en: ['Disruptive passenger handling', 'Dealing with unruly passengers', 'Managing disruptive passengers', 'Crowd control on board'] },
  // prodiguer des premiers soins médicaux en cas d’urgence / apply medical first aid in case of emergency
  { id: `${SKILL}169239b5-3644-4e23-8a85-4f5896dbdb8e`, fr: ['Premiers secours à bord', 'Secourisme aéronautique', 'Utilisation du défibrillateur à bord', 'Assistance médicale à bord'], en: ['In-flight first aid', 'Aviation first aid', 'Onboard medical emergencies', 'In-flight medical emergencies'] },
  // fournir des aliments et des boissons / provide food and beverages
  { id: `${SKILL}ecb34d35-867f-4b7e-97cb-0ff2f1710857`, fr: ['Service à bord', 'Service en vol', 'Service des repas à bord', 'Service des plateaux repas', 'Service boissons et collations à bord'], en: ['In-flight service', 'Inflight catering service', 'Meal service on board', 'Food and beverage service on board', 'Cabin service'] },
  // préparer les chariots de service / prepare service trolleys
  { id: `${SKILL}a5acf4ab-767c-42cc-b9ae-b4a11faa198f`, fr: ['Préparation des trolleys', 'Préparation des chariots à bord', 'Gestion du galley', 'Armement du galley'], en: ['Trolley preparation', 'Setting up trolleys', 'Galley management', 'Galley preparation'] },
  // inspecter le matériel de service de cabine / inspect cabin service equipment
  { id: `${SKILL}9558e678-ba8d-47ce-9f62-801f6b13e39b`, fr: ['Contrôle du matériel de service cabine', 'Vérification des équipements galley'], en: ['Galley equipment checks', 'Cabin service equipment checks'] },
  // vendre des produits / sell products
  { id: `${SKILL}29a50780-f81b-429c-b410-7f23a492e19d`, fr: ['Vente à bord', 'Vente en vol', 'Vente duty free à bord', 'Ventes hors taxes à bord'], en: ['In-flight sales', 'Onboard sales', 'Duty free sales', 'Inflight retail'] },
  // garantir le confort des passagers / ensure passenger comfort
  { id: `${SKILL}54f8cc6e-7499-4062-949b-ab616b8efd26`, fr: ['Confort des passagers à bord', 'Bien-être des passagers en vol', 'Accueil des passagers à bord'], en: ['Passenger comfort', 'Onboard passenger care', 'Welcoming passengers on board'] },
  // aider des passagers handicapés / assist disable passengers
  { id: `${SKILL}f3a96be9-639d-43e0-aed5-c596980798d6`, fr: ['Assistance PMR', 'Accompagnement des PMR', 'Prise en charge des passagers à mobilité réduite', 'Assistance aux personnes à mobilité réduite'], en: ['PRM assistance', 'Assisting passengers with reduced mobility', 'Special assistance passengers', 'Wheelchair assistance'] },
  // enregistrer des passagers / check in passengers
  { id: `${SKILL}64ac9e17-fbd3-447e-b771-fa01e2a09210`, fr: ['Enregistrement des passagers', 'Enregistrement passagers et bagages', 'Banque d\'enregistrement', 'Comptoir d\'enregistrement', 'Émission des cartes d\'embarquement'], en: ['Passenger check-in', 'Check-in desk', 'Check-in and boarding', 'Issuing boarding passes', 'Airport check-in'] },
  // enregistrer des bagages / check in luggage
  { id: `${SKILL}2945dc58-5b5c-4023-97ee-34ec05905b81`, fr: ['Enregistrement des bagages', 'Étiquetage des bagages', 'Gestion des excédents de bagages', 'Dépose bagages'], en: ['Baggage check-in', 'Bag drop', 'Tagging baggage', 'Excess baggage charges'] },
  // faire embarquer les passagers d'un avion / board aircraft passengers
  { id: `${SKILL}4c864bcd-d786-4d6c-ae17-aa0310c9f1a5`, fr: ['Embarquement des passagers', 'Gestion de l\'embarquement', 'Embarquement et débarquement des passagers', 'Clôture du vol', 'Porte d\'embarquement'], en: ['Passenger boarding', 'Boarding gate', 'Gate duties', 'Boarding and disembarkation', 'Flight close-out'] },
  // contrôler les documents de voyage / check travel documentation
  { id: `${SKILL}ecf9d792-1218-4020-a807-b756aeadad14`, fr: ['Contrôle des documents de voyage', 'Contrôle des passeports et visas', 'Vérification APIS', 'Contrôle documentaire passagers'], en: ['Travel document checks', 'Passport and visa checks', 'APIS checks', 'Document checking'] },
  // vérifier les billets de passagers / check passenger tickets
  { id: `${SKILL}6969bcc6-93f1-4afd-bad8-64ed72c9b041`, fr: ['Contrôle des cartes d\'embarquement', 'Vérification des billets d\'avion'], en: ['Boarding pass checks', 'Ticket checks at the gate'] },
  // utiliser un système de billetterie informatisée / use ICT ticketing system
  { id: `${SKILL}6430eb0d-c6de-46b7-a7fc-3dd2e8e62a69`, fr: ['Altéa DCS', 'Amadeus Altéa', 'Système de départ DCS', 'Logiciel d\'enregistrement DCS'], en: ['Altea DCS', 'Departure control system', 'DCS check-in system', 'Sabre DCS'] },
  // assurer une manutention efficace des bagages / ensure efficient baggage handling
  { id: `${SKILL}9652ceb0-7f3c-4aff-87f0-2c1477cd1ce1`, fr: ['Manutention bagages en piste', 'Tri bagages', 'Traitement des bagages', 'Chargement des bagages en soute'], en: ['Baggage handling', 'Baggage hall', 'Baggage sorting', 'Baggage reconciliation'] },
  // gérer les objets trouvés / manage lost and found articles
  { id: `${SKILL}810b7858-fb19-4c61-b05a-7cd04bb61336`, fr: ['Litiges bagages', 'Bagages perdus', 'Service litiges bagages', 'WorldTracer', 'Déclaration de bagages perdus'], en: ['Lost baggage', 'WorldTracer', 'Baggage tracing', 'Mishandled baggage', 'Lost luggage claims'] },
  // charger une cargaison / load cargo
  { id: `${SKILL}048affec-04db-4bd5-b7a6-c666d16c0fef`, fr: ['Chargement des soutes', 'Chargement et déchargement des soutes', 'Chargement des avions', 'Chargement des ULD'], en: ['Aircraft loading', 'Hold loading', 'Loading and unloading aircraft', 'ULD loading'] },
  // calculer le poids d'un avion / calculate aircraft weight
  { id: `${SKILL}08cb2d27-1c86-4ea9-875b-9e84abcfdf58`, fr: ['Devis de masse et centrage', 'Masse et centrage', 'Load sheet', 'Agent de centrage'], en: ['Weight and balance', 'Load control', 'Loadsheet', 'Load planning aircraft'] },
  // réaliser des opérations de guidage au sol des avions en toute sécurité / conduct safe aircraft marshalling
  { id: `${SKILL}0b8f2fb9-59b0-43f7-8ad1-6cb952386255`, fr: ['Guidage des avions', 'Guidage avion au sol', 'Placement des avions au parking', 'Marshalling avion'], en: ['Aircraft marshalling', 'Aircraft guidance on stand', 'Wing walking'] },
  // gérer des systèmes d'assistance aérienne / manage aircraft support systems
  { id: `${SKILL}bf0f48cc-6cc4-4f4d-809c-13c7cfefcce6`, fr: ['Push-back', 'Repoussage des avions', 'Tractage des avions', 'Conduite de tracteur avion', 'Engins de piste'], en: ['Pushback', 'Aircraft pushback', 'Aircraft towing', 'Ground support equipment', 'GSE operation'] },
  // mener des opérations de dégivrage / carry out de-icing activities
  { id: `${SKILL}1ea17ca5-3550-408c-8500-7d18dfffee93`, fr: ['Dégivrage des avions', 'Antigivrage'], en: ['Aircraft de-icing', 'Anti-icing'] },
  // mettre en place des procédures de sécurité côté piste / implement airside safety procedures
  { id: `${SKILL}4d06fa94-49f8-4c75-b52c-3a4e699b73cc`, fr: ['Sécurité en piste', 'Sécurité côté piste', 'Sécurité sur l\'aire de trafic', 'Prévention des FOD'], en: ['Airside safety', 'Ramp safety', 'FOD prevention', 'Apron safety'] },
  // effectuer des contrôles de sécurité dans un aéroport / conduct airport security screening
  { id: `${SKILL}c2a97099-53e9-4fba-b289-35bc025fb348`, fr: ['Sûreté aéroportuaire', 'Contrôle sûreté des passagers', 'Palpation de sûreté', 'Certification sûreté aérienne'], en: ['Airport security screening', 'Passenger screening', 'Hold baggage screening', 'Aviation security', 'Pat-down searches'] },
  // effectuer des opérations d'entretien liées au carburant d’avions / conduct aviation fuel servicing operations
  { id: `${SKILL}bc07c4cf-0449-4bc3-ac51-eadac814383e`, fr: ['Avitaillement des avions', 'Avitaillement kérosène'], en: ['Aircraft refuelling', 'Into-plane fuelling', 'Aviation refuelling'] },
  // manipuler des marchandises dangereuses / handle dangerous goods
  { id: `${SKILL}5b0d14b1-0bf6-4f6b-b922-4becc213f0aa`, fr: ['Marchandises dangereuses IATA', 'Formation DGR', 'Matières dangereuses aérien'], en: ['IATA DGR', 'Dangerous goods regulations IATA', 'DGR awareness'] },
  // fournir des informations aux passagers / provide information to passengers
  { id: `${SKILL}84fc058f-3a38-4a87-86c1-ce906660af31`, fr: ['Information des passagers', 'Annonces passagers', 'Annonces à bord', 'Annonces micro en salle d\'embarquement'], en: ['Passenger announcements', 'PA announcements', 'Cabin announcements', 'Passenger information'] },
  // assurer le respect des horaires des vols / ensure flights run to schedule
  { id: `${SKILL}deeb6ab7-c8e6-4486-8eae-897e58aa349f`, fr: ['Ponctualité des vols', 'Gestion des retards de vol', 'Respect du temps d\'escale', 'Coordination de l\'escale'], en: ['On-time performance', 'Aircraft turnaround', 'Turnaround coordination', 'Flight delay handling'] },
  // s’occuper de passagers / coordinate passengers
  { id: `${SKILL}3a6890c4-0820-475f-8242-e801194c3b3e`, fr: ['Assistance en escale', 'Accueil des passagers en correspondance', 'Gestion des correspondances passagers', 'Accompagnement des mineurs non accompagnés'], en: ['Transfer passengers', 'Unaccompanied minors', 'Connecting passengers assistance'] },
  // superviser le mouvement des passagers / supervise movement of passengers
  { id: `${SKILL}3013c7d0-b22b-43b0-9318-c0e8eca25c78`, fr: ['Gestion des flux passagers', 'Régulation des flux passagers', 'Fluidité des flux passagers'], en: ['Passenger flow', 'Queue management at the airport', 'Passenger flow management'] },
  // faciliter le débarquement sécurisé des passagers / facilitate safe disembarkation of passengers
  { id: `${SKILL}1ce3af48-b15f-4851-8db6-cbbdc49ad19b`, fr: ['Débarquement des passagers', 'Débarquement sécurisé'], en: ['Passenger disembarkation', 'Deplaning passengers'] },
  // suivre les procédures de sécurité d'un aéroport / follow airport safety procedures
  { id: `${SKILL}5612d47c-2256-4259-977d-ae8ab67fd7f1`, fr: ['Badge aéroportuaire', 'Habilitation zone réservée', 'Procédures de sécurité aéroportuaires'], en: ['Airside pass', 'Airport ID pass', 'Airport safety procedures'] },
  // signaler les anomalies à l'intérieur des avions / report anomalies in aircraft interiors
  { id: `${SKILL}d886f903-88b0-4dc5-845c-ab3a9fffd0c6`, fr: ['Signalement des anomalies cabine', 'Cabin log', 'Compte rendu matériel cabine'], en: ['Cabin defect reporting', 'Cabin defects log'] },
  // inspecter la propreté d'un avion / inspect aircraft cleanliness
  { id: `${SKILL}67864781-f2cf-4ded-b6c1-9c32a393dde4`, fr: ['Nettoyage cabine avion', 'Nettoyage des avions', 'Armement cabine', 'Contrôle de la propreté cabine'], en: ['Aircraft cabin cleaning', 'Aircraft cleaning', 'Cabin presentation checks'] },
  // travailler au sein d’une équipe de transport aérien / work in an aviation team
  { id: `${SKILL}524106a8-b343-45f6-b4ce-58e8d3cf1093`, fr: ['CRM équipage', 'Coordination PNC PNT'], en: ['Crew resource management', 'Working as part of a cabin crew'] },
  // anglais aéronautique / aviation English
  { id: `${SKILL}1d7855f1-e7a9-42ad-bf0a-971591801831`, fr: ['Anglais aéronautique', 'Anglais aérien'], en: ['Aviation English', 'ICAO English'] },
  // garantir le respect de la réglementation en matière d'aviation civile / ensure compliance with civil aviation regulations
  { id: `${SKILL}b79955b0-8ca8-4a9f-8134-41c06cdbc234`, fr: ['CCA', 'Certificat de membre d\'équipage de cabine', 'CSS PNC', 'Réglementation EASA cabine'], en: ['Cabin Crew Attestation', 'EASA cabin crew attestation', 'EASA Part-CC'] },
];
