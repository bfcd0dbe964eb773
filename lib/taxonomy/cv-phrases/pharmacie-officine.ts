// Pharmacie d'officine et parapharmacie (préparateur/préparatrice en pharmacie, rayonniste parapharmacie, UK pharmacy technician / dispenser):
// CV phrasings not already in the other files.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // délivrer des médicaments / dispense medicines
  { id: `${SKILL}46b391a6-bbd9-4e80-afb0-ad205101af59`, fr: ['Délivrance sur ordonnance', 'Exécution des ordonnances', 'Délivrance au comptoir', 'Substitution générique', 'Délivrance des traitements chroniques'], en: ['Prescription dispensing', 'Dispensing repeat prescriptions', 'Generic substitution', 'Dispensing controlled drugs'] },
  // vérifier les informations sur des prescriptions / check information on prescriptions
  { id: `${SKILL}030de41b-bb8b-4e4b-859c-9afd4c17605b`, fr: ['Contrôle des ordonnances', 'Vérification des ordonnances', 'Contrôle de la validité des ordonnances', 'Vérification des posologies'], en: ['Prescription checking', 'Accuracy checking', 'Final accuracy check', 'Clinical screening of prescriptions'] },
  // préparer des médicaments selon une prescription / prepare medication from prescription
  { id: `${SKILL}ad32ac81-7dff-48c0-ac27-062d62b08861`, fr: ['Préparations magistrales', 'Préparations officinales', 'Réalisation de préparations magistrales', 'Préparatoire', 'Préparation de gélules', 'Préparation de pommades'], en: ['Extemporaneous dispensing', 'Extemporaneous preparations', 'Pharmacy compounding', 'Compounding medicines'] },
  // préparer les doses de médicaments selon les besoins des patients / prepare doses of medication according to patient needs
  { id: `${SKILL}be5d0d1c-780c-49f9-a809-e72458e5be38`, fr: ['Préparation des doses à administrer', 'Préparation des piluliers', 'Déconditionnement des médicaments', 'Piluliers pour EHPAD'], en: ['Blister packs', 'Dosette boxes', 'Filling dosette boxes', 'Monitored dosage systems', 'Compliance aids', 'Care home blister packs'] },
  // préparer des étiquettes de prescription / prepare prescription labels
  { id: `${SKILL}4dfebc9d-bb40-4629-9224-07b995fccf69`, fr: ['Étiquetage des préparations', 'Étiquetage des médicaments délivrés'], en: ['Prescription labelling', 'Dispensing labels'] },
  // assurer un approvisionnement adéquat des pharmacies / ensure the appropriate supply in pharmacy
  { id: `${SKILL}509fedda-d520-46b5-a801-b3d36221a645`, fr: ['Commandes grossiste', 'Commandes auprès des grossistes répartiteurs', 'Commandes directes laboratoires', 'Gestion des commandes de la pharmacie', 'Réception des commandes grossiste', 'Approvisionnement de l\'officine', 'Gestion des manquants', 'Gestion des ruptures de médicaments'], en: ['Pharmacy ordering', 'Ordering from pharmaceutical wholesalers', 'Pharmacy stock ordering', 'Managing owings', 'Pharmacy stock management'] },
  // réaliser un inventaire pharmaceutique / take pharmaceutical inventory
  { id: `${SKILL}2832382f-fa74-439f-a85e-6ff2d03c9cd0`, fr: ['Inventaire de l\'officine', 'Inventaire de la pharmacie', 'Inventaire des médicaments'], en: ['Pharmacy stock take', 'Pharmacy stocktake', 'Pharmacy inventory'] },
  // vérifier les dates de péremption de médicaments / check for medication expiry terms
  { id: `${SKILL}f024dd81-76a9-4d84-950e-7c6d1383a403`, fr: ['Gestion des périmés', 'Contrôle des dates de péremption', 'Suivi des péremptions', 'Retrait des produits périmés'], en: ['Expiry date checks', 'Short-dated stock'] },
  // assurer des conditions de stockage adéquates pour les médicaments / maintain adequate medication storage conditions
  { id: `${SKILL}540a1886-ab91-4324-9f63-568533fad853`, fr: ['Chaîne du froid des médicaments', 'Stockage des médicaments thermosensibles', 'Rangement des médicaments', 'Relevé des températures du réfrigérateur', 'Rangement des commandes en officine'], en: ['Fridge temperature monitoring', 'Fridge temperature logs', 'Medicines storage', 'Cold chain medicines', 'Controlled drugs cabinet'] },
  // tenir des registres de pharmacie / maintain pharmacy records
  { id: `${SKILL}c2ce5a8e-7885-48b7-81fe-3e8a057c47a9`, fr: ['Ordonnancier', 'Tenue de l\'ordonnancier', 'Registre des stupéfiants', 'Tenue du registre des stupéfiants', 'LGPI', 'Winpharma', 'Smart Rx', 'Pharmagest', 'Logiciel LEO', 'Logiciel officinal', 'Logiciel de gestion officinale'], en: ['Controlled drugs register', 'CD register', 'Pharmacy records', 'PharmOutcomes', 'ProScript', 'Titan PMR', 'Pharmacy Manager software'] },
  // garder une trace de prescriptions de clients / maintain records of clients' prescriptions
  { id: `${SKILL}ab1ad155-db0b-4fa0-8bac-856853c47175`, fr: ['Dossier pharmaceutique', 'Gestion du dossier pharmaceutique', 'Historique des délivrances', 'Suivi des ordonnances renouvelables'], en: ['Patient medication records', 'PMR', 'Prescription records'] },
  // fournir un avis pharmaceutique / provide pharmaceutical advice
  { id: `${SKILL}705ec490-d4e8-4792-a230-82182f53d14a`, fr: ['Conseil pharmaceutique', 'Conseil officinal', 'Conseil au comptoir', 'Conseil en officine', 'Conseil aux patients en officine'], en: ['Pharmacy advice', 'Over-the-counter advice', 'OTC advice', 'Counter advice in pharmacy'] },
  // médicaments d’automédication / medicines for self-medication
  { id: `${SKILL}e7468bc3-9f25-4c78-9077-4fd118afa4a4`, fr: ['Conseil en automédication', 'Produits OTC', 'Médicaments conseil'], en: ['OTC medicines', 'Over-the-counter medicines', 'Pharmacy medicines', 'GSL medicines', 'Non-prescription medicines'] },
  // fournir des informations sur les traitements médicamenteux / provide medication information
  { id: `${SKILL}4d8a78b7-b647-4d33-8bcf-1e472d3d5ba3`, fr: ['Explication de la posologie', 'Explication des traitements', 'Conseils de prise des médicaments', 'Plan de prise', 'Explication du plan de prise'], en: ['Medication counselling', 'Explaining dosage instructions', 'Counselling patients on medicines'] },
  // assurer la pharmacovigilance / ensure pharmacovigilance
  { id: `${SKILL}979fdc05-7bfe-41f8-b071-7d3ec4c9540b`, fr: ['Pharmacovigilance', 'Déclaration des effets indésirables', 'Signalement des effets indésirables'], en: ['Yellow Card reporting', 'Pharmacovigilance reporting', 'Adverse drug reaction reporting'] },
  // systèmes de vigilance pour les dispositifs médicaux / medical device vigilance reporting systems
  { id: `${SKILL}f4946c16-1dc0-4c56-9bd3-8b9e68a49277`, fr: ['Déclaration de matériovigilance'], en: ['Medical device incident reporting'] },
  // signaler des interactions médicamenteuses au pharmacien / report medication interaction to pharmacist
  { id: `${SKILL}fa3ad3cd-d0e5-45c5-9093-845d86af52be`, fr: ['Détection des interactions médicamenteuses', 'Contrôle des interactions médicamenteuses', 'Repérage des contre-indications'], en: ['Drug interaction checks', 'Flagging drug interactions'] },
  // gestion sûre des médicaments / safe management of medicines
  { id: `${SKILL}2d6904db-9e16-42a5-bc12-c5acb8bfab18`, fr: ['Gestion des stupéfiants', 'Circuit du médicament', 'Sécurisation du circuit du médicament', 'Destruction des médicaments non utilisés'], en: ['Controlled drugs handling', 'Safe handling of medicines', 'Medicines management', 'Destruction of controlled drugs'] },
  // traiter les demandes des assurances médicales / process medical insurance claims
  { id: `${SKILL}7361c086-443c-43c2-8215-31ef8e8895e5`, fr: ['Gestion du tiers payant', 'Facturation SESAM-Vitale', 'Gestion des rejets de tiers payant', 'Facturation des mutuelles', 'Télétransmission SESAM-Vitale', 'Facturation aux caisses et mutuelles'], en: ['Prescription endorsing', 'NHS prescription claims', 'Prescription exemptions'] },
  // vendre des produits orthopédiques / sell orthopedic goods
  { id: `${SKILL}aaed82e5-b4cb-490c-85f9-509c75e6cbf0`, fr: ['Vente de matériel orthopédique', 'Petit appareillage orthopédique', 'Orthopédie de petit appareillage', 'Vente de bas de contention', 'Vente d\'orthèses', 'Orthopédie à l\'officine'], en: ['Orthopaedic supports', 'Selling orthopaedic products', 'Orthopaedic appliances sales'] },
  // recommander des produits orthopédiques à des clients en fonction de leur état de santé / recommend orthopedic goods to customers depending on their condition
  { id: `${SKILL}8f342cc3-8541-42b2-b553-7a60c9a93244`, fr: ['Prise de mesures pour bas de contention', 'Prise de mesures orthopédiques', 'Conseil en contention veineuse', 'Conseil en orthopédie', 'Essayage d\'orthèses'], en: ['Compression hosiery fitting', 'Measuring for compression stockings', 'Fitting orthopaedic supports'] },
  // donner des conseils sur le fonctionnement de dispositifs médicaux / advise on medical device features
  { id: `${SKILL}9072e955-3c24-408e-a069-15f3fb012e72`, fr: ['Location de matériel médical', 'Vente de matériel médical', 'Matériel médical à domicile', 'Conseil en matériel médical', 'Location de fauteuils roulants', 'Aides techniques à domicile'], en: ['Mobility aids', 'Medical equipment hire', 'Home medical equipment', 'Blood pressure monitors advice'] },
  // conseiller des clients sur l'utilisation de produits cosmétiques / advise customers on usage of cosmetics
  { id: `${SKILL}78ecad49-4579-4e6d-932e-edeaada0fdfe`, fr: ['Dermocosmétique', 'Conseil en dermocosmétique', 'Conseil dermo-cosmétique', 'Conseil parapharmacie', 'Conseil en hygiène et soins du corps'], en: ['Skincare counter', 'Dermocosmetics', 'Advising on skincare products', 'Pharmacy skincare advice'] },
  // vendre des produits cosmétiques / sell cosmetics
  { id: `${SKILL}7b56814d-5617-4e9a-af69-f30e63358759`, fr: ['Vente de parapharmacie', 'Vente de dermocosmétique', 'Vente de produits de parapharmacie', 'Animation du rayon parapharmacie', 'Rayon parapharmacie'], en: ['Selling skincare products', 'Toiletries sales', 'Beauty and toiletries sales'] },
  // phytothérapie / phytotherapy
  { id: `${SKILL}493fb8bf-d880-4499-b374-b1ecb0df4b50`, fr: ['Conseil en phytothérapie', 'Plantes médicinales', 'Tisanes et plantes'], en: ['Herbal remedies', 'Herbal medicines', 'Herbal medicine advice'] },
  // mettre en œuvre une aromathérapie / apply aromatherapy
  { id: `${SKILL}b811231c-9398-4996-bd14-48b15a3caaeb`, fr: ['Conseil en aromathérapie', 'Huiles essentielles', 'Conseil en huiles essentielles'], en: ['Essential oils', 'Essential oils advice'] },
  // médicaments homéopathiques / homeopathy remedies
  { id: `${SKILL}c5564e30-bb56-451e-87cb-79c1279392be`, fr: ['Conseil en homéopathie', 'Granules homéopathiques', 'Souches homéopathiques'], en: ['Homeopathic remedies', 'Homeopathic medicines'] },
  // nutrition / nutrition
  { id: `${SKILL}13d96098-2ff0-46b8-b326-b7c0e18cc1f1`, fr: ['Compléments alimentaires', 'Conseil en compléments alimentaires', 'Conseil en micronutrition'], en: ['Vitamins and supplements', 'Food supplements', 'Nutritional supplements'] },
  // interagir avec les fournisseurs de matériel médical / interact with healthcare suppliers
  { id: `${SKILL}1854ad4a-9789-4596-9a9e-fed7b8a29c50`, fr: ['Relation avec les laboratoires pharmaceutiques', 'Relation avec les grossistes répartiteurs', 'Réception des délégués pharmaceutiques', 'Négociation avec les laboratoires'], en: ['Liaising with pharmaceutical wholesalers', 'Liaising with pharmaceutical reps'] },
  // classification des médicaments / medication classification
  { id: `${SKILL}4262ddf4-4985-4d23-ba82-f82a226b2bde`, fr: ['Connaissance des médicaments', 'Connaissance des spécialités pharmaceutiques', 'Classes thérapeutiques', 'Médicaments génériques'], en: ['Knowledge of medicines', 'Drug classes'] },
  // législation pharmaceutique / pharmaceutical legislation
  { id: `${SKILL}0aa38c07-644b-4f81-8014-924ea3cc8dc5`, fr: ['Réglementation pharmaceutique', 'Réglementation des stupéfiants', 'Législation des médicaments', 'Listes des substances vénéneuses'], en: ['Medicines legislation', 'Controlled drugs regulations', 'Pharmacy regulations', 'Human Medicines Regulations'] },
  // remplir des rayons / stock shelves
  { id: `${SKILL}7e9daad3-8604-4839-af9b-dc6f8db3ef68`, fr: ['Réassort parapharmacie', 'Rangement des tiroirs à médicaments', 'Rangement des médicaments dans le robot'], en: ['Pharmacy shelf stocking', 'Restocking pharmacy shelves'] },
  // techniques de merchandising / merchandising techniques
  { id: `${SKILL}51317990-9672-4635-bd76-7882718af136`, fr: ['Merchandising en officine', 'Merchandising parapharmacie', 'Mise en avant des produits de parapharmacie', 'Têtes de gondole parapharmacie'], en: ['Pharmacy merchandising', 'Pharmacy planograms'] },
  // modifier des vitrines / change window displays
  { id: `${SKILL}42ce6826-1bab-4c67-8534-5f21643fbcbd`, fr: ['Vitrines de pharmacie', 'Réalisation des vitrines de l\'officine'], en: ['Pharmacy window displays'] },
];
