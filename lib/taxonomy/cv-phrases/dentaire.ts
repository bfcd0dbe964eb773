// Cabinet dentaire (assistant/assistante dentaire, secrétaire de cabinet dentaire, UK dental nurse):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // assister un dentiste pendant la procédure de traitement dentaire / assist the dentist during the dental treatment procedure
  { id: `${SKILL}f7fd1900-b7f3-4f7c-88ac-a1c199bb41d7`, fr: ['Aide au fauteuil', 'Aide au fauteuil dentaire', 'Assistance du praticien au fauteuil', 'Aspiration au fauteuil', 'Assistance en implantologie', 'Assistance en chirurgie dentaire', 'Assistance en orthodontie'], en: ['Chairside support', 'Chairside dental nursing', 'Assisting the dentist', 'High-volume suction', 'Implant surgery assisting', 'Assisting with extractions'] },
  // passer les instruments dentaires / pass dental instruments
  { id: `${SKILL}daaa5a52-1a02-4965-b7e0-d88bbfa79620`, fr: ['Transmission des instruments au praticien', 'Passage des instruments au praticien'], en: ['Passing instruments'] },
  // préparer le matériel pour les procédures dentaires / prepare materials for dental procedures
  { id: `${SKILL}5df8434d-0b7f-4627-8b13-5fd4ad296a76`, fr: ['Préparation du plateau technique', 'Préparation des plateaux techniques dentaires', 'Préparation des matériaux d\'empreinte', 'Préparation des ciments dentaires', 'Spatulation', 'Malaxage des matériaux', 'Préparation des composites'], en: ['Tray set-up', 'Mixing impression materials', 'Mixing dental materials', 'Preparing dental materials', 'Mixing amalgam'] },
  // manipuler du matériel dentaire / manipulate dental material
  { id: `${SKILL}043f3cba-7827-4a1f-9a87-7775ca01ec9d`, fr: ['Matériaux dentaires', 'Manipulation des matériaux dentaires', 'Matériaux d\'empreinte', 'Alginate', 'Silicones d\'empreinte'], en: ['Dental materials', 'Impression materials', 'Handling dental materials'] },
  // préparer des instruments dentaires pour la stérilisation / prepare dental instruments for sterilization
  { id: `${SKILL}0a8fb161-bf67-4dc0-9f65-266d0f717767`, fr: ['Pré-désinfection des instruments dentaires', 'Nettoyage des instruments en bac à ultrasons', 'Bac à ultrasons', 'Ensachage des instruments', 'Mise en sachets des instruments', 'Thermodésinfecteur', 'Chaîne de stérilisation'], en: ['Instrument reprocessing', 'Ultrasonic cleaning', 'Bagging instruments', 'Decontamination room', 'Washer disinfector', 'Instrument decontamination cycle'] },
  // stériliser le matériel médical / sterilize medical equipment
  { id: `${SKILL}2ee3dfd7-fd74-42e8-b32d-5b727e6e929d`, fr: ['Traçabilité de la stérilisation', 'Traçabilité des instruments', 'Cycles d\'autoclave', 'Test de Bowie-Dick', 'Test Helix'], en: ['Sterilisation traceability', 'HTM 01-05', 'Autoclave testing', 'Autoclave cycles', 'Helix test'] },
  // entretenir le cabinet dentaire et le bloc opératoire / maintain dental station and operatory
  { id: `${SKILL}ea6ddade-6674-4e6a-8e93-1ae14fc05981`, fr: ['Désinfection du fauteuil', 'Désinfection du fauteuil dentaire', 'Entretien du fauteuil dentaire', 'Remise en état du fauteuil entre deux patients', 'Entretien de l\'unit dentaire', 'Purge des units', 'Entretien des aspirations chirurgicales', 'Entretien de la salle de soins dentaires'], en: ['Surgery decontamination', 'Cleaning the dental surgery', 'Surgery set-up', 'Dental unit waterlines', 'Waterline maintenance', 'Dental chair disinfection', 'Zoning the surgery'] },
  // entretenir des instruments dentaires / maintain dental instruments
  { id: `${SKILL}26b6d86c-4e13-4b3a-90b6-04ea59553465`, fr: ['Lubrification des porte-instruments', 'Entretien des porte-instruments', 'Entretien des turbines', 'Entretien des contre-angles'], en: ['Handpiece maintenance', 'Lubricating handpieces', 'Oiling handpieces'] },
  // réaliser des radiographies dentaires / perform dental radiographs
  { id: `${SKILL}ed8fb417-50ba-4d3c-8525-1a7aef389d82`, fr: ['Radios dentaires', 'Radiographies rétro-alvéolaires', 'Panoramique dentaire', 'Radio panoramique', 'Cone beam', 'Radiographie numérique dentaire'], en: ['Dental radiography', 'Taking dental X-rays', 'Dental X-rays', 'OPG', 'Bitewings', 'Intraoral radiographs'] },
  // appliquer des procédures de protection contre les rayonnements / apply radiation protection procedures
  { id: `${SKILL}2ebf1ab5-1088-492a-96f7-51d308b75c76`, fr: ['Radioprotection des patients', 'Formation radioprotection', 'Radioprotection au cabinet dentaire'], en: ['IRMER', 'IR(ME)R', 'Radiation protection training'] },
  // réaliser un schéma dentaire / perform dental charting
  { id: `${SKILL}8fced680-a4e4-4ecc-9999-3061ddc3583e`, fr: ['Charting dentaire', 'Schéma parodontal'], en: ['Periodontal charting', 'Perio charting', 'Charting for the dentist'] },
  // préparer les patients pour un traitement dentaire / prepare patients for dental treatment
  { id: `${SKILL}dfccb2c7-3bbd-42bd-85ed-887ded1e6504`, fr: ['Installation du patient au fauteuil', 'Préparation du patient au fauteuil', 'Installation des patients en salle de soins'], en: ['Seating patients'] },
  // observer un patient pendant toute la durée d’un traitement dentaire / observe patient throughout dental treatment
  { id: `${SKILL}0bf01698-0eaa-4892-ad67-7bcfea0bef92`, fr: ['Surveillance du patient au fauteuil', 'Surveillance du patient pendant les soins dentaires'], en: ['Monitoring patients during dental treatment', 'Monitoring sedated patients'] },
  // former aux soins bucco-dentaires et à la prévention des maladies bucco-dentaires / educate on oral healthcare and disease prevention
  { id: `${SKILL}913fcf58-07f4-401d-8395-4daeb3a4617f`, fr: ['Conseils d\'hygiène bucco-dentaire', 'Éducation à l\'hygiène bucco-dentaire', 'Enseignement du brossage', 'Prévention bucco-dentaire', 'Motivation à l\'hygiène bucco-dentaire'], en: ['Oral hygiene instruction', 'OHI', 'Oral health education', 'Oral health promotion', 'Toothbrushing instruction'] },
  // fournir des services administratifs dentaires aux patients après un traitement / provide dental administrative post-treatment patient services
  { id: `${SKILL}49921021-87b9-4561-ae30-cdba351fd770`, fr: ['Devis prothétiques', 'Établissement des devis dentaires', 'Explication des devis aux patients', 'Plans de traitement et devis', 'Suivi des plans de traitement'], en: ['Treatment plans and estimates', 'Explaining treatment plans', 'Dental treatment estimates', 'Booking follow-up appointments'] },
  // gérer les paiements en odontologie / handle payments in dentistry
  { id: `${SKILL}a72fe645-0a41-4459-879e-fcc485800c17`, fr: ['Encaissement des honoraires', 'Gestion des honoraires', 'Facturation des soins dentaires', 'Suivi des règlements patients'], en: ['Taking dental payments', 'Dental payment plans', 'Denplan', 'NHS dental charges', 'Patient payment plans'] },
  // traiter les demandes des assurances médicales / process medical insurance claims
  { id: `${SKILL}7361c086-443c-43c2-8215-31ef8e8895e5`, fr: ['Demandes d\'entente préalable', 'Feuilles de soins électroniques', 'Prises en charge mutuelles', 'Demandes de prise en charge mutuelle'], en: ['FP17 claims', 'FP17', 'Dental insurance claims'] },
  // gérer des rendez-vous / administer appointments
  { id: `${SKILL}933e7ccf-5d56-46ba-aca4-857f826a6b3a`, fr: ['Gestion du planning du cabinet', 'Gestion de l\'agenda du praticien', 'Doctolib', 'Rappel des rendez-vous patients', 'Gestion des urgences dentaires au planning'], en: ['Appointment booking', 'Booking patient appointments', 'Appointment scheduling', 'Patient recalls'] },
  // utiliser les systèmes de gestion électronique des dossiers médicaux / use electronic health records management system
  { id: `${SKILL}53141450-2fa9-4890-a64e-7ffd4e1144be`, fr: ['Logos_w', 'Logiciel Logos', 'Logiciel Julie', 'Julie Solutions', 'Desmos', 'Visiodent', 'Veasy', 'Weclever', 'Logiciel dentaire'], en: ['Software of Excellence', 'SOE Exact', 'Dentally', 'Carestream R4', 'Dental practice software'] },
  // tenir un registre des prothèses dentaires / keep records for dental prostheses
  { id: `${SKILL}7bab3575-28d7-4b29-9429-350cdf214a6f`, fr: ['Suivi des travaux prothétiques', 'Liaison avec le laboratoire de prothèse', 'Suivi des prothèses avec le laboratoire', 'Traçabilité des prothèses dentaires'], en: ['Lab work tracking', 'Liaising with the dental laboratory', 'Dental lab work'] },
  // réduire les risques professionnels dans la pratique odontologique / minimise occupational hazards in dentistry practice
  { id: `${SKILL}5a70f4b8-0e70-4432-b052-6aa33345154f`, fr: ['Prévention des AES', 'Prévention des accidents d\'exposition au sang', 'Gestion des déchets d\'amalgame', 'Récupérateur d\'amalgame'], en: ['Sharps safety', 'Sharps injury protocol', 'Mercury handling', 'Amalgam waste'] },
  // éliminer les déchets médicaux / dispose medical waste
  { id: `${SKILL}6f900dcb-c7ff-4d97-8015-9c45b99f7097`, fr: ['Gestion des DASRI', 'Élimination des DASRI', 'Tri des DASRI', 'Collecte des DASRI', 'Déchets d\'activités de soins'], en: ['Clinical waste disposal', 'Clinical waste', 'Sharps disposal', 'Healthcare waste segregation'] },
  // contrôle des infections / infection control
  { id: `${SKILL}6d13053b-ee35-492c-8976-8178420df398`, fr: ['Chaîne d\'asepsie', 'Asepsie au cabinet dentaire', 'Respect des règles d\'asepsie'], en: ['Cross-infection procedures'] },
  // interagir avec les fournisseurs de matériel médical / interact with healthcare suppliers
  { id: `${SKILL}1854ad4a-9789-4596-9a9e-fed7b8a29c50`, fr: ['Commande de fournitures dentaires', 'Commandes auprès des fournisseurs dentaires', 'Gestion des stocks de consommables dentaires', 'Gestion des stocks du cabinet dentaire'], en: ['Ordering dental supplies', 'Dental stock control', 'Dental stock ordering'] },
  // anatomie dentaire / dental anatomy
  { id: `${SKILL}905b5971-6b18-4719-86f8-edfe4b65c5e4`, fr: ['Terminologie dentaire', 'Numérotation dentaire', 'Nomenclature dentaire'], en: ['Dental terminology', 'Tooth notation', 'FDI tooth numbering'] },
  // gérer l’anxiété de patients / deal with patients' anxiety
  { id: `${SKILL}6c77aeef-327e-440f-8510-74ce5a73bd8a`, fr: ['Accueil des patients anxieux', 'Prise en charge des patients anxieux'], en: ['Nervous patients', 'Dealing with nervous patients', 'Dental anxiety'] },
  // orthodontie / orthodontics
  { id: `${SKILL}4cb4178d-077a-42f0-9b09-b09b14c28756`, fr: ['Orthodontie dentofaciale', 'Gouttières d\'alignement'], en: ['Orthodontic nursing', 'Clear aligners'] },
  // assurer la confidentialité des données des patients / maintain healthcare user data confidentiality
  { id: `${SKILL}51ece34f-c24e-4183-9bf4-9b6f28748aec`, fr: ['Confidentialité des dossiers patients', 'Discrétion et secret médical'], en: ['Confidentiality of patient records', 'GDPR in dental practice'] },
];
