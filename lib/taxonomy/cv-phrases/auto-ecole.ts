// Enseignement de la conduite (moniteur d'auto-école, enseignant de la conduite et de la sécurité routière, secrétaire d'auto-école; UK driving instructor ADI):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // enseigner les pratiques de conduite / teach driving practices
  { id: `${SKILL}a3b516b1-a711-4add-b0de-9f3d05c4b461`, fr: ['Leçons de conduite', 'Cours de conduite', 'Enseignement de la conduite', 'Formation pratique à la conduite', 'Véhicule à double commande', 'Simulateur de conduite', 'Leçons sur simulateur', 'REMC', 'BEPECASER', 'Titre professionnel ECSR', 'Mention deux-roues', 'Enseignement de la conduite moto', 'Formation plateau moto', 'Enseignement des manœuvres', 'Leçons sur autoroute'], en: ['Driving lessons', 'Delivering driving lessons', 'Driving tuition', 'Teaching learner drivers', 'Dual control car', 'Driving simulator', 'Motorcycle instruction', 'CBT motorcycle training', 'ADI Part 3', 'DVSA standards check', 'Motorway lessons', 'Teaching manoeuvres'] },
  // enseigner la théorie de la conduite / teach driving theory
  { id: `${SKILL}bc730f20-5fc8-40c8-8786-0b3085dd159d`, fr: ['Enseignement du code de la route', 'Cours de code de la route', 'Séances de code de la route', 'Formation au code de la route', 'Enseignement théorique de la conduite', 'Préparation des élèves à l\'ETG'], en: ['Theory test tuition', 'Teaching the Highway Code', 'Hazard perception training', 'Driving theory lessons'] },
  // lois sur la circulation routière / road traffic laws
  { id: `${SKILL}48f480aa-c9a8-4552-b1c5-e94330912257`, fr: ['Code de la route', 'Connaissance du code de la route', 'Réglementation routière', 'Législation routière'], en: ['Highway Code', 'Rules of the road'] },
  // examens de conduite / driving examinations
  { id: `${SKILL}7537779b-152c-49e0-ad65-861e0419c01d`, fr: ['Préparation des élèves à l\'examen du permis', 'Présentation des élèves à l\'examen', 'Préparation des candidats au permis'], en: ['Driving test preparation', 'Mock driving tests'] },
  // gestion des permis de conduire / driver's license structure
  { id: `${SKILL}e360f126-5c8d-4398-a746-a53f9ec59b7f`, fr: ['Catégories de permis de conduire', 'Réglementation des permis de conduire', 'Permis à points', 'Demandes de permis ANTS', 'Numéro NEPH'], en: ['Driving licence categories', 'Provisional licence applications'] },
  // commandes d'une voiture / car controls
  { id: `${SKILL}1b1c2d44-c487-4121-a2ed-dcda651f4d59`, fr: ['Maîtrise du véhicule', 'Maniement du véhicule'], en: ['Vehicle control', 'Clutch control'] },
  // évaluer des étudiants / assess students
  { id: `${SKILL}6fe019dd-027f-45f3-b19c-d27f7ae00980`, fr: ['Évaluation de départ', 'Évaluation initiale des élèves conducteurs'], en: ['Initial driving assessment', 'Assessing learner drivers'] },
  // observer les progrès d'élèves / observe student's progress
  { id: `${SKILL}3377f3b2-4ba2-457f-b29d-8df59e8cfba8`, fr: ['Suivi de la progression des élèves', 'Fiche de suivi de l\'élève'], en: ['Pupil progress records', 'Tracking pupil progress', 'Learner progress tracking'] },
  // adapter l'enseignement aux capacités des étudiants / adapt teaching to student's capabilities
  { id: `${SKILL}573d3f91-c81c-407e-a56d-0f3a63272b43`, fr: ['Pédagogie adaptée', 'Enseignement individualisé', 'Pédagogie individualisée'], en: ['Client-centred learning', 'Client-centred teaching', 'Pupil-centred teaching'] },
  // faire des commentaires constructifs / give constructive feedback
  { id: `${SKILL}b9bb1f03-15e2-4079-943e-7e483b21725b`, fr: ['Bilan de fin de leçon', 'Débriefing des leçons', 'Débriefing pédagogique'], en: ['Lesson debriefs', 'Reflective feedback'] },
  // conduire une voiture automatique / drive automatic car
  { id: `${SKILL}0337c577-f837-4518-9263-b753c24f3a21`, fr: ['Conduite en boîte automatique', 'Leçons en boîte automatique'], en: ['Automatic lessons'] },
  // conduire de manière défensive / perform defensive driving
  { id: `${SKILL}fe490139-ccc4-4b82-ab55-5c6708cb0e30`, fr: ['Conduite défensive', 'Conduite préventive', 'Conduite anticipative'] },
  // appliquer des techniques de conduite avancées / apply advanced driving techniques
  { id: `${SKILL}a9164d4f-2563-4a08-bc79-44e58bf3007c`, fr: ['Conduite sur piste glissante'], en: ['Advanced driving', 'IAM advanced driving', 'RoSPA advanced driving', 'Skid pan training'] },
  // informer le public sur la sécurité routière / educate public on road safety
  { id: `${SKILL}83d57165-ecba-4a8b-ad28-e71630f961a0`, fr: ['Sensibilisation à la sécurité routière', 'Prévention routière', 'Éducation routière', 'Actions de sécurité routière', 'Stages de récupération de points', 'Stages de sensibilisation à la sécurité routière'], en: ['Road safety education', 'Road safety awareness', 'Speed awareness courses', 'Road safety talks'] },
  // garantir la mise en œuvre de pratiques de conduite sécuritaires / ensure implementation of safe driving practices
  { id: `${SKILL}20a7df5e-f388-4073-b3e2-4bf7a4c46f28`, fr: ['Prévention du risque routier', 'Risque routier professionnel', 'Formation des salariés au risque routier'], en: ['Fleet driver training', 'Driver risk assessment', 'Occupational road risk'] },
  // dispenser un enseignement spécialisé à des élèves ayant des besoins spéciaux / provide specialized  instruction for special needs students
  { id: `${SKILL}2b2d7c6a-229a-40ba-80f3-b5b5766161a0`, fr: ['Enseignement de la conduite aux personnes handicapées', 'Formation des conducteurs handicapés'], en: ['Teaching disabled drivers', 'Adapted vehicle tuition'] },
  // enseigner en présentant des exemples personnels / demonstrate when teaching
  { id: `${SKILL}b32e593b-cc7f-4f38-bf50-e69431ec7ada`, fr: ['Démonstrations commentées', 'Conduite commentée'], en: ['Demonstration drives'] },
  // gérer des rendez-vous / administer appointments
  { id: `${SKILL}933e7ccf-5d56-46ba-aca4-857f826a6b3a`, fr: ['Planning des leçons de conduite', 'Planning des moniteurs'], en: ['Booking driving lessons', 'Lesson scheduling', 'Lesson bookings'] },
  // organiser des examens / administer exams
  { id: `${SKILL}e952e573-6a42-4d57-ab9e-70902547cf48`, fr: ['Inscription aux examens du permis', 'Réservation des places d\'examen', 'Gestion des places d\'examen', 'RdvPermis'], en: ['Booking driving tests'] },
  // aider des étudiants lors de leur inscription / assist students with their enrolment
  { id: `${SKILL}223dcb57-20cf-4caa-88a3-809df043acbb`, fr: ['Inscription des élèves', 'Inscriptions des élèves au permis', 'Constitution des dossiers d\'inscription'], en: ['Pupil enrolment', 'Enrolling learner drivers'] },
  // aider des étudiants dans leur apprentissage / assist students in their learning
  { id: `${SKILL}d5e1e30e-44ab-4aba-abab-b8263e801b7a`, fr: ['Accompagnement des élèves conducteurs', 'Accompagnement des candidats au permis'], en: ['Supporting learner drivers'] },
  // vendre des services / sell services
  { id: `${SKILL}0eb05180-6927-4c35-b898-176e00d0488c`, fr: ['Vente de forfaits de conduite', 'Vente de formules permis', 'Vente de forfaits de leçons'], en: ['Selling lesson packages', 'Selling driving lesson packages'] },
  // programmes d'aide financière aux études / student financial aid programs
  { id: `${SKILL}ff24c97f-dbb9-4b02-bf03-4cbe8aecb371`, fr: ['Permis à 1 euro par jour', 'Financement CPF du permis', 'Financement du permis de conduire'] },
];
