// Sport, fitness, natation (éducateur sportif, coach sportif, fitness instructor, maître-nageur, animateur sportif): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // donner des instructions sportives / instruct in sport
  { id: `${SKILL}dbadb531-2fb9-4361-b80b-9be8c3c54229`, fr: ['Encadrement sportif', 'Enseignement du sport', 'Initiation sportive', 'Séances d\'initiation sportive', 'Encadrement de séances sportives', 'Éducation sportive', 'Enseignement des activités physiques et sportives', 'Multisports'], en: ['Sports coaching', 'Delivering sports sessions', 'Multi-sports', 'Sports instruction', 'Teaching sport'] },
  // exécuter un programme d'entraînement sportif / execute sports training program
  { id: `${SKILL}9bb41cd3-eb0e-4fb3-a345-c9c6ed5d43dd`, fr: ['Conduite des entraînements', 'Encadrement des entraînements', 'Animation des entraînements', 'Séances d\'entraînement', 'Direction des entraînements'], en: ['Leading training sessions', 'Delivering coaching sessions', 'Running coaching sessions'] },
  // planifier un programme d'instruction sportive / plan sports instruction program
  { id: `${SKILL}65baf502-04a6-41c9-962f-9629de5c5a0a`, fr: ['Planification des entraînements', 'Cycles d\'entraînement', 'Périodisation de l\'entraînement', 'Programmation des cycles', 'Planification annuelle des entraînements', 'Cycles d\'apprentissage sportif'], en: ['Coaching plans', 'Session planning for sport'] },
  // préparer une séance d'entraînement / prepare exercise session
  { id: `${SKILL}108ac398-6a84-454a-b56c-8bb0dee1bbf2`, fr: ['Préparation des séances sportives', 'Conception de séances sportives'], en: ['Planning exercise sessions', 'Designing workouts', 'Session plans for exercise classes'] },
  // coacher des jeunes / coach young people
  { id: `${SKILL}87439d9b-b537-4f90-a00a-3ec3bbfec5d1`, fr: ['École de sport', 'Entraînement des jeunes', 'Encadrement des jeunes sportifs', 'École de football', 'École de foot', 'Catégories jeunes', 'Éducateur de football'], en: ['Youth coaching', 'Junior coaching', 'Grassroots coaching'] },
  // intervenir en tant que coach pendant une compétition sportive / coach during a sports competition
  { id: `${SKILL}a5bcb999-ca8d-4b36-afa7-238a14af5888`, fr: ['Coaching en compétition', 'Encadrement en compétition', 'Coaching des matchs', 'Gestion des matchs', 'Accompagnement en compétition'], en: ['Match day coaching', 'Matchday coaching', 'Coaching at competitions'] },
  // donner de la motivation dans les sports / motivate in sports
  { id: `${SKILL}ece81686-331c-4381-bf3f-5ea610d47a7f`, fr: ['Motivation des sportifs', 'Motivation des joueurs', 'Motivation des pratiquants'], en: ['Motivating athletes', 'Motivating players'] },
  // évaluer les performances sportives / assess sportive performance
  { id: `${SKILL}e8a65528-0fe8-499d-8fcc-f2a447c917a6`, fr: ['Analyse de la performance sportive', 'Analyse vidéo des matchs', 'Tests physiques des sportifs'], en: ['Sports performance analysis', 'Match analysis'] },
  // aider des athlètes à garder leur condition physique / support athletes with the maintenance of their condition
  { id: `${SKILL}b75131fa-3b2d-4b51-9cf0-ca256015fe03`, fr: ['Préparation physique', 'Préparation physique des athlètes', 'Préparation physique des joueurs', 'Préparateur physique'], en: ['Strength and conditioning', 'S&C coaching', 'Athletic conditioning'] },
  // gérer des événements sportifs / manage sports events
  { id: `${SKILL}1d4c7049-6aa2-4e88-aeab-54fedaf14911`, fr: ['Organisation de tournois', 'Organisation de compétitions sportives', 'Organisation d\'événements sportifs', 'Tournois sportifs', 'Rencontres sportives'], en: ['Organising tournaments', 'Sports days', 'Sports tournaments'] },
  // appliquer les règles d'un sport / apply sport games rules
  { id: `${SKILL}d596e3d0-5bae-4d1f-87bf-bd5c3442c690`, fr: ['Arbitrage de matchs', 'Arbitrage sportif', 'Arbitrage de rencontres'], en: ['Refereeing', 'Umpiring', 'Refereeing matches'] },
  // faciliter l'activité physique dans la communauté / facilitate physical activity in the community
  { id: `${SKILL}38a7be9c-450b-47e4-a2bc-924fbcf5c0c6`, fr: ['Animation sportive', 'Sport de proximité', 'Activités sportives de loisirs', 'Animations sportives de quartier'], en: ['Community sport', 'Community sports sessions', 'Sport development'] },
  // encourager le développement d'activités sportives dans l'enseignement / support the development of sport activities in education
  { id: `${SKILL}d41993df-a3c2-4d90-81e9-77ce76a5ca17`, fr: ['Interventions sportives en milieu scolaire', 'Sport scolaire', 'Animations sportives dans les écoles', 'Activités sportives périscolaires'], en: ['PE sessions', 'School sports sessions', 'PPA cover', 'After-school sports clubs'] },
  // donner des instructions fiables sur la remise en forme / safely instruct about fitness
  { id: `${SKILL}3f1a52c4-7df0-4f88-a50b-c345714a917e`, fr: ['Cours collectifs en salle de sport', 'Cours de gym', 'Cours de fitness', 'Cours de renforcement musculaire', 'Cardio-training', 'Circuit training', 'Cross-training', 'HIIT', 'Aquagym', 'Aquabike', 'Body pump', 'Les Mills', 'Zumba', 'Cours de cuisses-abdos-fessiers', 'Stretching'], en: ['Group exercise classes', 'Group fitness classes', 'Teaching group exercise', 'Circuit training classes', 'HIIT classes', 'Spin classes', 'Indoor cycling', 'Les Mills', 'Aqua aerobics', 'Boot camp classes', 'Fitness instructing'] },
  // prévoir des programmes d'exercice physique individuels / provide individual exercise programs
  { id: `${SKILL}e402a6d8-0ca8-4230-9bbe-c559a80b7624`, fr: ['Programmes d\'entraînement personnalisés', 'Création de programmes d\'entraînement', 'Programmation de l\'entraînement', 'Programmes de musculation', 'Élaboration de programmes d\'entraînement', 'Programmes d\'entraînement individualisés'], en: ['Exercise programming', 'Writing training programmes', 'Bespoke training programmes', 'Personalised training plans', 'Gym programmes'] },
  // personnaliser un programme sportif / personalize sports program
  { id: `${SKILL}14db3283-8b66-4649-9192-41defda9c33e`, fr: ['Coaching sportif individuel', 'Coaching sportif à domicile', 'Séances de coaching sportif', 'Coaching sportif personnalisé', 'Personal training'], en: ['Personal training', 'PT sessions', 'One-to-one personal training', '1-2-1 personal training'] },
  // recueillir des renseignements sur la condition physique des clients / collect client fitness information
  { id: `${SKILL}ef07f206-1ea8-4dc6-a4b0-1b312a9db47c`, fr: ['Bilan forme', 'Bilan physique', 'Bilan de condition physique', 'Tests de condition physique'], en: ['Fitness assessments', 'Fitness testing', 'Body composition analysis'] },
  // déterminer le niveau de clients d'une salle de remise en forme / screen fitness clients
  { id: `${SKILL}1b9899a4-5b50-44b0-a21a-e2f86c51ac5a`, fr: ['Entretien préalable avec les adhérents'], en: ['PAR-Q', 'Health screening of clients', 'Pre-exercise screening'] },
  // gérer des objectifs de remise en forme / manage fitness goals
  { id: `${SKILL}35565734-b968-49f7-8140-f5bc95ec3df7`, fr: ['Suivi des objectifs des adhérents', 'Programmes de perte de poids', 'Suivi de la progression des adhérents', 'Prise de masse'], en: ['Weight loss programmes', 'Client progress tracking', 'Setting fitness goals'] },
  // motiver les clients d'une salle de remise en forme / motivate fitness clients
  { id: `${SKILL}da624cb9-3d9d-40c8-a2e9-e8fc26085416`, fr: ['Motivation des adhérents', 'Fidélisation des adhérents', 'Suivi motivationnel'], en: ['Motivating clients', 'Member motivation', 'Member retention'] },
  // corriger les clients d'une salle de remise en forme / correct fitness customers
  { id: `${SKILL}95a2acfe-3399-447d-bce1-bbe7c1643703`, fr: ['Correction des postures', 'Correction posturale', 'Correction des mouvements', 'Correction des placements'], en: ['Correcting technique', 'Form correction', 'Correcting exercise technique'] },
  // adapter des exercices de remise en forme / adapt fitness exercises
  { id: `${SKILL}5d589320-2a07-4994-837d-334b57f283d5`, fr: ['Adaptation des exercices', 'Adaptation des exercices au niveau'], en: ['Exercise modifications', 'Adapting exercises', 'Regressions and progressions'] },
  // créer des programmes d'exercice physique afin de remédier aux risques pour la santé / create exercise programs  for health risks
  { id: `${SKILL}6fa43c9c-6178-4046-8b2f-ff5ee131fa33`, fr: ['Sport santé', 'Activité physique adaptée', 'Sport sur ordonnance', 'Réentraînement à l\'effort'], en: ['Exercise referral', 'GP referral scheme', 'Cardiac rehabilitation exercise'] },
  // s'occuper des clients d'une salle de remise en forme / provide fitness customer care
  { id: `${SKILL}65cc8e37-ae2c-4b9e-8813-fc3c6deb6782`, fr: ['Surveillance de la salle de musculation', 'Encadrement en salle de musculation', 'Accueil et conseil des adhérents en salle'], en: ['Gym floor', 'Gym floor supervision', 'Gym inductions', 'Gym floor duties'] },
  // fournir un service aux clients d'une salle de remise en forme / provide fitness customer service
  { id: `${SKILL}b711fd4d-0b1a-4e08-ae16-339bb2430ffd`, fr: ['Accueil des adhérents', 'Gestion des abonnements', 'Inscriptions des adhérents', 'Accueil en salle de sport'], en: ['Gym reception'] },
  // assurer la sécurité d'un environnement d'entraînement / ensure safety of exercise environment
  { id: `${SKILL}50406b39-45ee-4c03-83fe-0ad1a9442695`, fr: ['Sécurité des pratiquants', 'Sécurisation des séances', 'Sécurité en salle de sport'], en: ['Safe exercise environment', 'Gym safety'] },
  // assurer la fourniture des ressources requises pour des activités physiques / ensure the provision of resources for physical activity
  { id: `${SKILL}0ff4d24c-eb91-4794-ab18-9f05739dda40`, fr: ['Gestion du matériel sportif', 'Installation du matériel sportif', 'Vérification du matériel sportif', 'Rangement du matériel sportif'], en: ['Setting up sports equipment', 'Sports equipment checks'] },
  // yoga / yoga
  { id: `${SKILL}3abfda93-0f26-46ac-bf92-d5917047e90b`, fr: ['Cours de yoga', 'Hatha yoga', 'Vinyasa yoga', 'Yoga doux', 'Enseignement du yoga'], en: ['Yoga classes', 'Yoga teaching'] },
  // montrer des exercices de Pilates / deliver Pilates exercises
  { id: `${SKILL}c12f64ca-7dfd-4e4d-b38d-e11ea6c9e7f2`, fr: ['Cours de Pilates', 'Pilates au sol', 'Pilates mat', 'Pilates sur machine'], en: ['Pilates classes', 'Mat Pilates', 'Reformer Pilates', 'Teaching Pilates'] },
  // nutrition sportive / sports nutrition
  { id: `${SKILL}57437c77-18a4-45f2-aedd-5e146fc56681`, fr: ['Diététique du sportif', 'Conseils nutritionnels aux sportifs', 'Alimentation du sportif'], en: ['Nutrition advice for athletes'] },
  // former aux activités de plein air / instruct in outdoor activities
  { id: `${SKILL}2002512b-b7de-4dfd-a5b0-95cda89080d2`, fr: ['Activités de pleine nature', 'Sports de pleine nature', 'APPN', 'Encadrement d\'activités de pleine nature', 'Canoë-kayak', 'Course d\'orientation', 'VTT'], en: ['Outdoor instructing', 'Outdoor education', 'Outdoor pursuits', 'Outdoor activities instructor'] },
  // mener des randonnées pédestres / lead hiking trips
  { id: `${SKILL}4a1d8069-717c-461a-a3e5-746b226e7be7`, fr: ['Accompagnement en randonnée', 'Encadrement de randonnées', 'Accompagnateur en montagne'], en: ['Leading walks', 'Guided walks', 'Hill walking leadership'] },
  // superviser les activités d’une piscine / supervise pool activities
  { id: `${SKILL}610bc2a5-9137-43a9-9c72-b7c491798e0b`, fr: ['Surveillance de bassin', 'Surveillance de baignade', 'Surveillance aquatique', 'BNSSA', 'Surveillance de piscine', 'Surveillance des plages'], en: ['Pool supervision', 'Poolside supervision', 'Lifeguarding', 'Pool lifeguard', 'NPLQ', 'Beach lifeguarding', 'National Pool Lifeguard Qualification'] },
  // consignes de sécurité dans les piscines / swimming pool safety guidelines
  { id: `${SKILL}717c792a-806a-42ca-9d19-f48f0bd6a830`, fr: ['POSS', 'Plan d\'organisation de la surveillance et des secours', 'Règlement intérieur de la piscine', 'Sécurité des baigneurs'], en: ['Pool safety operating procedures', 'PSOP', 'Normal operating procedures and emergency action plan'] },
  // maintenir la qualité des eaux d’une piscine / maintain quality of pool water
  { id: `${SKILL}34ff3561-8eac-43c0-82cc-ed9089ee54e7`, fr: ['Analyse de l\'eau des bassins', 'Traitement de l\'eau des piscines', 'Contrôle de la qualité de l\'eau des bassins', 'Relevés de chlore', 'Analyses de l\'eau de piscine', 'Mesure du chlore et du pH'], en: ['Pool water testing', 'Pool plant operation', 'Pool chemical testing', 'Pool plant operator'] },
  // maintenir la propreté de bassins / maintain pool cleanliness
  { id: `${SKILL}47732e3a-7aff-4323-9a16-e5d2b7cc8643`, fr: ['Nettoyage des bassins', 'Entretien des plages de piscine', 'Nettoyage des plages de bassin', 'Aspirateur de bassin'], en: ['Pool cleaning', 'Poolside cleaning', 'Pool hoovering'] },
  // donner des leçons de natation / give swimming lessons
  { id: `${SKILL}8dd42bbd-0c08-461d-8790-a2ef21adbb73`, fr: ['Cours de natation', 'Leçons de natation', 'Apprentissage de la natation', 'Enseignement de la natation', 'École de natation', 'Bébés nageurs', 'Jardin aquatique', 'Natation scolaire', 'BPJEPS AAN'], en: ['Swimming lessons', 'Swimming teaching', 'Learn to swim', 'Swim England', 'Swimming teacher', 'School swimming'] },
  // styles de nage / swimming styles
  { id: `${SKILL}3652c7df-362c-4b44-a193-52713c566106`, fr: ['Nage libre', 'Dos crawlé', 'Quatre nages', '4 nages'], en: ['Front crawl', 'Breaststroke', 'Backstroke', 'Swimming strokes'] },
  // initier des mesures de sauvetage / initiate life preserving measures
  { id: `${SKILL}5cc97a45-69fc-4f37-a973-402d5ac561ac`, fr: ['Sauvetage aquatique', 'Sauvetage en milieu aquatique', 'Techniques de sauvetage', 'Secours aquatique', 'Sauvetage de noyés', 'Interventions de sauvetage'], en: ['Water rescue', 'Aquatic rescue', 'Rescue techniques', 'Lifesaving skills', 'Lifesaving'] },
  // réanimation / resuscitation
  { id: `${SKILL}8bd49d04-ab2f-4333-b5d9-12d716e4e2f6`, fr: ['Réanimation cardio-pulmonaire', 'Massage cardiaque', 'Gestes de réanimation'], en: ['Cardiopulmonary resuscitation', 'Basic life support'] },
  // défibrillation / defibrillation
  { id: `${SKILL}b7ff512a-8bce-4918-b11b-7c388892472c`, fr: ['Défibrillateur', 'Défibrillateur automatisé externe', 'Utilisation du DAE'], en: ['Using a defibrillator', 'AED trained'] },
];
