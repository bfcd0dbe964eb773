// Trade phrasings (see cv-phrase.ts), trade family: formation-insertion. CV phrasings not already in the other files.
// Formateur d'adultes, formateur professionnel, ingénieur pédagogique, conseiller en insertion professionnelle (CIP),
// chargé d'accompagnement, conseiller emploi, médiateur social, coordinateur de dispositif; UK trainer, learning and
// development officer, employment adviser, job coach, careers adviser, youth worker.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // Ingénierie de formation et pédagogique
  // développer des programmes de formation / develop training programs
  { id: `${SKILL}517f678e-001b-4985-acb4-9edc3500d74c`, fr: ['Ingénierie de formation', 'Conception de parcours de formation', 'Conception de programmes de formation', 'Conception de formations', 'Construction de parcours de formation'], en: ['Training programme design', 'Course design'] },
  // modèles d’ingénierie pédagogique / instructional design models
  { id: `${SKILL}e3145bd7-7f35-44ec-a5dc-4417c5c9ab9a`, fr: ['Conception pédagogique', 'Modèle ADDIE', 'Design pédagogique', 'Scénarisation pédagogique'], en: ['Instructional design', 'ADDIE model', 'Learning design'] },
  // préparer des programmes de formation professionnelle / prepare syllabuses for vocational courses
  { id: `${SKILL}d18527e9-68ee-4977-965d-84a366dce971`, fr: ['Déroulés pédagogiques', 'Conducteur pédagogique', 'Progression pédagogique', 'Rédaction de programmes de formation'], en: ['Session plans', 'Schemes of learning', 'Syllabus design'] },
  // créer du matériel de formation / create training materials
  { id: `${SKILL}4c5d616e-f6d8-4fb4-8ce6-89a4b048b916`, fr: ['Conception de supports de formation', 'Création de supports de formation', 'Rédaction de supports de formation', 'Livret stagiaire', 'Guide du formateur'], en: ['Training manuals', 'Course materials', 'Trainer guides'] },
  // évaluer une formation / evaluate training
  { id: `${SKILL}728ad40d-4a79-4b4d-b77b-a48d094d73fa`, fr: ['Évaluation à chaud', 'Évaluation à froid', 'Questionnaires de satisfaction des stagiaires', 'Modèle de Kirkpatrick'], en: ['Kirkpatrick model'] },
  // analyse des besoins d'apprentissage / learning needs analysis
  { id: `${SKILL}135192cb-84e4-4b70-8946-fbe5041b26cd`, fr: ['Positionnement pédagogique', 'Tests de positionnement', 'Positionnement des stagiaires', 'Diagnostic des acquis'], en: ['Initial assessments of learners', 'Diagnostic assessment', 'Initial assessment'] },
  // élaborer des plans d'apprentissage individuels / construct individual learning plans
  { id: `${SKILL}29ca8fd4-40c1-494c-85ea-525f1ab4aa8c`, fr: ['Individualisation des parcours', 'Plan individuel de formation', 'Parcours de formation individualisé'], en: ['Individual learning plans', 'ILPs'] },
  // éducation des adultes / adult education
  { id: `${SKILL}60856bbb-e5db-4398-babb-300a24a7fe97`, fr: ['Pédagogie des adultes', 'Andragogie'], en: ['Adult learning', 'Andragogy', 'Teaching adult learners'] },

  // Animation de formation, évaluation des stagiaires
  // dispenser une formation technique / provide technical training
  { id: `${SKILL}d54a1355-05c8-45eb-9c42-267d2cfcdf44`, fr: ['Formation aux gestes professionnels', 'Transmission des gestes professionnels', 'Formation au poste de travail'], en: ['Technical training', 'On-the-job training', 'Hands-on training'] },
  // dispenser une formation complémentaire / teach further education
  { id: `${SKILL}f7dcf2e2-95f6-4061-a977-8d4c16dbceb2`, en: ['FE teaching', 'PTLLS', 'Level 3 Award in Education and Training', 'CTLLS', 'DTLLS'] },
  // fournir une formation en ligne / deliver online training
  { id: `${SKILL}0d7f2cce-245a-4d02-9b8d-2e9946cc4c5d`, fr: ['Classes virtuelles', 'Animation de classes virtuelles', 'Formation en distanciel', 'Animation en distanciel', 'Webinaires de formation'], en: ['Virtual classroom delivery', 'Remote training delivery', 'Webinar delivery'] },
  // formation en ligne / e-learning
  { id: `${SKILL}5f5e9350-1d13-4391-b9e1-07f6b2047fc5`, fr: ['Formation à distance', 'FOAD', 'Formation hybride', 'Formation multimodale', 'Digital learning'], en: ['Blended learning', 'Digital learning', 'Online learning'] },
  // concevoir des cours en ligne / design web-based courses
  { id: `${SKILL}3d957fb2-b8f4-4b4c-b955-23299c761ad5`, fr: ['Conception de modules e-learning', 'Création de modules e-learning', 'Articulate Storyline', 'Articulate Rise', 'Adobe Captivate', 'Rapid learning'], en: ['E-learning development', 'E-learning module design', 'Articulate Storyline', 'Articulate Rise 360', 'Adobe Captivate', 'Rapid authoring'] },
  // concevoir du matériel pédagogique numérique / develop digital educational materials
  { id: `${SKILL}b6d14ab8-3441-4cbe-8a0e-5b4f7f994730`, fr: ['Ressources pédagogiques numériques', 'Supports pédagogiques numériques', 'Genially', 'Capsules vidéo pédagogiques'], en: ['Digital learning resources', 'Educational videos'] },
  // systèmes de gestion de l’apprentissage / learning management systems
  { id: `${SKILL}6c80d53c-d8c9-41fe-998f-091fca208834`, fr: ['360Learning', 'Plateforme de formation en ligne'], en: ['Totara'] },
  // évaluer des étudiants / assess students
  { id: `${SKILL}6fe019dd-027f-45f3-b19c-d27f7ae00980`, fr: ['Évaluation des stagiaires', 'Évaluation des apprenants', 'Suivi pédagogique des stagiaires'], en: ['Assessing learners', 'NVQ assessing', 'TAQA', 'Assessor award'] },
  // préparer des examens pour les formations professionnelles / prepare examinations for vocational courses
  { id: `${SKILL}e1c21024-c2d4-4374-a886-61562d37c293`, fr: ['Conception des évaluations', 'Mises en situation professionnelle'], en: ['Assessment design', 'Writing assessments'] },
  // faire passer des examens à des apprentis / conduct examination processes for apprentices
  { id: `${SKILL}d5e78e67-0a38-4336-aef5-154af620bb74`, fr: ['Jury de titre professionnel', 'Membre de jury', 'Jury d\'examen', 'Jury de certification', 'Sessions de validation'], en: ['End-point assessment', 'Apprenticeship assessment', 'Assessing apprentices'] },
  // guider des employés / mentor individual employees
  { id: `${SKILL}fb9c12af-ec45-498a-8e52-891371191557`, fr: ['Tutorat d\'apprentis', 'Tutorat en entreprise', 'Tutorat des alternants', 'Accompagnement des alternants'], en: ['Supporting apprentices', 'Workplace mentoring'] },
  // intervenir en tant que coach auprès des travailleurs / coach employees
  { id: `${SKILL}0cc9c234-f817-4f4c-908a-4d28fe3b0f4a`, fr: ['Coaching professionnel', 'Coaching de managers'], en: ['Workplace coaching'] },
  // parrainer des individus / mentor individuals
  { id: `${SKILL}a584a638-a2c0-4b3c-bdf3-a64f87225be9`, fr: ['Mentorat', 'Parrainage vers l\'emploi', 'Parrainage de jeunes'], en: ['Peer mentoring', 'Mentoring young people', 'Mentoring scheme'] },
  // enseigner les rudiments de la lecture comme pratique sociale / teach literacy as a social practice
  { id: `${SKILL}2c66f1a3-0f4c-498c-acbe-1b369dfcb6f2`, fr: ['Alphabétisation', 'Lutte contre l\'illettrisme', 'Savoirs de base', 'Ateliers sociolinguistiques', 'Ateliers savoirs de base'], en: ['Adult literacy', 'Literacy classes', 'Functional Skills English'] },
  // enseigner des compétences arithmétiques de base / teach basic numeracy skills
  { id: `${SKILL}1c8cf387-396b-4311-af1f-87f404bb1aa1`, fr: ['Remise à niveau en mathématiques', 'Remise à niveau en calcul'], en: ['Functional Skills maths', 'Adult numeracy', 'Numeracy classes'] },
  // enseigner les langues / teach languages
  { id: `${SKILL}a9ead737-a7cd-4046-adea-1ff7326db09f`, fr: ['Enseignement du FLE', 'Cours de FLE', 'Didactique du FLE', 'Formation linguistique des migrants'] },
  // donner des cours d'anglais langue étrangère / teach ESOL language class
  { id: `${SKILL}3f8669a4-402d-4479-8772-98e4c0a79919`, en: ['ESOL teaching', 'ESOL classes'] },

  // Insertion professionnelle, emploi, orientation
  // aider à une recherche d'emploi / provide assistance with job search
  { id: `${SKILL}7903f946-aeff-4024-b146-8e48018d4eb9`, fr: ['Accompagnement des demandeurs d\'emploi', 'Suivi de demandeurs d\'emploi', 'Portefeuille de demandeurs d\'emploi', 'Aide à la rédaction de CV', 'Rédaction de CV et lettres de motivation'], en: ['Jobseeker support', 'Managing a caseload of jobseekers'] },
  // faciliter l’accès au marché du travail / facilitate job market access
  { id: `${SKILL}71057622-0cc1-4cce-b36c-b32a7071b017`, fr: ['Insertion des jeunes', 'Accompagnement des jeunes vers l\'emploi', 'Accompagnement des bénéficiaires du RSA'], en: ['Supporting NEET young people', 'NEET engagement', 'Employability programmes'] },
  // préparer quelqu’un pour un entretien d’embauche / prepare for job interview
  { id: `${SKILL}929e89f9-ac69-4bcb-9eea-37257aa5aff9`, fr: ['Simulations d\'entretien', 'Simulation d\'entretien d\'embauche', 'Préparation aux entretiens d\'embauche', 'Préparation à l\'entretien'], en: ['Mock interviews', 'Interview preparation', 'Interview skills coaching'] },
  // organiser des ateliers de recherche d'emploi / organize job search workshops
  { id: `${SKILL}b343772a-0442-439c-b955-6d8a393bccc7`, fr: ['Ateliers TRE', 'Ateliers CV', 'Ateliers de recherche d\'emploi', 'Animation d\'ateliers emploi', 'Clubs de recherche d\'emploi'], en: ['Job clubs', 'Employability workshops', 'CV workshops', 'Job search workshops'] },
  // coacher des clients / coach clients
  { id: `${SKILL}fcd7dbd4-095d-448d-b605-89e8ac6a3d92`, fr: ['Coaching emploi', 'Job coaching', 'Coaching de demandeurs d\'emploi'], en: ['Job coaching', 'Employment coaching', 'Confidence building'] },
  // offrir des services d'orientation professionnelle / provide career counseling
  { id: `${SKILL}fd88851f-4d1d-4de8-aee1-4464c3012969`, fr: ['Orientation professionnelle', 'Réalisation de bilans de compétences', 'Conduite de bilans de compétences', 'Conseil en orientation', 'Bilan d\'orientation', 'Tests d\'intérêts professionnels', 'RIASEC'], en: ['Careers guidance', 'Careers advice', 'CEIAG', 'Career counselling'] },
  // donner des conseils sur l’évolution professionnelle / advise on career
  { id: `${SKILL}855f15f1-3add-44b9-a724-7d0be617fdb2`, fr: ['Conseil en évolution professionnelle', 'Accompagnement des transitions professionnelles', 'Accompagnement à la reconversion', 'Accompagnement au projet professionnel', 'Aide à l\'élaboration du projet professionnel'], en: ['Career coaching', 'Career development advice', 'Career change support', 'Career planning'] },
  // donner des conseils sur une formation / advise on training courses
  { id: `${SKILL}90267570-aad1-4c54-9c9c-5a1a5847a819`, fr: ['Conseil en formation', 'Information sur les dispositifs de formation', 'Mobilisation du CPF', 'Montage de dossiers de financement de formation', 'Accompagnement VAE'], en: ['Advice on training options', 'Recognition of prior learning', 'Training funding advice'] },
  // marché du travail / labor market
  { id: `${SKILL}d9a3cb06-d6e0-4a64-88a6-9a8e11a99c93`, fr: ['Connaissance du bassin d\'emploi', 'Marché de l\'emploi local', 'Connaissance du tissu économique local', 'Métiers en tension'], en: ['Local labour market', 'Labour market information', 'LMI'] },
  // offres d’emploi / job market offers
  { id: `${SKILL}38a5c459-c591-4f76-a358-37de342bb11d`, fr: ['Captation d\'offres', 'Marché caché de l\'emploi'], en: ['Hidden job market', 'Vacancy sourcing'] },
  // établir des relations d'affaires / build business relationships
  { id: `${SKILL}dc72ad0a-c5dc-4abd-bc0d-ca43e82162e1`, fr: ['Relations entreprises', 'Démarchage des employeurs', 'Développement du réseau d\'entreprises'], en: ['Employer engagement', 'Employer liaison', 'Job brokerage', 'Business engagement'] },
  // réinsertion professionnelle / vocational rehabilitation
  { id: `${SKILL}84a67aa9-1d83-4122-a381-cef8c770c8db`, fr: ['Maintien dans l\'emploi', 'Insertion des travailleurs handicapés', 'Accompagnement RQTH'], en: ['Vocational rehab', 'Disability employment support'] },
  // rendre des comptes sur des subventions / report on grants
  { id: `${SKILL}0b6cc8e4-b34d-4631-9061-3ba839ecc640`, fr: ['Bilans aux financeurs', 'Reporting aux financeurs', 'Bilans d\'activité du dispositif'], en: ['Contract monitoring returns'] },

  // Médiation sociale, travail de jeunesse
  // médiation sociale / social mediation
  { id: `${SKILL}2b3ac8b9-a5bd-4ec1-bb9a-f499fb3aa8d3`, fr: ['Médiation interculturelle', 'Gestion des conflits de voisinage', 'Médiation en milieu scolaire'], en: ['Conflict mediation', 'Mediation services'] },
  // communiquer avec des jeunes / communicate with youth
  { id: `${SKILL}b5af495b-61f1-4330-9891-dca56d97d714`, fr: ['Écoute des jeunes'], en: ['Engaging young people', 'Building rapport with young people'] },
  // aider les jeunes à adopter une attitude positive / support the positiveness of youths
  { id: `${SKILL}4a874516-eb34-4dc1-833d-864c5a448db2`, fr: ['Valorisation des jeunes', 'Travail sur l\'estime de soi des jeunes'], en: ['Building resilience in young people', 'Self-esteem work with young people'] },
  // encourager le travail des jeunes au sein des communautés locales / promote youth work in the local community
  { id: `${SKILL}4381b317-c2c9-48a4-be25-f89b6291b0bf`, fr: ['Participation des jeunes', 'Engagement des jeunes'], en: ['Youth participation', 'Youth voice', 'Youth engagement'] },
];
