// Animation, périscolaire, soutien scolaire, enseignement, formation d'adultes, garde d'enfants (animateur, AESH, ATSEM,
// formateur, baby-sitter): CV phrasings not already in skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // aider des enfants à faire leurs devoirs / assist children with homework
  { id: `${SKILL}12efe5f2-f7ec-4f03-b359-afba5b9f62de`, fr: ['Aide aux devoirs', 'Soutien scolaire', 'Accompagnement scolaire', 'Cours particuliers', 'Accompagnement aux devoirs'], en: ['Homework help', 'Homework support', 'Tutoring', 'Private tutoring', 'Home tutoring'] },
  // planifier des activités pour des jeunes / plan youth activities
  { id: `${SKILL}114f2179-b625-4333-b9f9-fe6a846a7c36`, fr: ['Accueil collectif de mineurs', 'Centre de loisirs', 'Colonies de vacances', 'Animation jeunesse', 'Accueil périscolaire', 'Périscolaire', 'BAFA', 'Séjours de vacances', 'Grands jeux'], en: ['Holiday clubs', 'Youth work', 'Summer camps', 'After-school club', 'Youth activities'] },
  // superviser des enfants / supervise children
  { id: `${SKILL}f8d4a24c-fb62-444e-9525-7aa5662f440d`, fr: ['Surveillance des enfants', 'Surveillance de cantine', 'Surveillance de la cour', 'Surveillance des récréations', 'Surveillance de la sieste', 'Surveillance des repas', 'Encadrement des enfants', 'Encadrement de groupes d\'enfants', 'Pause méridienne'], en: ['Playground supervision', 'Lunchtime supervision', 'Midday supervision', 'Dinner lady duties'] },
  // préparer le contenu de leçons / prepare lesson content
  { id: `${SKILL}20f57a7f-b90e-4403-8c77-5ddd89b5835b`, fr: ['Préparation des cours', 'Séquences pédagogiques', 'Fiches pédagogiques', 'Conception de supports pédagogiques'], en: ['Lesson planning', 'Lesson preparation', 'Schemes of work'] },
  // maintenir la discipline des élèves / maintain students' discipline
  { id: `${SKILL}5a42eaf5-93bb-4bca-8ebd-4d78e96e4929`, fr: ['Gestion de groupe', 'Gestion des comportements'], en: ['Behaviour management'] },
  // appliquer des stratégies pédagogiques / apply teaching strategies
  { id: `${SKILL}59eb177a-2f30-4943-8b30-5f87dd51a80d`, fr: ['Pédagogie différenciée', 'Différenciation pédagogique', 'Méthodes pédagogiques actives', 'Pédagogie active'], en: ['Differentiated teaching'] },
  // assister des enfants ayant des besoins spéciaux en milieu éducatif / assist children with special needs in education settings
  { id: `${SKILL}bcb02777-45be-4166-9448-74a15b6f8136`, fr: ['Accompagnement des élèves handicapés', 'Aide à la scolarisation', 'Inclusion scolaire', 'Élèves à besoins éducatifs particuliers'], en: ['One-to-one support', '1:1 support'] },
  // assurer une formation / provide training
  { id: `${SKILL}e7329772-d1bc-4a73-837b-d729290d7af2`, fr: ['Animation de formations', 'Formation d\'adultes', 'Face-à-face pédagogique', 'Ingénierie pédagogique'], en: ['Delivering training', 'Training delivery', 'Running training sessions', 'Facilitating workshops'] },
  // évaluer des étudiants / assess students
  { id: `${SKILL}6fe019dd-027f-45f3-b19c-d27f7ae00980`, fr: ['Évaluation des élèves', 'Correction des copies', 'Suivi des progrès des élèves', 'Évaluation des acquis'], en: ['Assessing pupils', 'Marking and assessment'] },
  // organiser des représentations créatives / organize creative performance
  { id: `${SKILL}e927ab40-a135-4a7a-9dfc-b57132741281`, fr: ['Organisation de spectacles', 'Spectacles de fin d\'année', 'Kermesse', 'Fête de l\'école'], en: ['School plays', 'Organising performances', 'Nativity plays'] },
  // baby-sitting / babysitting
  { id: `${SKILL}a6354281-5578-46ac-a9db-d179d9962b98`, fr: ['Sortie d\'école', 'Garde périscolaire'], en: ['Childminding', 'Nannying', 'School runs', 'Childcare'] },
  // gérer une classe / perform classroom management
  { id: `${SKILL}cedd0710-62ae-4ff4-89ae-ac52375f86ec`, fr: ['Tenue de classe'] },
];
