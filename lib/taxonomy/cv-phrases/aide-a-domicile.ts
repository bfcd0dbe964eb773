// Aide à domicile, auxiliaire de vie, accompagnement du handicap, services à la personne: CV phrasings not already in
// skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // apporter une aide à domicile aux personnes handicapées / provide in-home support for disabled individuals
  { id: `${SKILL}1e0ed685-0696-405d-bfa3-dd6ab3751baf`, fr: ['Accompagnement de personnes en situation de handicap', 'Aide aux personnes handicapées', 'Accompagnement du handicap'], en: ['Learning disability support', 'Supported living'] },
  // encourager les usagers des services sociaux à préserver leur indépendance dans leurs activités quotidiennes / encourage social service users to preserve their independence in their daily activities
  { id: `${SKILL}7e57eb3c-092b-4307-ad1c-c65f55adbc4e`, fr: ['Stimulation de l\'autonomie', 'Maintien de l\'autonomie', 'Préservation de l\'autonomie', 'Favoriser l\'autonomie'], en: ['Promoting independence', 'Maintaining independence', 'Enabling independence'] },
  // aider les usagers de services sociaux ayant des capacités physiques réduites / assist social service users with physical disabilities
  { id: `${SKILL}8ef1b45e-8499-4b1b-91f7-f8278bbb7767`, fr: ['Aide à la mobilité', 'Aide aux déplacements', 'Aide à la marche', 'Accompagnement aux déplacements'], en: ['Mobility support', 'Mobility assistance', 'Help with mobility'] },
  // promouvoir la prévention contre l’isolement social / promote prevention of social isolation
  { id: `${SKILL}f771d20c-815b-43e1-9355-b7f3f63a0b23`, fr: ['Rompre l\'isolement', 'Lutte contre l\'isolement', 'Tenir compagnie', 'Compagnie et conversation', 'Présence et compagnie'], en: ['Companionship', 'Befriending', 'Social companionship'] },
  // prévenir les accidents domestiques / prevent domestic accidents
  { id: `${SKILL}09afa68b-1fdf-4a42-bf4e-979331fded48`, fr: ['Prévention des chutes', 'Prévention des risques domestiques', 'Sécurisation du domicile'], en: ['Falls prevention', 'Preventing falls', 'Home safety checks'] },
  // effectuer des tâches de nettoyage / perform cleaning duties
  { id: `${SKILL}4f1b6304-f54a-42f0-9604-5427a28d240f`, fr: ['Entretien du logement', 'Ménage à domicile', 'Tâches ménagères', 'Entretien courant du domicile', 'Travaux ménagers'], en: ['Domestic cleaning', 'Housework', 'Household chores', 'Light housework'] },
  // aider des personnes handicapées à participer à des activités communautaires / assist disabled individuals to participate in community activities
  { id: `${SKILL}0f298334-ae4a-4ab7-96c2-0d90d2883768`, fr: ['Accompagnement aux sorties', 'Sorties et loisirs', 'Accompagnement aux activités extérieures', 'Accompagnement aux loisirs'], en: ['Community outings', 'Accessing the community'] },
  // communiquer avec d’autres personnes importantes pour les usagers / communicate with others who are significant to service users
  { id: `${SKILL}73e3598d-e01d-4cbd-b786-cd85bf54395c`, fr: ['Lien avec les familles', 'Relation avec les familles', 'Échanges avec la famille', 'Liaison avec les proches', 'Accueil des familles des résidents'], en: ['Liaising with families', 'Family liaison'] },
  // tenir des registres de travail avec les usagers / maintain records of work with service users
  { id: `${SKILL}bd17a64e-a9bd-439d-9b87-01c6bb1b7e09`, fr: ['Cahier de liaison', 'Fiches de liaison'], en: ['Daily logs', 'Communication book', 'Daily records'] },
  // laver du linge de maison / clean household linens
  { id: `${SKILL}288cca5e-5a5d-491a-b074-bcb31ee9fb7d`, fr: ['Entretien du linge à domicile', 'Linge et repassage'], en: ['Laundry and ironing', 'Washing and ironing'] },
  // accompagner des personnes / accompany people (outings, shopping, appointments)
  { id: `${SKILL}ab89ad86-1098-44bb-9465-05af5624557c`, fr: ['Accompagnement aux rendez-vous médicaux', 'Accompagnement aux rendez-vous', 'Accompagnement aux courses', 'Accompagnement extérieur'], en: ['Escorting clients to appointments', 'Accompanying clients to appointments', 'Accompanying clients shopping'] },
  // laver du linge / wash the laundry
  { id: `${SKILL}04838ae5-a737-48a0-a782-3d1b6b6cb75b`, fr: ['Lessive', 'Lavage et repassage du linge', 'Lessive et repassage'], en: ['Doing the laundry'] },
  // aider à administrer des médicaments à des personnes âgées / assist in the administration of medication to elderly
  // (a home carer reminds and helps; a nurse administers)
  { id: `${SKILL}d2f78372-c23b-41ef-bce3-2874f587579c`, fr: ['Aide à la prise du traitement', 'Rappel de la prise des médicaments'], en: ['Prompting medication', 'Assisting with medication'] },
  // faire des courses / buy groceries
  { id: `${SKILL}71deea7b-d8a0-42de-9d85-2d6a506dade4`, fr: ['Courses pour les bénéficiaires', 'Courses et petites commissions'], en: ['Shopping and errands', 'Doing the shopping', 'Food shopping for clients'] },
  // gérer la paperasse / handle paperwork (helping someone at home with their papers)
  { id: `${SKILL}30b1f3e1-1586-4d41-aa02-e2ab021b5164`, fr: ['Aide administrative', 'Aide aux démarches administratives', 'Aide aux papiers administratifs'], en: ['Help with paperwork', 'Helping with letters and bills'] },
];
