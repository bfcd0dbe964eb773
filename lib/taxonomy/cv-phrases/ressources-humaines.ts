// Ressources humaines (assistant RH, chargé de recrutement, gestionnaire paie et administration du personnel): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // recruter les employés / recruit employees
  { id: `${SKILL}496932f1-0b6b-4f73-9432-d95c7ddcd43b`, fr: ['Recrutement', 'Tri des CV', 'Présélection des candidats', 'Sourcing de candidats', 'Diffusion des offres d\'emploi', 'Processus de recrutement'], en: ['Recruitment', 'CV screening', 'Shortlisting', 'Sourcing candidates', 'End-to-end recruitment'] },
  // réaliser des interviews / perform interviews
  { id: `${SKILL}4d313147-b39d-413f-a5e2-b12d5f0dc9e6`, fr: ['Entretiens de recrutement', 'Entretiens d\'embauche', 'Conduite d\'entretiens', 'Entretiens téléphoniques de présélection'], en: ['Interviewing candidates', 'Telephone screening', 'Competency-based interviews'] },
  // rédiger une offre d’emploi / write job descriptions
  { id: `${SKILL}b3d9442d-1fb8-46cd-a947-154a42221f28`, fr: ['Rédaction d\'annonces'], en: ['Job adverts', 'Job descriptions'] },
  // gérer l'administration du personnel / keep personal administration
  { id: `${SKILL}9df34bc3-25d4-4452-a896-4d19b94ef896`, fr: ['Administration du personnel', 'Gestion administrative du personnel', 'Contrats de travail', 'DPAE', 'Registre du personnel', 'Dossiers du personnel', 'Déclarations sociales'], en: ['HR administration', 'Personnel files', 'Employment contracts', 'Right to work checks'] },
  // contrôler les absences de salariés / monitor staff absences
  { id: `${SKILL}40005305-4541-4da7-9f76-abab74f0bc51`, fr: ['Gestion des absences', 'Suivi des absences', 'Gestion des congés', 'Arrêts maladie'], en: ['Absence management', 'Holiday requests', 'Sickness absence', 'Attendance monitoring'] },
  // identifier les besoins de formation / identify training needs
  { id: `${SKILL}4dafe480-f2ae-46b5-bd5e-8d4e538f50c7`, fr: ['Plan de formation', 'Plan de développement des compétences', 'Recueil des besoins en formation', 'Gestion de la formation'], en: ['Training needs analysis', 'Learning and development'] },
  // évaluer des employés / evaluate employees
  { id: `${SKILL}8b9332c7-2551-4527-9a64-a615713d8b02`, fr: ['Entretiens annuels', 'Entretiens professionnels', 'Entretiens d\'évaluation', 'Conduite des entretiens annuels', 'Conduite des entretiens d\'évaluation'], en: ['Performance appraisals', 'Appraisals', 'Performance reviews'] },
  // se mettre en relation avec des responsables syndicaux / liaise with union officials
  { id: `${SKILL}3e4776e7-dd79-4a18-b334-6e8f9e989a49`, fr: ['Dialogue social', 'Relations sociales', 'Relations avec les IRP', 'Relations avec les partenaires sociaux', 'CSE'], en: ['Industrial relations', 'Trade union liaison'] },
  // assurer de bonnes relations de travail / maintain working relationships
  { id: `${SKILL}18119ac9-9e43-4da3-8b79-45dd75fe6510`, en: ['Employee relations'] },
  // gérer des salaires / manage payroll
  { id: `${SKILL}9d916d7c-89b3-4084-a6d9-e2b0b3091404`, fr: ['Politique de rémunération'], en: ['Pay and benefits', 'Compensation and benefits'] },
  // présenter des nouveaux employés / introduce new employees
  { id: `${SKILL}9d9ba780-4aa2-43d2-888c-95a41a713fb9`, fr: ['Onboarding', 'Intégration des nouveaux salariés', 'Intégration des nouveaux collaborateurs', 'Parcours d\'intégration', 'Accueil des nouveaux arrivants'], en: ['Onboarding', 'New starter inductions'] },
  // former le personnel / train employees (newcomers and temps trained by the person on the floor)
  { id: `${SKILL}e54ff029-1ce9-447d-a5b2-eb7283a23e6e`, fr: ['Formation des intérimaires', 'Formation des nouveaux embauchés', 'Tutorat des nouveaux embauchés', 'Tutorat des intérimaires', 'Accueil et formation des nouveaux arrivants', 'Formation des nouveaux collaborateurs', 'Formation des apprentis', 'Formation des extras'], en: ['Training new starters', 'Inducting new starters', 'Training new staff', 'Training new recruits', 'Training new team members', 'Staff training', 'Training new colleagues', 'Inducting new staff'] },
];
