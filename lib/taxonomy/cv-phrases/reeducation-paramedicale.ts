// Trade phrasings (see cv-phrase.ts), trade family: reeducation-paramedicale. CV phrasings not already in the other files.
// Rééducation et paramédical (masseur-kinésithérapeute, ergothérapeute, psychomotricien, orthophoniste, orthoptiste,
// diététicien, manipulateur en électroradiologie médicale, pédicure-podologue, audioprothésiste, préparateur physique;
// physiotherapist, occupational therapist, speech and language therapist, radiographer, dietitian, podiatrist).
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // Kinésithérapie, physiotherapy
  // kinésithérapie / kinesitherapy
  { id: `${SKILL}b053a782-1e05-43fa-ae9b-e2cc68ff76ac`, fr: ['Masso-kinésithérapie', 'Soins de kinésithérapie', 'Kinésithérapie libérale', 'Kinésithérapie du sport'] },
  // médecine physique et de réadaptation / physiotherapy
  { id: `${SKILL}f4d1fce0-6d7f-4a5e-b317-2040b64758f2`, en: ['MSK physiotherapy', 'Outpatient physiotherapy', 'Physiotherapy treatment', 'Inpatient physiotherapy'] },
  // effectuer une évaluation de physiothérapie / conduct physiotherapy assessment
  { id: `${SKILL}a3aff665-ab4a-4a9a-9eba-0cd60cba6517`, fr: ['Bilan diagnostic kinésithérapique', 'BDK', 'Bilan kinésithérapique', 'Bilan articulaire', 'Testing musculaire'], en: ['Musculoskeletal assessments', 'Subjective and objective assessments', 'Physio assessments'] },
  // physiothérapie manuelle orthopédique / orthopedic manual physiotherapy
  { id: `${SKILL}190be8c6-69a6-4aff-8320-473aee68d4c8`, fr: ['Thérapie manuelle', 'Mobilisations articulaires', 'Méthode McKenzie', 'Concept Maitland', 'Techniques de Mulligan'], en: ['Manual therapy', 'Joint mobilisations', 'McKenzie method', 'Maitland mobilisations', 'Soft tissue mobilisation'] },
  // massage thérapeutique / therapeutic massage
  { id: `${SKILL}95992467-644f-4178-97ad-b0e50a8ab084`, fr: ['Massage kinésithérapique', 'Massages décontracturants', 'Massage transverse profond'], en: ['Remedial massage', 'Soft tissue massage'] },
  // massage de drainage lymphatique manuel / manual lymphatic drainage massage
  { id: `${SKILL}f99965f2-63ef-45ad-9060-1377fb9627f8`, fr: ['Drainage lymphatique manuel', 'DLM', 'Drainage lymphatique', 'Bandages multicouches'], en: ['MLD', 'Lymphoedema management', 'Lymphoedema bandaging'] },
  // réaliser des massages spécifiques à la pratique sportive / apply sports massage
  { id: `${SKILL}50e313a8-01fc-48a0-9270-f25102adb8bc`, fr: ['Massage sportif', 'Massages de récupération', 'Massages pré et post-compétition'], en: ['Pre-event massage', 'Post-event massage'] },
  // électrothérapie / electrotherapy
  { id: `${SKILL}aef7eab0-ae14-4a8d-8f7b-01a97f0581e7`, fr: ['Électrostimulation', 'Électrostimulation neuromusculaire', 'TENS', 'Ultrasons thérapeutiques', 'Ondes de choc radiales', 'Physiothérapie antalgique'], en: ['TENS', 'Therapeutic ultrasound', 'Shockwave therapy', 'NMES'] },
  // appliquer un traitement d’hydrothérapie / administer hydrotherapy
  { id: `${SKILL}6494a9d1-71cf-4c98-9321-9d8724f6764b`, fr: ['Rééducation en balnéothérapie', 'Rééducation en piscine', 'Rééducation aquatique'], en: ['Aquatic therapy', 'Hydrotherapy sessions', 'Aquatic physiotherapy'] },
  // thérapie respiratoire / respiratory therapy
  { id: `${SKILL}e35bfbda-2b8a-4d8e-9afb-8a1862703642`, fr: ['Kinésithérapie respiratoire', 'Kiné respiratoire', 'Désencombrement bronchique', 'Drainage bronchique', 'Réhabilitation respiratoire'], en: ['Chest physiotherapy', 'Respiratory physiotherapy', 'Airway clearance', 'Pulmonary rehabilitation'] },
  // fournir des services de rééducation après un AVC / provide stroke rehabilitation services
  { id: `${SKILL}81b6d428-028b-4bf5-89a2-5e5cb4a8c444`, fr: ['Rééducation post-AVC', 'Rééducation de l\'hémiplégie', 'Rééducation neurologique', 'Concept Bobath'], en: ['Stroke rehab', 'Post-stroke rehabilitation', 'Neurological rehabilitation', 'Bobath'] },
  // rééducation / rehabilitation
  { id: `${SKILL}87669743-a291-4ea0-9a50-cac60d45649c`, fr: ['Rééducation fonctionnelle', 'Rééducation post-opératoire', 'Rééducation orthopédique', 'Réadaptation fonctionnelle', 'Rééducation périnéale', 'Rééducation vestibulaire', 'Réathlétisation'], en: ['Post-operative rehabilitation', 'MSK rehab', 'Return to play', 'Sports rehabilitation', 'Pelvic health physiotherapy'] },
  // élaborer un programme de rééducation / develop a rehabilitation program
  { id: `${SKILL}00ebb379-ce26-439a-ba89-9a7d1ef2f696`, fr: ['Protocoles de rééducation', 'Élaboration de programmes de rééducation', 'Plans de rééducation'], en: ['Rehab programmes', 'Rehabilitation plans'] },
  // donner des conseils sur des exercices de rééducation / advise on rehabilitation exercises
  { id: `${SKILL}c823d9a1-5403-4f2d-b9a5-2fada5ee0966`, fr: ['Auto-rééducation', 'Programmes d\'exercices à domicile', 'Exercices d\'auto-rééducation'], en: ['Home exercise programmes', 'Exercise prescription'] },
  // sensibiliser à la prévention des blessures / educate on preventing injuries
  { id: `${SKILL}49af4ea6-4556-47a0-8114-c933951340b5`, fr: ['Prévention des blessures', 'Prévention des blessures sportives', 'Prévention des rechutes de blessures'], en: ['Injury prevention', 'Injury prevention programmes'] },
  // évaluer les performances sportives / assess sportive performance
  { id: `${SKILL}e8a65528-0fe8-499d-8fcc-f2a447c917a6`, fr: ['Tests de VMA', 'Tests physiques de terrain'], en: ['Athlete monitoring', 'Athlete performance testing'] },
  // aider des athlètes à garder leur condition physique / support athletes with the maintenance of their condition
  { id: `${SKILL}b75131fa-3b2d-4b51-9cf0-ca256015fe03`, fr: ['Développement des qualités physiques', 'Renforcement musculaire des athlètes', 'Planification de la préparation physique'], en: ['Athletic development', 'Sports conditioning'] },
  // Ergothérapie, occupational therapy
  // appliquer des techniques d’ergothérapie / apply techniques of occupational therapy
  { id: `${SKILL}8460496d-aa54-495f-af9a-a4b571a5f994`, fr: ['Séances d\'ergothérapie', 'Bilan ergothérapique', 'Rééducation du membre supérieur', 'Rééducation de la main', 'Orthèses thermoformées', 'Mises en situation écologiques', 'Évaluation des activités de la vie quotidienne', 'Intégration sensorielle'], en: ['Hand splinting', 'Splint fabrication', 'Hand therapy', 'Sensory integration', 'ADL assessments', 'ADL retraining'] },
  // fournir des technologies d’assistance / provide assistive technology
  { id: `${SKILL}2cc35da7-3fd8-42e8-aa70-87ef8a3b1f3b`, fr: ['Préconisation d\'aides techniques', 'Essais d\'aides techniques', 'Préconisation de fauteuils roulants', 'Positionnement au fauteuil roulant', 'Préconisations d\'aménagement du domicile'], en: ['Wheelchair assessments', 'Seating and positioning', 'Home adaptations'] },
  // planifier le renvoi de patients / develop plans related to client discharge
  { id: `${SKILL}e2ca587e-9018-4f80-a9f6-100bc3d384ab`, fr: ['Préparation du retour à domicile', 'Organisation de la sortie d\'hospitalisation', 'Préparation de la sortie d\'hospitalisation'], en: ['Discharge planning', 'Hospital discharge planning'] },
  // évaluer l’ergonomie d'un lieu de travail / assess ergonomics of the workplace
  { id: `${SKILL}d3a0f1fd-3a6e-452c-84a2-dc594b403a18`, fr: ['Étude de poste', 'Aménagement de poste de travail', 'Aménagement de poste pour travailleur handicapé'], en: ['Workstation assessments', 'DSE assessments'] },
  // Psychomotricité
  // thérapie psychomotrice / psychomotor therapy
  { id: `${SKILL}40923b61-344c-43eb-a8b7-d2d8a7a73143`, fr: ['Bilan psychomoteur', 'Rééducation psychomotrice', 'Relaxation psychomotrice', 'Thérapie à médiation corporelle', 'Prise en charge en psychomotricité'], en: ['Psychomotor assessments'] },
  // Orthophonie, speech and language therapy
  // orthophonie / logopaedics
  { id: `${SKILL}6a04e6da-93e2-40cb-b4ee-d42864cce6fa`, fr: ['Rééducation orthophonique', 'Prise en charge orthophonique', 'Séances d\'orthophonie'], en: ['Speech and language therapy', 'Speech therapy'] },
  // diagnostiquer des troubles du langage / diagnose speech disorders
  { id: `${SKILL}c9e1cb88-bd7c-463d-83b2-2bd197a3114c`, fr: ['Bilan orthophonique', 'Bilan du langage oral', 'Bilan de langage', 'Évaluation du langage'], en: ['Speech and language assessments', 'Communication assessments'] },
  // traiter les troubles du langage / treat speech disorders
  { id: `${SKILL}d2e66c64-ee69-4854-8978-b6d1210532e1`, fr: ['Rééducation du langage oral', 'Rééducation du langage écrit', 'Rééducation du bégaiement', 'Rééducation de l\'aphasie', 'Rééducation vocale', 'Troubles de l\'articulation', 'Retard de parole', 'Rééducation logico-mathématique'], en: ['Stammering therapy', 'Articulation therapy', 'Aphasia therapy', 'Voice therapy'] },
  // troubles de la communication / communication disorders
  { id: `${SKILL}b78a32fd-e99b-4b65-a01e-4b43b3b90167`, fr: ['Troubles du langage', 'Troubles dys', 'Troubles spécifiques du langage', 'Dyslexie-dysorthographie', 'Dysphasie'], en: ['Developmental language disorder', 'DLD', 'Speech and language difficulties'] },
  // traiter les troubles de la déglutition / treat swallowing disorders
  { id: `${SKILL}415a2d8e-9923-4ace-818b-37cee1f5096a`, fr: ['Troubles de la déglutition', 'Rééducation de la déglutition', 'Dysphagie', 'Bilan de déglutition', 'Troubles de l\'oralité'], en: ['Dysphagia', 'Dysphagia management', 'Swallowing assessments', 'Swallow therapy'] },
  // langage parlé complété / cued speech
  { id: `${SKILL}272b53d5-8a03-43d1-b0ba-e93dcd9dbcdf`, fr: ['LfPC', 'Langue française parlée complétée', 'Code LPC'] },
  // Orthoptie
  // réaliser des traitements orthoptiques / carry out orthoptic treatments
  { id: `${SKILL}eb8f12d9-8a94-4dd9-9d41-6262fd9d7fd8`, fr: ['Rééducation orthoptique', 'Rééducation de la vision binoculaire', 'Exercices orthoptiques', 'Rééducation de la convergence'], en: ['Occlusion therapy', 'Amblyopia treatment', 'Convergence exercises'] },
  // réaliser des tests orthoptiques spécialisés / conduct specialized  orthoptic tests
  { id: `${SKILL}60555243-213b-44df-ab2e-3a79639c0123`, fr: ['Bilan orthoptique', 'Examen de la motilité oculaire', 'Test de Lancaster', 'Bilan de la vision binoculaire', 'Champ visuel', 'Périmétrie'], en: ['Orthoptic assessments', 'Visual field testing', 'Cover test', 'Ocular motility assessment'] },
  // traitement du strabisme / treatment of strabismus
  { id: `${SKILL}318b9d99-b9ed-49e4-9cd0-2eba6e88dbf4`, fr: ['Prise en charge du strabisme', 'Strabisme'], en: ['Squint management', 'Squint'] },
  // réaliser une rééducation visuelle / perform vision rehabilitation
  { id: `${SKILL}b8b5d6aa-6c28-4e06-a98b-8a8a4c245a8c`, fr: ['Rééducation basse vision', 'Réadaptation basse vision', 'Rééducation de la vision fonctionnelle'], en: ['Low vision rehabilitation', 'Visual rehabilitation'] },
  // Imagerie médicale, radiographer
  // appliquer des techniques d’imagerie médicale / apply medical imaging techniques
  { id: `${SKILL}8a13f5ba-6630-4f41-a2e3-8cb7202bc932`, fr: ['Radiologie conventionnelle', 'Radiographie conventionnelle', 'Clichés radiographiques', 'Radiographies standard'], en: ['Plain film radiography', 'General radiography', 'X-ray imaging', 'Plain film'] },
  // faire fonctionner les équipements d’imagerie médicale / operate medical imaging equipment
  { id: `${SKILL}8d17898e-cd9c-444d-b084-8708a5447747`, fr: ['Scanner médical', 'Tomodensitométrie', 'Imagerie par résonance magnétique', 'Arceau de bloc opératoire', 'Mobile de radiologie', 'Table télécommandée'], en: ['CT scanner', 'MRI scanner', 'C-arm', 'Mobile X-ray', 'Theatre radiography'] },
  // exécuter des procédures d’imagerie de diagnostic / perform diagnostic imaging procedures
  { id: `${SKILL}6d4e180e-019f-417c-b6a6-69175c1f76d3`, fr: ['Examens scanner', 'Examens IRM', 'IRM', 'Mammographie', 'Ostéodensitométrie', 'Radiologie interventionnelle'], en: ['CT scanning', 'MRI scanning', 'Mammography', 'DEXA scans', 'Fluoroscopy', 'Interventional radiology'] },
  // réaliser des échographies / perform ultrasound
  { id: `${SKILL}bbc84808-9e85-4bde-acd7-5ce408aa2ba9`, fr: ['Échographie', 'Échographie-doppler', 'Examens échographiques'], en: ['Ultrasound scanning', 'Sonography', 'Doppler ultrasound'] },
  // administrer des produits de contraste / administer contrast media
  { id: `${SKILL}514210f5-9471-48ee-bb62-0160001522c5`, fr: ['Injection de produit de contraste', 'Injecteur de produit de contraste', 'Produits de contraste iodés'], en: ['Contrast injection', 'Contrast media administration'] },
  // préparer les patients pour les procédures d’imagerie / prepare patients for imaging procedures
  { id: `${SKILL}f94ccbcc-a818-4151-82ff-9440bf59b88c`, fr: ['Installation du patient sur la table d\'examen', 'Préparation des patients aux examens d\'imagerie', 'Positionnement du patient en radiologie'], en: ['Patient positioning for X-ray', 'Preparing patients for scans'] },
  // calculer l’exposition à des rayonnements / calculate exposure to radiation
  { id: `${SKILL}f46220aa-ad70-4c18-99dc-cb978f2850d2`, fr: ['Suivi dosimétrique', 'Dosimétrie des patients', 'Relevé de dose patient'], en: ['Patient dose monitoring', 'Radiation dose records'] },
  // gérer le système d’information en radiologie / manage radiology information system
  { id: `${SKILL}479944ef-8d2c-4279-b3d1-2b85c761fb30`, fr: ['RIS PACS', 'Logiciel RIS'], en: ['PACS', 'RIS PACS'] },
  // réaliser des traitements de radiothérapie / perform radiation treatments
  { id: `${SKILL}b60660e8-316f-4ef1-a951-118a4ab00107`, fr: ['Radiothérapie externe', 'Traitements de radiothérapie', 'Accélérateur linéaire', 'Curiethérapie'], en: ['Linac', 'Radiotherapy treatment delivery', 'Therapeutic radiography', 'Brachytherapy'] },
  // effectuer une dosimétrie informatisée en radiothérapie / conduct radiotherapy computer planning
  { id: `${SKILL}df538078-0ccb-4125-a61d-ebaa648b39f2`, fr: ['Dosimétrie en radiothérapie', 'Calcul dosimétrique en radiothérapie'], en: ['Radiotherapy planning', 'Radiotherapy treatment planning'] },
  // exécuter les procédures de médecine nucléaire / perform nuclear medicine procedures
  { id: `${SKILL}e0b860ec-4193-45cc-8e0a-111e3e7bcb69`, fr: ['Scintigraphie', 'TEP-scan', 'Scintigraphies osseuses', 'Examens de médecine nucléaire'], en: ['PET-CT', 'Bone scans', 'SPECT'] },
  // Diététique, dietetics
  // élaborer une intervention diététique / formulate dietetic intervention
  { id: `${SKILL}b806b5bb-a5c4-47dc-945c-579d576bc242`, fr: ['Régimes thérapeutiques', 'Prescription diététique', 'Plans nutritionnels individualisés'], en: ['Therapeutic diets', 'Nutrition care plans'] },
  // créer un programme de régime / create a diet plan
  { id: `${SKILL}cec82e1c-b9ba-411d-86d1-4fa8ec7089bc`, fr: ['Plans alimentaires personnalisés', 'Rééquilibrage alimentaire', 'Programmes de rééquilibrage alimentaire'], en: ['Meal plans', 'Personalised meal plans', 'Diet plans'] },
  // mesurer l’état sanitaire nutritionnel à l’aide des outils adéquats / measure nutritional health status using appropriate tools
  { id: `${SKILL}5a181485-2c17-49d4-a68b-3eb0d955f42c`, fr: ['Bilan nutritionnel', 'Évaluation de l\'état nutritionnel', 'Dépistage de la dénutrition', 'Mini Nutritional Assessment'], en: ['Nutritional screening', 'Malnutrition screening', 'Nutritional assessments'] },
  // établir un diagnostic diététique / provide dietetic diagnosis
  { id: `${SKILL}cf19e34f-e168-47d5-a7d5-028d1fbfc75e`, fr: ['Bilan diététique', 'Anamnèse alimentaire'], en: ['Dietetic assessments'] },
  // surveiller l’état nutritionnel d’un individu / monitor the nutrition status of the individual
  { id: `${SKILL}eafe89c8-0b80-4c50-86ea-4ceb9f9d57f9`, fr: ['Suivi nutritionnel', 'Suivi de l\'état nutritionnel', 'Surveillance des ingesta', 'Relevés des ingesta'], en: ['Food and fluid charts', 'Nutritional monitoring'] },
  // intervenir pour améliorer l’état nutritionnel sous-optimal d’un individu / intervene to reduce sub-optimal nutritional status of individuals
  { id: `${SKILL}9fa1f26c-f10c-47a3-a4d1-8854579a117d`, fr: ['Prise en charge de la dénutrition', 'Nutrition entérale', 'Nutrition artificielle', 'Compléments nutritionnels oraux', 'Nutrition parentérale'], en: ['Enteral feeding', 'Tube feeding', 'Malnutrition management', 'Oral nutritional supplements'] },
  // informer les patients sur la nutrition / educate healthcare users on nutrition
  { id: `${SKILL}9a5a5a61-15ee-4ffd-9fe9-b5e9fab9b261`, fr: ['Éducation nutritionnelle', 'Éducation thérapeutique en nutrition', 'Conseils nutritionnels aux patients'], en: ['Nutrition education', 'Dietary advice to patients'] },
  // organiser des séances de groupe sur la nutrition / deliver group sessions on nutrition
  { id: `${SKILL}3597b613-de06-45d8-89a4-6b01ceb1c3a8`, fr: ['Ateliers nutrition', 'Ateliers d\'éducation nutritionnelle', 'Ateliers diététiques'], en: ['Nutrition workshops', 'Healthy eating workshops'] },
  // proposer des conseils sur les problèmes alimentaires / offer advice on diet-related concerns
  { id: `${SKILL}e2858f53-a141-4cba-ad05-5b5a976b1d62`, fr: ['Conseils diététiques', 'Consultations diététiques', 'Suivi diététique'], en: ['Dietary advice', 'Weight management advice'] },
  // obésité / obesity
  { id: `${SKILL}6bed3a09-888b-4b85-b9f6-32b966154cf4`, fr: ['Prise en charge de l\'obésité', 'Suivi de chirurgie bariatrique', 'Obésité pédiatrique'], en: ['Obesity management', 'Bariatric dietetics'] },
  // effectuer une analyse nutritionnelle / perform nutrition analysis
  { id: `${SKILL}ff82aa43-aef7-40fe-9d0e-2426e95b4417`, fr: ['Enquête alimentaire', 'Calcul des apports nutritionnels', 'Analyse nutritionnelle des menus'], en: ['Dietary intake analysis', 'Nutritional analysis of menus'] },
  // préparer des repas diététiques / prepare dietary meals
  { id: `${SKILL}6b6babbe-2243-4772-9f8b-daa4c43c92a0`, fr: ['Textures modifiées', 'Alimentation à texture modifiée', 'IDDSI'], en: ['Texture modified diets', 'IDDSI'] },
  // Podologie, podiatry
  // mener une consultation de podologie / conduct podiatry consultation
  { id: `${SKILL}78cce04d-1a0d-455e-ae52-b4d5715a3e8e`, fr: ['Soins de pédicurie', 'Soins podologiques', 'Bilan podologique', 'Examen podologique', 'Traitement des hyperkératoses', 'Soins des cors et durillons'], en: ['Routine foot care', 'Podiatry clinics', 'Corns and callus removal', 'Biomechanical assessments'] },
  // podologie / chiropody
  { id: `${SKILL}3cc36ca3-61fd-48e4-87ee-cbe384bdf617`, fr: ['Pédicurie-podologie', 'Pédicurie'], en: ['Chiropody treatments'] },
  // concevoir des orthèses de pied / develop foot orthoses
  { id: `${SKILL}b1da2648-7d11-44db-80a3-3ed7a166333a`, fr: ['Semelles orthopédiques', 'Orthèses plantaires', 'Confection de semelles orthopédiques', 'Semelles thermoformées'], en: ['Custom insoles', 'Foot orthoses', 'Orthotic insoles', 'Custom orthotics'] },
  // traiter les ongles des patients / treat patients' nails
  { id: `${SKILL}5bbe85bd-6210-49bd-8c7a-6bf6329df211`, fr: ['Ongles incarnés', 'Soins des ongles incarnés', 'Orthonyxie'], en: ['Ingrown toenails', 'Nail surgery', 'Fungal nail treatment'] },
  // promouvoir la santé des pieds / promote foot health
  { id: `${SKILL}758868c2-6938-4193-aa83-f383ed0560e9`, fr: ['Prévention du pied diabétique', 'Éducation podologique', 'Pied diabétique'], en: ['Diabetic foot care', 'Foot health education', 'Diabetic foot screening'] },
  // problèmes de pieds / foot problems
  { id: `${SKILL}6594cf0c-b2bd-4b28-88a0-8966ffe687b6`, fr: ['Pathologies du pied', 'Hallux valgus', 'Verrues plantaires'], en: ['Verrucas', 'Bunions'] },
  // Audioprothèse, audiology
  // audiométrie / audiometry
  { id: `${SKILL}112a2d79-fff0-4b9b-92e9-7fe40cd6104b`, fr: ['Audiométrie tonale', 'Audiométrie vocale', 'Audiogramme', 'Tympanométrie'], en: ['Pure tone audiometry', 'Audiograms', 'Tympanometry'] },
  // utiliser des équipements spéciaux pour tester l’audition / use special hearing equipment for tests
  { id: `${SKILL}fcb5e5c1-69b4-46d7-b9e6-328a5381dd89`, fr: ['Tests auditifs', 'Bilan auditif', 'Dépistage auditif'], en: ['Hearing tests', 'Hearing screening'] },
  // régler des aides auditives / adjust hearing aids
  { id: `${SKILL}ec0d2580-ee2f-45e6-a423-c69dd3f03868`, fr: ['Réglage d\'aides auditives', 'Réglage des audioprothèses', 'Adaptation prothétique auditive', 'Appareillage auditif', 'Appareillage des malentendants'], en: ['Hearing aid fitting', 'Hearing aid programming'] },
  // réaliser des empreintes pour les moulages d’oreille / produce impressions for ear molds
  { id: `${SKILL}4c337c37-fc5f-474b-bb9e-d03858f0f9fd`, fr: ['Prise d\'empreintes auriculaires', 'Empreintes auriculaires', 'Embouts auriculaires sur mesure'], en: ['Ear impressions', 'Custom ear moulds'] },
  // effectuer des réparations sur des aides auditives / perform repairs for hearing aids
  { id: `${SKILL}9a592731-dd20-4ca4-a7e4-1553a9b58831`, fr: ['Réparation d\'aides auditives', 'SAV des aides auditives', 'Entretien des appareils auditifs'], en: ['Hearing aid repairs', 'Hearing aid maintenance'] },
  // nettoyer le conduit auditif d’un patient / clean patients' ear canals
  { id: `${SKILL}ff9a3bec-d0df-4a6f-ac60-a14a3486b764`, fr: ['Retrait de cérumen', 'Nettoyage du conduit auditif'], en: ['Ear wax removal', 'Microsuction', 'Ear irrigation'] },
  // expliquer l’utilisation des aides auditives / instruct on the use of hearing aids
  { id: `${SKILL}359b86b4-c7ff-47f8-b128-64ca24bfea1c`, fr: ['Éducation prothétique', 'Suivi post-appareillage'], en: ['Hearing aid aftercare'] },
  // utiliser du matériel audiologique / operate audiological equipment
  { id: `${SKILL}d6d3f866-7a35-4712-a5ec-964b20ffb976`, fr: ['Audiomètre', 'Cabine audiométrique', 'Impédancemètre'], en: ['Audiometer', 'Tympanometer'] },
];
