// Santé, soins, pharmacie, dentaire, secrétariat médical (aide-soignant, infirmier, ASH, auxiliaire ambulancier,
// préparateur en pharmacie, assistant dentaire, secrétaire médical): CV phrasings not already in skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // aider des patients à être autonomes dans leurs activités quotidiennes / assist healthcare users achieve autonomy in everyday activities
  { id: `${SKILL}6f2ac3e9-859e-442e-91fd-2db1a2bc8467`, en: ['Personal care', 'Washing and dressing'] },
  // stériliser le matériel médical / sterilize medical equipment
  { id: `${SKILL}2ee3dfd7-fd74-42e8-b32d-5b727e6e929d`, fr: ['Stérilisation', 'Pré-désinfection', 'Autoclave', 'Stérilisation des instruments'], en: ['Sterilisation', 'Instrument decontamination', 'Autoclaving'] },
  // prendre la tension artérielle et l’analyser / take and analyze  blood pressure
  { id: `${SKILL}502ca51c-e818-4ec8-a1ae-026a2162beda`, fr: ['Prise de tension', 'Tension artérielle'], en: ['Blood pressures'] },
  // préparer des perfusions / prepare intravenous packs
  { id: `${SKILL}033d6175-fa43-4d75-8e2c-6df348ffa0c8`, fr: ['Pose de perfusions', 'Perfusions', 'Surveillance des perfusions'], en: ['IV therapy', 'IV fluids', 'Intravenous therapy'] },
  // délivrer des médicaments / dispense medicines
  { id: `${SKILL}46b391a6-bbd9-4e80-afb0-ad205101af59`, fr: ['Délivrance des ordonnances', 'Dispensation', 'Analyse d\'ordonnances', 'Délivrance des prescriptions'], en: ['Dispensing', 'Dispensing prescriptions', 'Dispensing medication'] },
  // assister un dentiste pendant la procédure de traitement dentaire / assist the dentist during the dental treatment procedure
  { id: `${SKILL}f7fd1900-b7f3-4f7c-88ac-a1c199bb41d7`, fr: ['Assistance au fauteuil', 'Aide opératoire dentaire', 'Travail à quatre mains', 'Assistanat dentaire'], en: ['Chairside assistance', 'Dental nursing', 'Four-handed dentistry'] },
  // transférer des patients / transfer patients
  { id: `${SKILL}949c119b-3433-439f-8ca9-1a9ce04b696d`, fr: ['Brancardage', 'Transport des patients en brancard', 'Transfert lit-fauteuil', 'Transferts des résidents', 'Utilisation du lève-personne', 'Lève-personne', 'Mobilisation des résidents'], en: ['Portering', 'Patient portering', 'Moving and handling', 'Hoist transfers'] },
  // traiter les demandes des assurances médicales / process medical insurance claims
  { id: `${SKILL}7361c086-443c-43c2-8215-31ef8e8895e5`, fr: ['Tiers payant', 'Télétransmission', 'Télétransmission des feuilles de soins', 'Carte Vitale', 'Facturation des actes médicaux'], en: ['Medical billing', 'Insurance billing'] },
  // exécuter les procédures de codage des actes médicaux / perform clinical coding procedures
  { id: `${SKILL}f022b5ff-8496-4722-a7a3-ef3c072f01f6`, fr: ['Codage des actes', 'Codage PMSI', 'Cotation des actes'], en: ['Medical coding'] },
  // gérer les données des usagers / manage healthcare users' data
  { id: `${SKILL}4d614c92-0c48-4a11-a5ed-416b34fd50d2`, fr: ['Gestion des dossiers patients', 'Tenue des dossiers patients', 'Création des dossiers patients', 'Admissions des patients'], en: ['Patient records', 'Patient admissions'] },
  // contrôle des infections / infection control
  { id: `${SKILL}6d13053b-ee35-492c-8976-8178420df398`, fr: ['Hygiène des mains', 'Friction hydroalcoolique', 'Précautions standard', 'Précautions complémentaires', 'Isolement septique'], en: ['Hand washing', 'Barrier nursing', 'Standard precautions'] },
  // poser des pansements / apply wound dressings
  { id: `${SKILL}fa845322-85c4-42cb-b230-c1d43d308f02`, en: ['Wound care'] },
  // hygiène en milieu médical / hygiene in a health care setting
  { id: `${SKILL}0450eaee-1a00-4622-8f4e-5356fce816d2`, fr: ['Hygiène en milieu hospitalier', 'Hygiène en milieu de soins', 'Règles d\'hygiène hospitalière', 'Hygiène en établissement de santé'], en: ['Hygiene in healthcare settings', 'Clinical hygiene'] },
  // surveiller la santé des usagers / monitor service users' health (carers watch and report changes)
  { id: `${SKILL}453b6898-de72-4ff9-b217-4a3cd377e155`, fr: ['Surveillance de l\'état de santé', 'Observation et transmission des changements de l\'état de santé', 'Signalement des changements de l\'état de santé'], en: ['Reporting changes in health', 'Reporting changes in clients\' health', 'Monitoring residents\' health and wellbeing', 'Monitoring clients\' wellbeing'] },
  // réaliser des soins axés sur l’individu / apply person-centered care
  { id: `${SKILL}7a63f944-6948-4ae4-9c1f-d08e492535c9`, fr: ['Soins centrés sur la personne', 'Accompagnement personnalisé', 'Respect des habitudes de vie'], en: ['Person-centred approach', 'Person-centred support', 'Delivering person-centred care'] },
  // transfusion sanguine / blood transfusion
  { id: `${SKILL}406cff78-4aa9-427e-9d56-ad998041cb92`, fr: ['Transfusions', 'Pose de transfusions', 'Surveillance des transfusions'], en: ['Blood transfusions'] },
  // effectuer des ponctions veineuses / perform venepuncture procedures (UK wards' words)
  { id: `${SKILL}0646be77-a425-40da-8577-f77d1198c67f`, en: ['Venepuncture', 'Venipuncture', 'Phlebotomy', 'Taking bloods'] },
  // perfusion intraveineuse / intravenous infusion: siting the line as well as running it
  { id: `${SKILL}d09584de-57ff-450a-8e06-0d0f614f11f8`, fr: ['Pose de cathéters veineux périphériques', 'Pose de voies veineuses'], en: ['Cannulation', 'IV cannulation', 'Peripheral cannulation'] },
  // surveiller les signes vitaux d'un patient / monitor patient's vital signs
  { id: `${SKILL}60f826be-0c1b-413b-aad5-4f7546622e16`, en: ['NEWS2 observations', 'Clinical observations', 'Taking observations', 'Vital signs observations'] },
];
