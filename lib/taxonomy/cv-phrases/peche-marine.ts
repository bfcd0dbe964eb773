// Pêche et marine marchande (marin pêcheur, matelot, mécanicien marine, patron de pêche, conchyliculteur / ostréiculteur;
// UK deckhand / fisherman / marine engineer): CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // --- Pêche: engins, manœuvres, traitement de la capture ---
  // effectuer des manœuvres de pêche / apply fishing maneuvres
  { id: `${SKILL}8e76cd71-fb0c-404b-957a-3044ec12d37c`, fr: ['Filage et virage du chalut', 'Filage des filets', 'Virage des filets', 'Manœuvre du chalut', 'Mise à l\'eau du chalut', 'Relevage des casiers', 'Relève des filets'], en: ['Shooting and hauling nets', 'Shooting and hauling gear', 'Hauling nets', 'Hauling pots', 'Shooting the trawl'] },
  // utiliser du matériel de pêche / operate fishing equipment
  { id: `${SKILL}b8b9b79d-7b66-43c0-b06c-7c1e0c86a6d1`, fr: ['Pêche au chalut', 'Chalutage', 'Pêche aux casiers', 'Pêche à la palangre', 'Pêche au filet maillant', 'Pêche à la drague', 'Pêche à la senne', 'Pêche aux arts dormants', 'Pêche aux arts traînants'], en: ['Trawling', 'Longlining', 'Gill netting', 'Creel fishing', 'Scallop dredging', 'Purse seining'] },
  // utiliser du matériel de pêche sur un navire / use fishing vessel equipment
  { id: `${SKILL}6b801335-15e6-47d4-8863-9a5844949106`, fr: ['Treuil de pêche', 'Conduite des treuils de pêche', 'Enrouleur de filets', 'Vire-casier', 'Halage des filets'], en: ['Trawl winch operation', 'Net drum operation', 'Pot hauler', 'Net hauler'] },
  // préparer du matériel de pêche / prepare fishing equipment
  { id: `${SKILL}63f73b81-8a9c-4331-a713-c9beb57dfbcf`, fr: ['Préparation des engins de pêche', 'Préparation des casiers', 'Boëttage', 'Boëttage des casiers', 'Appâtage des palangres', 'Montage des lignes de pêche', 'Gréement des chaluts'], en: ['Baiting pots', 'Baiting lines', 'Rigging fishing gear', 'Fishing gear preparation'] },
  // entretenir des filets / maintain nets
  { id: `${SKILL}cc922128-f687-414a-95e0-286597e065ad`, fr: ['Ramendage', 'Ramendage des filets', 'Réparation des filets', 'Remaillage des filets', 'Entretien des filets de pêche'], en: ['Net mending', 'Net repair'] },
  // manipuler des poissons après leur capture / handle harvested fish
  { id: `${SKILL}d14570e5-da58-4d27-8866-a54d92889ef2`, fr: ['Tri du poisson à bord', 'Tri de la pêche', 'Tri des captures', 'Traitement du poisson à bord', 'Traitement de la pêche à bord', 'Saignée du poisson'], en: ['Sorting the catch', 'Processing the catch on deck', 'Handling the catch'] },
  // conserver des produits de poisson / preserve fish products
  { id: `${SKILL}1d07fabb-77ff-4572-bdbf-920546604930`, fr: ['Glaçage du poisson', 'Mise en glace du poisson', 'Conservation du poisson sous glace', 'Mise en cale du poisson', 'Travail en cale à poisson'], en: ['Icing fish', 'Icing the catch', 'Fish hold work', 'Stowing fish in the hold'] },
  // conditionner des poissons / package fish
  { id: `${SKILL}c72feae6-648b-4cc1-9219-4a6af721e769`, fr: ['Mise en caisse du poisson', 'Conditionnement de la pêche', 'Conditionnement des produits de la mer'], en: ['Boxing fish', 'Boxing the catch', 'Fish packing'] },
  // vider des poissons / remove parts of fish
  { id: `${SKILL}a5976780-66cc-4bc9-bd3d-b7f9dbc2d8ce`, fr: ['Éviscération du poisson', 'Vidage du poisson', 'Étêtage du poisson'], en: ['Gutting fish', 'Heading and gutting'] },
  // gérer des déchets de capture de poissons / handle fish harvesting waste
  { id: `${SKILL}002b2e58-35ab-460c-be97-ca2f585fd990`, fr: ['Gestion des rejets de pêche', 'Gestion des déchets de pêche'], en: ['Handling discards', 'Fish waste disposal'] },
  // décharger une cargaison / unload cargo
  { id: `${SKILL}042f91e3-cccc-4d51-b635-bb14ffe90cfc`, fr: ['Débarquement de la pêche', 'Débarquement du poisson', 'Déchargement de la pêche', 'Débarque de la marée'], en: ['Landing the catch', 'Unloading the catch'] },
  // vendre du poisson et des fruits de mer / sell fish and seafood
  { id: `${SKILL}256203c5-80f6-4467-81fc-431058741fcf`, fr: ['Vente sous criée', 'Mise en criée', 'Vente directe de la pêche'], en: ['Fish market auction', 'Selling the catch'] },
  // appliquer des précautions de sécurité dans des opérations de pêche / follow safety precautions in fishery operations
  { id: `${SKILL}e29386e8-a042-4fc4-9819-ecbe229fdc7b`, fr: ['Sécurité à bord des navires de pêche', 'Prévention des risques à la pêche', 'Sécurité sur le pont de pêche'], en: ['Fishing vessel safety', 'Seafish safety awareness'] },
  // appliquer des pratiques d’hygiène dans des opérations de pêche / follow hygienic practices in fishery operations
  { id: `${SKILL}031bfd8d-af80-4606-b4bb-6de4d5da6249`, fr: ['Hygiène des produits de la pêche', 'Hygiène à bord des navires de pêche'], en: ['Hygiene on fishing vessels', 'Fish hygiene on board'] },
  // s’adapter à des conditions difficiles dans le secteur de la pêche / cope with challenging circumstances in the fishery sector
  { id: `${SKILL}8753cea3-d7d7-4c8b-a027-cfbd72f0dcc1`, fr: ['Travail en mer par gros temps', 'Marées de longue durée', 'Embarquements de longue durée', 'Résistance au mal de mer'], en: ['Working in rough seas', 'Long trips at sea', 'Working at sea in all weathers'] },
  // programmer des opérations de pêche / schedule fishing
  { id: `${SKILL}b637d9ad-da31-48ba-a437-c8fefea8666d`, fr: ['Choix des zones de pêche', 'Planification des marées de pêche', 'Stratégie de pêche'], en: ['Choosing fishing grounds', 'Planning fishing trips'] },
  // évaluer des bancs de poissons / evaluate schools of fish
  { id: `${SKILL}b073a121-c159-4c81-9b1c-e2e77bc963cf`, fr: ['Détection des bancs de poissons', 'Lecture du sondeur', 'Sondeur de pêche', 'Sonar de pêche'], en: ['Fish finder', 'Fish finding sonar', 'Reading the echo sounder'] },
  // législation sur la pêche / fisheries legislation
  { id: `${SKILL}bc05eaf7-8d1f-46e3-8834-9d45c4e92831`, fr: ['Réglementation des pêches', 'Réglementation de la pêche maritime', 'Quotas de pêche', 'Tailles minimales de capture'], en: ['Fishing quotas', 'Fisheries regulations', 'Minimum landing sizes'] },
  // identification et classification des organismes aquatiques / fish identification and classification
  { id: `${SKILL}32bbd1de-4995-4e47-84ab-fb3a2b0cfdf1`, fr: ['Identification des espèces de poissons', 'Reconnaissance des espèces pêchées'], en: ['Fish species identification', 'Identifying fish species'] },

  // --- Conchyliculture / ostréiculture ---
  // systèmes de conchyliculture / shellfish cultivation systems
  { id: `${SKILL}8c3e63aa-b645-4fc7-ae8a-823dea0930bd`, fr: ['Élevage d\'huîtres', 'Élevage ostréicole', 'Élevage de moules', 'Élevage mytilicole', 'Culture sur bouchots', 'Élevage en poches sur tables', 'Ostréiculture', 'Mytiliculture', 'Conchyliculture'], en: ['Oyster farming', 'Mussel farming', 'Shellfish farming', 'Mussel rope culture'] },
  // gérer des équipements de captage de naissains / manage spat collection equipment
  { id: `${SKILL}850a9b10-f080-4752-b57c-48f752daeec7`, fr: ['Captage de naissain', 'Captage du naissain d\'huîtres', 'Pose des collecteurs de naissain', 'Collecteurs à naissain'], en: ['Spat collection', 'Spat collectors'] },
  // entretenir des installations d’aquaculture immergées / maintain waterbased aquaculture facilities
  { id: `${SKILL}14cc13f8-b0fb-428a-8423-9f3c63222764`, fr: ['Retournement des poches', 'Retournage des poches d\'huîtres', 'Entretien des parcs ostréicoles', 'Entretien des tables ostréicoles', 'Travail sur les parcs à huîtres', 'Entretien des bouchots'], en: ['Turning oyster bags', 'Maintaining oyster trestles', 'Oyster trestle maintenance'] },
  // récolter des ressources aquatiques / harvest aquatic resources
  { id: `${SKILL}b409f833-976a-47a2-b401-ac40ac3c8ea2`, fr: ['Récolte des huîtres', 'Récolte des moules', 'Calibrage des huîtres', 'Tri et calibrage des huîtres', 'Détroquage des huîtres'], en: ['Oyster harvesting', 'Mussel harvesting', 'Oyster grading'] },
  // cueillir des ressources aquatiques / collect aquatic resources
  { id: `${SKILL}79cddddd-8ca8-4e49-bbd4-ac5ba09fd1aa`, fr: ['Pêche à pied professionnelle', 'Récolte d\'algues', 'Ramassage de coquillages'], en: ['Seaweed harvesting', 'Hand gathering shellfish', 'Cockle picking'] },
  // effectuer des procédures d’épuration de mollusques et crustacés / carry out shellfish depuration procedures
  { id: `${SKILL}05a5f39f-e6c3-47b9-9824-f5d15e0bc885`, fr: ['Purification des coquillages', 'Purification des huîtres', 'Dégorgeage des coquillages', 'Bassins de purification'], en: ['Shellfish depuration', 'Shellfish purification'] },
  // livrer des produits aquatiques conformément aux spécifications d’un client / deliver aquatic products to customer specifications
  { id: `${SKILL}acf62e14-76eb-4ada-bb09-7570006f4d59`, fr: ['Conditionnement des huîtres', 'Mise en bourriches', 'Expédition des huîtres', 'Colisage des coquillages'], en: ['Packing oysters', 'Shellfish dispatch'] },

  // --- Pont: manœuvres, navigation, quart ---
  // exécuter des quarts de navigation en toute sécurité / maintain safe navigation watches
  { id: `${SKILL}d461d450-14bb-495a-abf6-eb8c662f5e68`, fr: ['Quart à la passerelle', 'Quarts de navigation', 'Veille à la passerelle'], en: ['Bridge watchkeeping', 'Navigational watchkeeping', 'Watchkeeping'] },
  // assurer le quart à bord d’un navire / stand watch on vessel
  { id: `${SKILL}cf7fa26e-1cad-4a4c-8f3f-58f433d835ee`, fr: ['Quart à bord', 'Tours de quart', 'Prise de quart'], en: ['Standing watch', 'Watch duties on board'] },
  // effectuer des tâches d'observation pendant des opérations maritimes / perform lookout duties during maritime operations
  { id: `${SKILL}e0228bea-f93b-4e79-89b0-eb97a17a52b1`, fr: ['Veille visuelle', 'Veille en mer'], en: ['Lookout duties', 'Keeping lookout'] },
  // exécuter un quart à la machine en toute sécurité / maintain safe engineering watches
  { id: `${SKILL}dc72d646-4e40-405a-8fa9-a410c60e490b`, fr: ['Quart machine', 'Quarts en salle des machines'], en: ['Engine room watchkeeping', 'Engineering watchkeeping', 'Engine room watches'] },
  // diriger un navire selon les ordres de barre / steer ship in compliance with helm orders
  { id: `${SKILL}7570fb73-bfd1-4fd1-8a3b-1e2344dd71a7`, fr: ['Tenue de barre', 'Barre à la main'], en: ['Helming', 'Helm duties', 'Steering at the helm'] },
  // diriger la navigation nautique / conduct water navigation
  { id: `${SKILL}9b696239-fbf2-4031-84b7-eccdeaa2f11c`, fr: ['Conduite du navire', 'Commandement du navire', 'Navigation côtière', 'Navigation hauturière', 'Conduite de navire de pêche'], en: ['Skippering', 'Coastal navigation', 'Offshore navigation', 'Skippering fishing vessels'] },
  // parcourir des itinéraires de navigation / plot shipping navigation routes
  { id: `${SKILL}e842ed4c-23c1-4c29-b1b1-b490889db735`, fr: ['Lecture de cartes marines', 'Cartes marines', 'Tracé de route', 'Préparation de traversée', 'Travail sur la carte marine'], en: ['Chart work', 'Chartwork', 'Passage planning', 'Reading nautical charts'] },
  // effectuer des calculs de navigation / carry out navigational calculations
  { id: `${SKILL}4be5ce29-9ecb-47c6-b38d-a2552230dd3f`, fr: ['Calcul des marées', 'Point estimé', 'Calcul de route et de dérive'], en: ['Tidal calculations', 'Dead reckoning', 'Position fixing'] },
  // utiliser la navigation radar / use radar navigation
  { id: `${SKILL}0a776a56-6ec1-4790-84b3-46d0be706806`, fr: ['Navigation au radar', 'Radar ARPA', 'Veille radar', 'Utilisation du radar de navigation'], en: ['Radar navigation', 'ARPA radar', 'Radar plotting'] },
  // utiliser des aides électroniques modernes à la navigation / use modern electronic navigational aids
  { id: `${SKILL}0b449eb1-d082-4e62-95d7-5cf59bdf2097`, fr: ['ECDIS', 'Cartographie électronique', 'Traceur de cartes', 'Logiciel de navigation marine', 'GPS traceur'], en: ['ECDIS', 'Chart plotter', 'Electronic chart systems', 'Electronic navigation aids'] },
  // communiquer au moyen du Système mondial de détresse et de sécurité en mer / communicate using the global maritime distress and safety system
  { id: `${SKILL}5cf70b66-f1b4-4c50-94fb-15ec74fad028`, fr: ['SMDSM', 'Certificat restreint d\'opérateur', 'Certificat général d\'opérateur', 'CRO SMDSM', 'CGO SMDSM'], en: ['GMDSS GOC', 'GMDSS ROC', 'GMDSS radio operator'] },
  // utiliser des systèmes de communication maritime / operate marine communication systems
  { id: `${SKILL}69ab1f34-a861-49ab-96bb-1f235002d3f1`, fr: ['VHF marine', 'Radio VHF marine'], en: ['Marine VHF', 'VHF marine radio'] },
  // parler l’anglais maritime / use maritime English
  { id: `${SKILL}adc76417-47f8-4f3d-8037-3c5c5ce9d9b2`, fr: ['Anglais maritime', 'Anglais nautique'], en: ['SMCP', 'Maritime English'] },
  // météorologie maritime / maritime meteorology
  { id: `${SKILL}bd3f0b14-fd20-4b7c-81e8-a8fe6fbd8c8d`, fr: ['Météo marine', 'Lecture de la météo marine', 'Bulletins météo marine'], en: ['Marine weather forecasts', 'Marine forecasts', 'Shipping forecast'] },
  // amarrer des navires / moor vessels
  { id: `${SKILL}49026711-0f2d-42b3-8912-2b897ad05117`, fr: ['Amarrage', 'Manœuvres d\'amarrage', 'Manœuvres de port', 'Lamanage'], en: ['Mooring', 'Mooring operations', 'Berthing', 'Handling mooring lines'] },
  // désamarrer des navires / unmoor vessels
  { id: `${SKILL}d30dac77-a21f-45e7-a9a1-36cc1529d287`, fr: ['Largage des amarres', 'Manœuvres d\'appareillage'], en: ['Casting off', 'Unmooring', 'Letting go lines'] },
  // aider à des opérations d'ancrage / assist anchoring operations
  { id: `${SKILL}74e0053d-7fb0-43da-99dc-6bae87143ff7`, fr: ['Mouillage de l\'ancre', 'Manœuvres de mouillage', 'Relevage de l\'ancre', 'Manœuvre du guindeau'], en: ['Anchoring the vessel', 'Anchor handling', 'Windlass operation'] },
  // entretenir les cordages / maintain ropes
  { id: `${SKILL}26c1e7bd-390a-4e47-a6cf-60197df209b9`, fr: ['Matelotage', 'Nœuds marins', 'Épissage de cordages', 'Travaux de matelotage'], en: ['Splicing ropes', 'Knots and splices'] },
  // manipulation de cordages / rope manipulation
  { id: `${SKILL}82351205-9087-4569-8104-492b43ad39ec`, fr: ['Manœuvre des aussières', 'Manipulation des aussières', 'Travail des cordages'], en: ['Knot tying'] },
  // nettoyer les ponts des navires / wash decks of ships
  { id: `${SKILL}582e5e24-f400-4a79-a368-24654b0fe055`, fr: ['Lavage du pont', 'Nettoyage du pont'], en: ['Deck washing', 'Washing down decks', 'Hosing down the deck'] },
  // effectuer l'entretien et le nettoyage d'un navire / perform vessel maintenance and cleaning
  { id: `${SKILL}781c558a-8bb7-457b-865b-15b64193ca59`, fr: ['Entretien du navire', 'Entretien du bateau', 'Entretien courant du bord'], en: ['Boat maintenance', 'Vessel upkeep', 'Vessel cleaning'] },
  // effectuer l'entretien général des extérieurs d'un navire / perform general maintenance on ship exteriors
  { id: `${SKILL}a7de380c-0a38-4c5b-a323-b3a9e5d472fa`, fr: ['Piquage de la rouille', 'Piquage et peinture', 'Entretien de la coque', 'Carénage du navire', 'Carénage de bateaux', 'Application d\'antifouling'], en: ['Chipping and painting', 'Rust chipping', 'Hull maintenance', 'Antifouling'] },
  // participer à des opérations de cale et de ballast / contribute to bilge and ballast operations
  { id: `${SKILL}8d62cb7e-0fcb-4d52-997e-f526406b9c46`, fr: ['Assèchement des cales', 'Pompage des fonds', 'Opérations de ballastage', 'Gestion des ballasts'], en: ['Bilge pumping', 'Ballast operations', 'Bilge and ballast'] },
  // utiliser des équipements de levage maritime / operate maritime lifting equipment
  { id: `${SKILL}11683adc-56fa-4408-84aa-8f02eb991628`, fr: ['Grue de bord', 'Conduite de grue de bord', 'Treuils et grues de bord', 'Conduite de treuils de pont'], en: ['Deck crane operation', 'Ship crane operation', 'Deck winches'] },
  // fixer la cargaison sur les navires / secure cargo on ships
  { id: `${SKILL}ba6ac595-8f55-4037-bbed-88a91529b312`, fr: ['Saisissage de la cargaison', 'Arrimage de la cargaison à bord', 'Saisissage des conteneurs'], en: ['Cargo lashing', 'Lashing containers', 'Securing cargo at sea'] },
  // effectuer l'avitaillement / perform bunkering
  { id: `${SKILL}d09b3fbb-6677-4f5d-9430-b51e7635bba4`, fr: ['Soutage', 'Opérations de soutage', 'Avitaillement en carburant', 'Avitaillement du navire'], en: ['Bunkering', 'Bunkering operations', 'Refuelling the vessel'] },
  // tenir les registres d'un navire / maintain ship logs
  { id: `${SKILL}8db66322-ff8f-4471-82c5-37f8d3e4227f`, fr: ['Journal de bord du navire', 'Journal de pêche', 'Journal de pêche électronique', 'Déclarations de captures'], en: ['Ship\'s log', 'Keeping the logbook', 'Fishing logbook', 'Catch recording'] },
  // coordonner l’équipage d’un navire / coordinate the ship crew
  { id: `${SKILL}124a7276-1598-46dc-bd4e-f2dff7377cc9`, fr: ['Gestion de l\'équipage à bord', 'Management de l\'équipage du navire'], en: ['Managing the ship\'s crew', 'Deck crew supervision'] },

  // --- Sécurité en mer (STCW) ---
  // survivre en mer en cas d’abandon du navire / survive at sea in the event of ship abandonment
  { id: `${SKILL}9926889a-7074-4e37-acce-1271fe6c5a6f`, fr: ['Survie en mer', 'CFBS', 'Certificat de formation de base à la sécurité', 'Formation de base à la sécurité', 'STCW', 'Techniques de survie individuelle'], en: ['Sea survival', 'STCW', 'STCW basic safety training', 'STCW 95', 'Personal survival techniques'] },
  // lancer des canots de sauvetage / launch lifeboats
  { id: `${SKILL}0b832182-5fc8-49f8-8fb8-8ddc225f5580`, fr: ['Mise à l\'eau des canots de sauvetage', 'CAEERS', 'Certificat d\'aptitude à l\'exploitation des embarcations et radeaux de sauvetage'], en: ['Proficiency in survival craft', 'PSCRB'] },
  // utiliser des engins de sauvetage / operate life-saving appliances
  { id: `${SKILL}d0e438df-18fb-4d70-b661-09a4e879e0db`, fr: ['Radeaux de survie', 'Mise en œuvre des radeaux de survie'], en: ['Liferafts', 'Life-saving appliances'] },
  // organiser des plans d’urgence à bord de navires / manage ship emergency plans
  { id: `${SKILL}87a7c61b-732f-40e7-8012-48ed155c20e8`, fr: ['Exercices d\'abandon', 'Exercices d\'abandon du navire', 'Exercices de sécurité à bord'], en: ['Muster drills', 'Abandon ship drills', 'Emergency drills on board'] },
  // prévenir les incendies à bord / prevent fires on board
  { id: `${SKILL}1dc4c035-b605-41f2-b985-cd9364c3802e`, fr: ['Lutte contre l\'incendie à bord', 'Lutte incendie à bord', 'Prévention des incendies à bord'], en: ['Shipboard firefighting', 'Fire fighting at sea', 'Fire prevention on board'] },
  // prodiguer des premiers soins médicaux à bord d’un navire / apply medical first aid on board ship
  { id: `${SKILL}1544dfaf-3059-479d-a7d9-6b4b2d902212`, fr: ['Enseignement médical de niveau 1', 'Enseignement médical de niveau 2', 'Premiers secours en mer'], en: ['Elementary first aid at sea', 'Medical first aid on board', 'Proficiency in medical first aid'] },
  // prévenir la pollution marine / prevent marine pollution
  { id: `${SKILL}fac6dbca-0d38-48a0-a255-d2beea8156d6`, fr: ['Prévention de la pollution marine', 'Lutte antipollution en mer', 'Règles MARPOL'], en: ['MARPOL compliance', 'Oil spill prevention at sea'] },

  // --- Machine: mécanicien marine ---
  // effectuer l'entretien courant de moteurs de navires / perform routine maintenance of ship engines
  { id: `${SKILL}59ff54aa-0773-4413-851d-75b585227936`, fr: ['Entretien des moteurs marins', 'Maintenance des moteurs marins', 'Entretien des moteurs de bateau', 'Entretien des moteurs hors-bord', 'Révision des moteurs marins'], en: ['Marine engine maintenance', 'Servicing marine engines', 'Outboard servicing', 'Outboard engine maintenance'] },
  // utiliser la salle des machines d'un navire / operate vessel engine room
  { id: `${SKILL}5383a985-85f6-45ac-bb5a-1e4b48bb6e76`, fr: ['Conduite de la salle des machines', 'Conduite des machines marines', 'Surveillance de la salle des machines', 'Conduite machine à bord'], en: ['Engine room operations', 'Running the engine room'] },
  // faire fonctionner des installations à propulsion diesel / operate diesel propulsion plants
  { id: `${SKILL}28b33505-e3db-4f10-9f3e-4eaa6743cb5a`, fr: ['Moteurs diesel marins', 'Conduite de moteurs diesel marins'], en: ['Marine diesel engines', 'Main engine operation'] },
  // faire fonctionner les machines de navires / operate marine machinery systems
  { id: `${SKILL}2a422611-4172-421b-a5f1-6ec9eb8f9f28`, fr: ['Auxiliaires machine', 'Conduite des auxiliaires', 'Groupes électrogènes de bord'], en: ['Ship auxiliaries', 'Auxiliary machinery', 'Marine auxiliary systems'] },
  // entretenir les machines à bord de navires / maintain shipboard machinery
  { id: `${SKILL}26c60178-5d93-4ded-93d7-c58e0ed92388`, fr: ['Entretien des machines de bord', 'Maintenance des auxiliaires', 'Maintenance machine à bord', 'Entretien des pompes de bord'], en: ['Shipboard machinery maintenance', 'Planned maintenance on board', 'Engine room maintenance'] },
  // réparer les systèmes mécaniques d'un navire / repair vessel mechanical systems
  { id: `${SKILL}6d330bed-8206-43b3-a34b-a41da15c8d73`, fr: ['Mécanique marine', 'Mécanique navale', 'Dépannage mécanique à bord', 'Réparations mécaniques à bord'], en: ['Marine mechanics', 'Marine mechanical repairs', 'Repairs at sea'] },
  // réparer les systèmes électriques d'un navire / repair vessel electrical systems
  { id: `${SKILL}ad6d07b6-ea6b-454d-9d6b-27b622f4903b`, fr: ['Électricité marine', 'Électricité navale', 'Dépannage électrique à bord'], en: ['Marine electrics', 'Marine electrical repairs', 'Boat electrics'] },
  // préparer les moteurs principaux pour les opérations de navigation / prepare main engines for navigation operations
  { id: `${SKILL}09dcef82-f470-49b0-9fa7-795443c79a9d`, fr: ['Préparation de la machine avant appareillage', 'Mise en route des moteurs principaux'], en: ['Main engine start-up', 'Preparing main engines'] },
  // entretenir les mécanismes de gouverne de navires / maintain vessel steering mechanisms
  { id: `${SKILL}b0275474-2d6a-41d7-ac29-163ad5ad07c3`, fr: ['Entretien de l\'appareil à gouverner', 'Appareil à gouverner'], en: ['Ship steering gear maintenance'] },
];
