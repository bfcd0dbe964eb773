// Transport sanitaire (ambulancier/ambulancière DEA, auxiliaire ambulancier, brancardier, chauffeur de taxi conventionné, UK ambulance care assistant / patient transport):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // conduire une ambulance en situation d’urgence / drive ambulance under emergency conditions
  { id: `${SKILL}13dd985b-9baf-43bd-b85b-9f44e2f0bade`, fr: ['Conduite sous gyrophare', 'Conduite avec avertisseurs sonores et lumineux', 'Conduite en situation d\'urgence', 'Départs en urgence'], en: ['Emergency response driving', 'Blue light response', 'Driving under blue lights', 'IHCD driving'] },
  // conduire une ambulance en situation non urgente / drive ambulance under non-emergency conditions
  { id: `${SKILL}cd12a46a-342c-4695-8046-b1b3da0ef6ed`, fr: ['Transport en VSL', 'Transport en ambulance', 'Transports programmés', 'Transport de patients en taxi conventionné', 'Transport assis', 'Transport allongé', 'Conduite d\'ambulance', 'Transports de dialyse', 'Transport de patients vers les séances de chimiothérapie'], en: ['Non-emergency patient transport', 'NEPTS', 'Patient transport services', 'Ambulance driving', 'Driving patients to appointments', 'Renal transport'] },
  // transporter un patient vers un établissement médical / transport patient to medical facility
  { id: `${SKILL}01468114-b99c-4f48-9374-a520a7faa9c9`, fr: ['Transferts inter-hospitaliers', 'Transport vers les urgences', 'Évacuation vers le centre hospitalier', 'Transferts vers les services hospitaliers', 'Entrées et sorties d\'hospitalisation'], en: ['Inter-hospital transfers', 'Conveying patients to hospital', 'Hospital discharges', 'Hospital admissions and discharges transport'] },
  // transférer les patients dans et hors des ambulances / transfer patients to and from ambulance vehicles
  { id: `${SKILL}64cb2785-974b-4aa3-818a-0310602185cb`, fr: ['Chargement et déchargement du brancard', 'Installation du patient dans l\'ambulance', 'Manutention du brancard', 'Relevage et brancardage', 'Techniques de relevage', 'Utilisation de la chaise portoir', 'Chaise de transport'], en: ['Stretcher handling', 'Carry chair', 'Use of carry chair', 'Loading patients into the ambulance', 'Stair chair'] },
  // transférer des patients / transfer patients
  { id: `${SKILL}949c119b-3433-439f-8ca9-1a9ce04b696d`, fr: ['Brancardage intra-hospitalier', 'Brancardage des patients', 'Transport des patients en fauteuil roulant', 'Accompagnement des patients vers les services', 'Transfert des patients entre services'], en: ['Hospital portering', 'Wheelchair transfers', 'Transporting patients between wards', 'Bed moves'] },
  // immobiliser un patient pour une intervention d’urgence / immobilize patients for emergency intervention
  { id: `${SKILL}9d00803f-5dde-4803-8111-416ed174676f`, fr: ['Immobilisation du rachis', 'Pose de collier cervical', 'Matelas à dépression', 'Pose d\'attelles', 'Immobilisation des membres', 'Plan dur', 'Techniques d\'immobilisation'], en: ['Spinal immobilisation', 'Scoop stretcher', 'Cervical collar application', 'Splinting', 'Vacuum mattress', 'Long board'] },
  // dispenser des premiers secours / apply first response
  { id: `${SKILL}0dcea846-04b4-4ffc-8c75-a35c991454b1`, fr: ['Position latérale de sécurité', 'Gestes d\'urgence', 'Prompt secours', 'Premiers gestes d\'urgence'], en: ['Recovery position', 'FREC', 'FREC 3', 'FREC 4', 'First Response Emergency Care'] },
  // prodiguer les premiers secours / provide first aid
  { id: `${SKILL}1d21f6ad-340f-45da-a0a3-4e83867f47a6`, fr: ['Gestes et soins d\'urgence', 'Attestation de formation aux gestes et soins d\'urgence'], en: ['Immediate Life Support', 'ILS'] },
  // défibrillation / defibrillation
  { id: `${SKILL}b7ff512a-8bce-4918-b11b-7c388892472c`, fr: ['Utilisation du DSA', 'Défibrillateur semi-automatique', 'Défibrillation externe'], en: ['Use of AED', 'Automated external defibrillator', 'Defibrillator use'] },
  // utiliser des dispositifs d’oxygénation / use oxygenation equipment
  { id: `${SKILL}d6b11049-c4e7-4768-a09f-12c92498133f`, fr: ['Oxygénothérapie', 'Administration d\'oxygène', 'Mise sous oxygène', 'Ventilation au BAVU', 'BAVU', 'Insufflateur manuel'], en: ['Oxygen therapy', 'Administering oxygen', 'Bag valve mask', 'BVM ventilation', 'Oxygen administration'] },
  // faire fonctionner des équipements spécialisés en urgence / operate specialized  equipment in emergency
  { id: `${SKILL}03500955-88a6-4c3d-a8c0-7594409dcff0`, fr: ['Aspiration de mucosités', 'Aspirateur de mucosités'], en: ['Suction equipment', '12-lead ECG'] },
  // surveiller les signes vitaux d’un patient / monitor patient's vital signs
  { id: `${SKILL}60f826be-0c1b-413b-aad5-4f7546622e16`, fr: ['Surveillance du patient pendant le transport', 'Mesure de la saturation', 'Prise du pouls', 'Mesure de la fréquence respiratoire'], en: ['Taking observations', 'Patient observations', 'Monitoring patients during transport'] },
  // effectuer un examen physique en urgence / conduct physical examination in emergency
  { id: `${SKILL}852e6830-f87c-4f35-b6d3-6aee31dc518c`, fr: ['Bilan secouriste', 'Bilan vital', 'Bilan d\'urgence', 'Bilan circonstanciel', 'Bilan complémentaire', 'Bilan de la victime'], en: ['Primary survey', 'Secondary survey', 'ABCDE assessment', 'Casualty assessment'] },
  // évaluer la nature d’une blessure en urgence / assess nature of injury in emergency
  { id: `${SKILL}b6d7afec-bee3-46e8-8651-c6b1f38d435d`, fr: ['Bilan lésionnel', 'Évaluation des blessures', 'Bilan traumatique'], en: ['Injury assessment', 'Trauma assessment'] },
  // rédiger des rapports sur les cas d’urgence / write reports on emergency cases
  { id: `${SKILL}7cb8cb58-aae4-4625-9e8c-744560474241`, fr: ['Fiche bilan', 'Rédaction de la fiche bilan', 'Rédaction des fiches d\'intervention'], en: ['Patient report forms', 'PRF completion', 'ePCR', 'Patient care records'] },
  // collaborer avec d'autres services d'urgence / coordinate with other emergency services
  { id: `${SKILL}fa6fdb80-265c-4931-a496-e6dfd0b816bc`, fr: ['Transmission du bilan au SAMU', 'Transmission du bilan au centre 15', 'Liaison avec le SAMU', 'Travail avec les sapeurs-pompiers', 'Collaboration avec le SMUR'], en: ['Working with fire and police services', 'Liaising with emergency services', 'Joint working with emergency services'] },
  // assister des ambulanciers / assist ambulance paramedics
  { id: `${SKILL}9d6d6a3b-352a-4b7a-ad37-c14595486587`, fr: ['Aide à l\'ambulancier', 'Équipage d\'ambulance'], en: ['Assisting paramedics', 'Supporting paramedics', 'Crewing with paramedics'] },
  // gérer des situations de soins d’urgence / deal with emergency care situations
  { id: `${SKILL}51e79cb4-fab3-404c-88f3-cd4a1bd5879e`, fr: ['Urgences pré-hospitalières', 'Prise en charge pré-hospitalière', 'Prise en charge de l\'urgence vitale', 'Interventions d\'urgence', 'Aide médicale urgente'], en: ['Pre-hospital care', 'Pre-hospital emergency care', 'Out-of-hospital care', 'Responding to 999 calls'] },
  // décontaminer l’intérieur d’une ambulance / decontaminate ambulance interior
  { id: `${SKILL}83aedfbe-5a70-4188-a40f-47c3492105f6`, fr: ['Désinfection de l\'ambulance', 'Nettoyage et désinfection du véhicule sanitaire', 'Bionettoyage de la cellule sanitaire', 'Désinfection de la cellule sanitaire', 'Désinfection du brancard'], en: ['Ambulance cleaning', 'Vehicle decontamination', 'Ambulance deep cleans'] },
  // entretenir les équipements des véhicules d’urgence / maintain emergency vehicle equipment
  { id: `${SKILL}a13c386f-9953-46be-aa5a-cfcf7cd4574d`, fr: ['Vérification du matériel de l\'ambulance', 'Contrôle du matériel médical embarqué', 'Vérification du matériel de secours', 'Check-list du matériel'], en: ['Ambulance equipment checks', 'Checking medical equipment on the vehicle', 'Equipment readiness checks'] },
  // procéder au contrôle technique des ambulances / ensure ambulance roadworthiness
  { id: `${SKILL}fadca1ff-c4a9-46ed-9740-a42bd3991618`, fr: ['Entretien courant du véhicule sanitaire', 'Entretien de l\'ambulance'], en: ['Ambulance roadworthiness checks'] },
  // entretenir des stocks dans des locaux d’ambulances / maintain ambulance room stock
  { id: `${SKILL}aec65703-cf0d-42bf-8eda-4eaf3246fa9c`, fr: ['Gestion du stock de consommables médicaux', 'Réassort du matériel sanitaire', 'Réapprovisionnement de l\'ambulance'], en: ['Restocking the ambulance', 'Ambulance stock replenishment'] },
  // réguler les services d’ambulances / dispatch ambulance
  { id: `${SKILL}24d3dc49-4238-490a-9802-96b146e271fe`, fr: ['Régulation des transports sanitaires', 'Régulation ambulance', 'Planification des transports sanitaires', 'Planning des transports de patients'], en: ['Patient transport planning', 'Journey planning for patient transport'] },
  // gérer l’anxiété de patients / deal with patients' anxiety
  { id: `${SKILL}6c77aeef-327e-440f-8510-74ce5a73bd8a`, fr: ['Rassurer le patient', 'Réassurance du patient'], en: ['Reassuring patients', 'Calming anxious patients'] },
  // gérer un traumatisme / handle patient trauma
  { id: `${SKILL}7fd3b5e4-8f7c-461c-8faa-203cf4b2b0fc`, fr: ['Prise en charge des traumatisés', 'Traumatologie d\'urgence', 'Arrêt des hémorragies', 'Compression des hémorragies', 'Garrot tourniquet'], en: ['Trauma care', 'Haemorrhage control', 'Bleeding control', 'Tourniquet application'] },
  // traiter les demandes des assurances médicales / process medical insurance claims
  { id: `${SKILL}7361c086-443c-43c2-8215-31ef8e8895e5`, fr: ['Facturation des transports sanitaires', 'Gestion des bons de transport', 'Prescriptions médicales de transport', 'Facturation CPAM'] },
  // géographie locale / local geography
  { id: `${SKILL}b4b28d82-0a26-4b1c-a932-38d4378c189e`, fr: ['Connaissance des établissements de santé du secteur', 'Connaissance du réseau hospitalier local'], en: ['Knowledge of local hospitals'] },
  // assurer la confidentialité des données des patients / maintain healthcare user data confidentiality
  { id: `${SKILL}51ece34f-c24e-4183-9bf4-9b6f28748aec`, fr: ['Secret médical', 'Respect du secret médical', 'Confidentialité des informations patients'], en: ['Patient confidentiality', 'Caldicott principles'] },
  // accouchement / childbirth
  { id: `${SKILL}103770db-5ed7-4208-ac72-cf174dd677e9`, fr: ['Accouchement inopiné', 'Assistance à un accouchement inopiné'], en: ['Emergency childbirth', 'Unplanned births'] },
];
