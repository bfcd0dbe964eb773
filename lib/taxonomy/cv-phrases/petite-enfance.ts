// Petite enfance (auxiliaire de puériculture, assistante maternelle, éducateur de jeunes enfants, agent de crèche,
// nursery nurse): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // répondre aux besoins physiques de base d'enfants / attend to children's basic physical needs
  { id: `${SKILL}beb952e4-8a9c-47af-8a60-c6eb5c5f25bc`, fr: ['Change des bébés', 'Changes des enfants', 'Accompagnement au repas', 'Accompagnement à la sieste', 'Endormissement des enfants', 'Couchers et levers des enfants', 'Apprentissage de la propreté', 'Acquisition de la propreté', 'Habillage des enfants', 'Diversification alimentaire', 'Respect des rythmes de l\'enfant'], en: ['Potty training', 'Toilet training', 'Mealtimes with children', 'Nap times', 'Weaning babies', 'Baby-led weaning'] },
  // puériculture / baby care
  { id: `${SKILL}2362e36f-04e1-44be-b278-ba18ede03d28`, fr: ['Soins du nourrisson', 'Soins de puériculture', 'Bain du nourrisson', 'Bain du bébé', 'Soins aux bébés', 'Toilette du nourrisson', 'Soins d\'hygiène du nourrisson', 'Portage du bébé', 'Section des bébés'], en: ['Infant care', 'Bathing babies', 'Baby room'] },
  // s’occuper de nourrissons nouveau-nés / care for the new-born infant
  { id: `${SKILL}b2b31eeb-a6b6-49cf-aa4a-3307d13fbac2`, fr: ['Soins du nouveau-né', 'Surveillance du nouveau-né', 'Soins en maternité'], en: ['Postnatal baby care'] },
  // évaluer le déroulement de l’allaitement / assess the course of breast-feeding period
  { id: `${SKILL}4a8492b8-55ba-4ffa-b187-4b16d20bacc4`, fr: ['Soutien à l\'allaitement', 'Accompagnement de l\'allaitement', 'Aide à l\'allaitement'], en: ['Breastfeeding support'] },
  // confectionner des préparations pour nourrissons / prepare infant formulae
  { id: `${SKILL}ddc36f84-968f-4ac5-b687-bb2ea787f2f0`, fr: ['Biberonnerie', 'Préparation du lait infantile'], en: ['Bottle feeding', 'Making up feeds', 'Preparing bottles', 'Formula feeds', 'Sterilising bottles', 'Making up formula'] },
  // jouer avec des enfants / play with children
  { id: `${SKILL}94b01483-f13d-48ba-b8a9-ef8f18fcb2dc`, fr: ['Jeux d\'éveil', 'Jeux libres', 'Jeux symboliques', 'Jeux de manipulation', 'Jeux d\'imitation'], en: ['Sensory play', 'Imaginative play', 'Heuristic play', 'Free play', 'Small world play'] },
  // favoriser les activités motrices / facilitate motor skill activities
  { id: `${SKILL}fb608942-5bf8-4d5f-b22b-7f888b07f849`, fr: ['Activités motrices', 'Motricité', 'Parcours de motricité', 'Motricité libre', 'Motricité fine', 'Développement moteur', 'Éveil moteur', 'Parcours moteur'], en: ['Gross motor skills', 'Fine motor skills', 'Physical development activities', 'Motor skills activities'] },
  // aider au développement des compétences personnelles de base d'enfants / assist in children's development of basic personal skills
  { id: `${SKILL}8e09fe66-2649-4179-81ef-91fefa3ceee8`, fr: ['Éveil sensoriel', 'Activités sensorielles', 'Ateliers sensoriels', 'Éveil culturel', 'Éveil musical', 'Acquisition du langage', 'Lecture d\'albums', 'Comptines', 'Raconter des histoires aux enfants', 'Activités manuelles et d\'éveil'], en: ['Early learning', 'Early years learning', 'Communication and language development', 'Sensory activities', 'Story time', 'Circle time', 'Phonics for early years'] },
  // assurer la relation avec les parents des enfants / maintain relations with children's parents
  { id: `${SKILL}efe801a5-8704-4def-8a96-c32f7a6cb9fb`, fr: ['Transmissions orales aux parents', 'Accueil des familles des enfants', 'Adaptation de l\'enfant', 'Familiarisation des enfants', 'Transmissions avec les familles'], en: ['Parent handovers', 'Daily handovers with parents', 'Settling-in sessions', 'Settling in new children', 'Feedback to parents'] },
  // évaluer le développement de jeunes / assess the development of youth
  { id: `${SKILL}28ca596e-5e2f-4149-a28d-42d2c4c20227`, fr: ['Observation de l\'enfant', 'Observation du jeune enfant', 'Grilles d\'observation', 'Suivi du développement de l\'enfant', 'Observations écrites des enfants'], en: ['Learning stories', 'Next steps planning', 'Observation and assessment', 'EYFS profile'] },
  // mettre en œuvre des programmes de soins pour les enfants / implement care programs  for children
  { id: `${SKILL}6b58a6d2-89cf-4ab5-bb62-eb29ae968934`, fr: ['Accueil du jeune enfant', 'Accueil d\'enfants de 0 à 3 ans', 'Accueil des enfants de 0 à 6 ans', 'Projet d\'accueil individualisé', 'Multi-accueil', 'Accueil en crèche', 'Agrément d\'assistante maternelle'], en: ['Early years care', 'Early years practice', 'Toddler room', 'Pre-school room', 'Early Years Foundation Stage', 'Nursery practice'] },
  // contribuer au bien-être des enfants / support children's wellbeing
  { id: `${SKILL}a65fb963-6faf-47b2-a3d9-c4e5e4d833c5`, fr: ['Accompagnement des émotions', 'Gestion des émotions de l\'enfant', 'Bienveillance éducative', 'Verbalisation des émotions', 'Sécurité affective de l\'enfant', 'Accompagnement des séparations'], en: ['Emotional wellbeing of children', 'Children\'s emotional wellbeing', 'Supporting children\'s emotions'] },
  // contribuer à la protection des enfants / contribute to the safeguarding of children
  { id: `${SKILL}995ad47c-bfc5-45fd-91ec-35cad3f7d368`, fr: ['Repérage des signes de maltraitance', 'Repérage des enfants en danger', 'Protection de l\'enfant'], en: ['Safeguarding training', 'Safeguarding and welfare requirements'] },
  // maladies infantiles courantes / common children's diseases
  { id: `${SKILL}7b34134b-eb4c-40da-98a0-98b6190aa93b`, fr: ['Maladies infantiles', 'Pathologies infantiles', 'Maladies de l\'enfant', 'Surveillance de la fièvre chez l\'enfant'], en: ['Childhood illnesses', 'Common childhood illnesses'] },
  // respecter les précautions d’hygiène et de sécurité dans les pratiques d’action sociale / follow health and safety precautions in social care practices
  { id: `${SKILL}5e5d8826-92c4-4274-a6f9-3db6fca9eadc`, fr: ['Protocoles d\'hygiène en crèche', 'Désinfection des jouets', 'Nettoyage des jouets', 'Entretien des jouets', 'Hygiène des locaux en crèche'], en: ['Cleaning toys', 'Nursery hygiene', 'Infection control in childcare'] },
  // appliquer la pédagogie Montessori / apply Montessori teaching strategies
  { id: `${SKILL}20c2011f-c389-49cd-972e-a4809db0476c`, fr: ['Méthode Montessori', 'Activités Montessori', 'Approche Montessori'], en: ['Montessori', 'Montessori method', 'Montessori activities'] },
  // baby-sitting / babysitting
  { id: `${SKILL}a6354281-5578-46ac-a9db-d179d9962b98`, fr: ['Garde partagée', 'Garde de bébés', 'Nounou'], en: ['Nanny', 'Nanny share', 'Maternity nanny'] },
  // superviser des enfants / supervise children
  { id: `${SKILL}f8d4a24c-fb62-444e-9525-7aa5662f440d`, fr: ['Surveillance des enfants en crèche', 'Sécurité des enfants', 'Sécurité physique des enfants'], en: ['Keeping children safe', 'Child safety'] },
  // langue des signes / sign language
  { id: `${SKILL}e2088cd0-b174-468a-adc0-921efdadb337`, fr: ['Signes associés à la parole', 'Bébé signe', 'LSF'], en: ['Baby signing', 'BSL'] },
  // développement physique de l’enfant / children's physical development
  { id: `${SKILL}3ff9d956-3e26-40d1-ae0e-f5f247943042`, fr: ['Développement psychomoteur de l\'enfant', 'Développement psychomoteur du jeune enfant'], en: ['Developmental milestones', 'Child development stages'] },
  // psychologie du développement / developmental psychology
  { id: `${SKILL}868fc91a-f988-48e2-81e5-33e1b3de0ac2`, fr: ['Psychologie de l\'enfant', 'Psychologie du jeune enfant'], en: ['Child psychology'] },
  // mettre au point un concept pédagogique / develop a pedagogical concept
  { id: `${SKILL}bab1c984-b9ab-45d8-90b0-fda90ff4301a`, fr: ['Projet pédagogique de la crèche', 'Élaboration du projet pédagogique', 'Rédaction du projet pédagogique', 'Projet éducatif de la structure'] },
  // communiquer avec des jeunes / communicate with youth
  { id: `${SKILL}b5af495b-61f1-4330-9891-dca56d97d714`, fr: ['Communication adaptée aux enfants', 'Communication bienveillante avec les enfants', 'Communication avec les enfants'], en: ['Communicating with children', 'Communication with young children'] },
  // renforcer un comportement positif / reinforce positive behavior
  { id: `${SKILL}e83d8e27-542c-41d2-859e-bea412a217f4`, fr: ['Éducation positive', 'Discipline positive', 'Éducation bienveillante'], en: ['Positive behaviour strategies'] },
  // assister des enfants ayant des besoins spéciaux en milieu éducatif / assist children with special needs in education settings
  { id: `${SKILL}bcb02777-45be-4166-9448-74a15b6f8136`, fr: ['Accueil d\'enfants en situation de handicap', 'Inclusion des enfants porteurs de handicap', 'Accueil d\'enfants porteurs de handicap'], en: ['SEN support', 'SENCO'] },
  // gérer les problèmes des enfants / manage children's problems
  { id: `${SKILL}07090471-265a-48ec-b744-72b357e801ed`, fr: ['Repérage des troubles du développement', 'Repérage précoce des difficultés de l\'enfant', 'Dépistage précoce des troubles'], en: ['Early identification of needs'] },
  // prodiguer les premiers secours / provide first aid
  { id: `${SKILL}1d21f6ad-340f-45da-a0a3-4e83867f47a6`, fr: ['Premiers secours pédiatriques', 'Gestes d\'urgence pédiatriques', 'Premiers secours enfants et nourrissons'], en: ['Paediatric first aider'] },
  // désinfecter des surfaces / disinfect surfaces (a nursery's rooms and changing tables; its toys are under hygiene precautions)
  { id: `${SKILL}145fb42f-ebee-48e2-bdf8-2e935edc7158`, fr: ['Désinfection des espaces de vie', 'Désinfection des plans de change', 'Désinfection des tables de change'], en: ['Sanitising changing mats'] },
  // jouer avec des enfants / play with children
  { id: `${SKILL}94b01483-f13d-48ba-b8a9-ef8f18fcb2dc`, fr: ['Jeux adaptés à l\'âge', 'Jeux avec les enfants', 'Jeux de société avec les enfants', 'Jeux extérieurs'], en: ['Playing with the children', 'Age-appropriate play'] },
];
