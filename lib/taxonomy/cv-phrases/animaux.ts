// Soins aux animaux (toiletteur, soigneur animalier, auxiliaire spécialisé vétérinaire, agent animalier,
// palefrenier, éleveur canin, pet sitter): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // toiletter des animaux / groom animals
  { id: `${SKILL}f37dd722-72b4-4550-bca1-d19176208deb`, fr: ['Toilettage canin', 'Toilettage félin', 'Toilettage des chiens', 'Toilettage des chats', 'Toilettage toutes races', 'Coupe des griffes', 'Démêlage du poil', 'Nettoyage des oreilles du chien'], en: ['Full grooms', 'Dog grooming', 'Cat grooming', 'Pet grooming', 'Claw clipping', 'Nail clipping for dogs', 'De-matting', 'Deshedding'] },
  // toiletter le pelage d’un chien / style a dog's coat
  { id: `${SKILL}f9fe044f-3bfd-4bc1-b59d-a601a91beda7`, fr: ['Tonte des chiens', 'Épilation manuelle du chien', 'Trimming', 'Stripping', 'Toilettage aux ciseaux', 'Coupe des chiens aux ciseaux', 'Coupes de race', 'Respect des standards de race'], en: ['Hand stripping', 'Hand scissoring', 'Breed trims', 'Breed standard cuts', 'Clipping dogs', 'Puppy trims'] },
  // baigner des chiens / bathe dogs
  { id: `${SKILL}23531571-0de4-4644-b0d3-092b2f1b8678`, fr: ['Bain des chiens', 'Shampooing canin', 'Shampooing des chiens', 'Bain et shampooing des animaux'], en: ['Bathing dogs', 'Shampooing dogs', 'Bath and brush'] },
  // sécher le pelage d’un chien dans le cadre d’un toilettage / dry dog's coat for further treatment
  { id: `${SKILL}18de364d-dd1f-4770-8173-e26171898f7b`, fr: ['Séchage au souffleur', 'Séchage du pelage', 'Séchage des chiens'], en: ['Blow drying dogs', 'Fluff drying', 'Force drying', 'High velocity dryer'] },
  // planifier des tâches de toilettage de chiens / plan dog grooming work
  { id: `${SKILL}758ddaf4-c2c0-4681-8724-d685de5ace17`, fr: ['Diagnostic du pelage', 'Conseil en toilettage', 'Choix de la coupe selon la race'], en: ['Grooming consultations', 'Coat assessment'] },
  // contrôler les mouvements d'animaux / control animal movement
  { id: `${SKILL}0e9fbf47-0cec-4d82-97f9-12a3334819fe`, fr: ['Contention des animaux', 'Contention des chiens et chats'], en: ['Animal restraint', 'Restraining animals'] },
  // superviser la détention d'animaux dans le cadre d'activités vétérinaires / supervise animal handling for veterinary activities
  { id: `${SKILL}fb58508d-f526-4f0b-ba8f-36571e845393`, fr: ['Contention lors des soins vétérinaires'], en: ['Restraining animals for the vet'] },
  // interagir en toute sécurité avec des animaux / safely interact with animals
  { id: `${SKILL}3c82bd87-15f3-4628-a0ff-db396139ca3e`, fr: ['Manipulation des animaux', 'Approche des animaux', 'Manipulation des chiens et chats', 'Manipulation des NAC'], en: ['Animal handling', 'Dog handling', 'Safe animal handling'] },
  // nourrir des animaux / provide nutrition to animals
  { id: `${SKILL}3ab0d7fc-a266-4609-bdab-85d09d5de10e`, fr: ['Nourrissage des animaux', 'Nourrissages', 'Préparation des rations', 'Préparation des repas des animaux', 'Distribution des repas aux animaux'], en: ['Feeding and watering', 'Preparing animal diets'] },
  // entretenir les lieux de vie d’animaux / maintain animal accommodation
  { id: `${SKILL}89d25455-184b-4c20-9cbc-9f5f89df500f`, fr: ['Nettoyage des enclos', 'Entretien des enclos', 'Nettoyage des loges', 'Nettoyage des chenils', 'Entretien des chenils', 'Nettoyage de la chatterie', 'Changement des litières', 'Nettoyage des terrariums'], en: ['Kennel duties', 'Cattery duties', 'Cleaning enclosures', 'Kennel cleaning', 'Cleaning out cages', 'Enclosure maintenance', 'Cattery cleaning'] },
  // fournir un environnement enrichissant à des animaux / provide an enriching environment for animals
  { id: `${SKILL}41730268-d97a-42dd-b6e0-b117d9432eb5`, fr: ['Enrichissement du milieu', 'Enrichissements alimentaires', 'Mise en place d\'enrichissements', 'Enrichissement comportemental'], en: ['Animal enrichment', 'Behavioural enrichment', 'Enrichment programmes'] },
  // évaluer le comportement d’un animal / assess animal behavior
  { id: `${SKILL}d33b9bd2-6dcb-4abc-b3c2-96b8983d5c97`, fr: ['Observation du comportement animal', 'Observation des animaux', 'Suivi comportemental des animaux'], en: ['Behavioural observations', 'Observing animal behaviour', 'Behaviour assessments', 'Temperament assessment'] },
  // surveiller le bien-être d'animaux / monitor the welfare of animals
  { id: `${SKILL}d10030a4-f49c-4125-8646-6b091efe5089`, fr: ['Surveillance de l\'état de santé des animaux', 'Surveillance sanitaire des animaux', 'Suivi de l\'état de santé des animaux', 'Surveillance quotidienne des animaux'], en: ['Animal health checks', 'Monitoring animal welfare', 'Daily checks on animals'] },
  // signes de maladie animale / signs of animal illness
  { id: `${SKILL}32d011d6-7875-4cc3-9755-28b366ef927b`, fr: ['Détection des signes de maladie', 'Repérage des animaux malades'], en: ['Recognising sick animals'] },
  // administrer des traitements à des animaux / administer treatment to animals
  { id: `${SKILL}f842b607-730e-4a01-b27d-12e3e4535975`, fr: ['Administration de médicaments aux animaux', 'Vermifugation', 'Traitements antiparasitaires'], en: ['Administering animal medication', 'Giving medication to animals', 'Worming', 'Flea treatments', 'Flea and worm treatments'] },
  // administrer les premiers soins à un animal / provide first aid to animals
  { id: `${SKILL}546aaf54-8f69-4573-837c-b60e00327edc`, fr: ['Premiers secours animaliers', 'Secourisme canin', 'Secourisme animalier'], en: ['Pet first aid', 'Canine first aid'] },
  // gérer l’hygiène animale / manage animal hygiene
  { id: `${SKILL}912f7556-6b75-4d73-9658-4e710050199d`, fr: ['Hygiène animale', 'Désinfection des locaux animaliers', 'Protocoles d\'hygiène en chenil'], en: ['Animal hygiene', 'Kennel hygiene'] },
  // bien-être animal / animal welfare
  { id: `${SKILL}4e6cfb60-9579-4822-8a5e-424bc0c8835c`, fr: ['ACACED', 'Certificat de capacité animaux domestiques', 'Attestation de connaissances pour les animaux de compagnie'], en: ['Five freedoms'] },
  // organiser des activités physiques pour des animaux / implement exercise activities for animals
  { id: `${SKILL}ac223703-4984-4c98-a579-33dacd0e14c0`, fr: ['Sorties des chiens', 'Détente des chiens', 'Mise au paddock', 'Mise au marcheur', 'Sortie au paddock'], en: ['Exercising dogs', 'Exercising horses', 'Turning out horses', 'Turnout and bringing in'] },
  // fournir des services de promenade de chiens / provide dog walking services
  { id: `${SKILL}75f797a1-fa35-44ac-bf72-6f229c3b1561`, fr: ['Promenade de chiens', 'Promenades canines', 'Dog walking', 'Balades canines'], en: ['Dog walking', 'Group dog walks'] },
  // fournir des services de garde d’animaux de compagnie au domicile de propriétaires / provide pet sitting services in owners' homes
  { id: `${SKILL}a7445303-2d79-4dd6-b3a3-f46bd3e2de0d`, fr: ['Pet sitting', 'Garde d\'animaux', 'Garde d\'animaux à domicile', 'Garde de chiens', 'Garde de chats', 'Visites à domicile pour animaux', 'Garde d\'animaux de compagnie'], en: ['Pet sitting', 'Cat sitting', 'House sitting with pets', 'Home boarding', 'Pet care visits'] },
  // dresser des chiens / train dogs
  { id: `${SKILL}eb634991-cd5b-41e9-a9ac-35dc0c8070be`, fr: ['Éducation canine', 'Éducation des chiens', 'Dressage canin', 'Obéissance canine', 'Socialisation des chiots', 'Éducation des chiots'], en: ['Puppy training', 'Obedience training', 'Puppy socialisation', 'Recall training'] },
  // mettre en œuvre des programmes de dressage pour des animaux / implement training programs  for animals
  { id: `${SKILL}dfe95f86-64d7-4e90-8505-349311940683`, fr: ['Training médical', 'Entraînement médical des animaux'], en: ['Husbandry training'] },
  // passer un animal au lecteur de puce électronique / scan an animal to locate a microchip
  { id: `${SKILL}749ae61c-fe7b-461b-8bc3-349f46617ee7`, fr: ['Lecture de puce électronique', 'Lecture des puces', 'Vérification de l\'identification des animaux', 'Fichier I-CAD', 'I-CAD'], en: ['Microchip scanning', 'Checking microchips'] },
  // implanter une puce électronique à un animal / implant microchips in animals
  { id: `${SKILL}d4ea6fc9-e533-480e-851e-285c0ffe5125`, fr: ['Puçage', 'Pose de puce électronique'], en: ['Microchipping', 'Microchip implantation'] },
  // gérer l’adoption d’animaux / manage animal adoption
  { id: `${SKILL}9508b9a4-690a-4bf3-ba28-fcfba9f5e7d2`, fr: ['Adoptions d\'animaux', 'Suivi des adoptions en refuge', 'Entretiens avec les adoptants', 'Visites pré-adoption', 'Placement des animaux en famille'], en: ['Rehoming', 'Animal rehoming', 'Home checks for adopters'] },
  // coordonner les soins à des animaux abandonnés / coordinate care of neglected animals
  { id: `${SKILL}8241a98f-06cf-4584-92f2-59826dac0702`, fr: ['Prise en charge des animaux abandonnés', 'Accueil des animaux abandonnés', 'Accueil des animaux trouvés', 'Gestion de fourrière animale'], en: ['Stray intake', 'Animal intake', 'Caring for neglected animals'] },
  // sauver des animaux / rescue animals
  { id: `${SKILL}03d93bf5-3c09-489c-a0d7-a895b068041a`, fr: ['Sauvetage animalier', 'Capture d\'animaux errants', 'Ramassage d\'animaux errants'], en: ['Stray collection', 'Catching stray dogs'] },
  // créer des registres sur les animaux / create animal records
  { id: `${SKILL}80c4d5a3-fe4a-4f6f-9bb0-1f6605f98d43`, fr: ['Registre des entrées et sorties des animaux', 'Tenue du registre des animaux', 'Fiches de suivi des animaux'], en: ['Animal records', 'Kennel records', 'Updating animal records'] },
  // accueillir les clients d’un vétérinaire et leurs animaux pour les rendez-vous / receive veterinary clients and their animals for appointments
  { id: `${SKILL}ad26ee70-5303-449b-96be-18041c931666`, fr: ['Accueil en clinique vétérinaire', 'Accueil clientèle en clinique vétérinaire', 'Accueil des propriétaires et de leurs animaux', 'Prise de rendez-vous vétérinaires', 'Accueil téléphonique en clinique vétérinaire'], en: ['Veterinary reception', 'Vet reception', 'Booking vet appointments', 'Greeting clients and their pets'] },
  // conseiller des clients sur les soins à prodiguer à des animaux domestiques / advise customers on appropriate pet care
  { id: `${SKILL}0f829ca3-7352-4a54-a991-b2fb3412c94c`, fr: ['Conseils aux propriétaires d\'animaux', 'Conseil en soins aux animaux'], en: ['Advising pet owners', 'Pet care advice'] },
  // recommander une sélection d'aliments pour animaux domestiques / recommend pet food selection
  { id: `${SKILL}35383697-4d9d-4aee-a178-773986e598bc`, fr: ['Conseil en alimentation animale', 'Conseil nutritionnel pour chiens et chats', 'Vente d\'aliments pour animaux'], en: ['Pet food advice', 'Nutrition advice for pets'] },
  // vendre des accessoires pour animaux domestiques / sell pet accessories
  { id: `${SKILL}48bb7429-f9a2-4bac-8982-3729b5c7f43d`, fr: ['Vente en animalerie', 'Rayon animalerie', 'Vente d\'accessoires pour animaux'], en: ['Pet shop sales'] },
  // participer à des procédures médicales vétérinaires générales / assist in general veterinary medical procedures
  { id: `${SKILL}14728ad1-fe4a-4921-8962-ab10a585c521`, fr: ['Assistance au vétérinaire', 'Assistance en consultation vétérinaire', 'Aide en consultation vétérinaire'], en: ['Assisting the vet', 'Assisting veterinary surgeons', 'Assisting in vet consultations'] },
  // intervenir en tant qu'assistant pour des opérations chirurgicales vétérinaires / assist in veterinary surgery
  { id: `${SKILL}278395f4-20d9-491b-8329-8f9b362700ab`, fr: ['Assistance en chirurgie vétérinaire', 'Aide en chirurgie vétérinaire', 'Assistance au bloc opératoire vétérinaire'], en: ['Assisting in veterinary surgery', 'Veterinary theatre assistance', 'Vet theatre duties'] },
  // préparer des animaux pour une opération chirurgicale / prepare animals for veterinary surgery
  { id: `${SKILL}e89fbede-3d65-4744-9a41-2990e66492f2`, fr: ['Préparation des animaux avant chirurgie', 'Préparation préopératoire des animaux', 'Tonte du site opératoire'], en: ['Prepping animals for surgery', 'Pre-op preparation of animals'] },
  // aider à l’administration de produits anesthésiants à usage vétérinaire / assist in administering veterinary anesthetics
  { id: `${SKILL}186776ca-1758-454f-a544-2004f21bee9f`, fr: ['Anesthésie vétérinaire', 'Surveillance de l\'anesthésie des animaux'], en: ['Veterinary anaesthesia', 'Monitoring animal anaesthesia'] },
  // fournir des soins infirmiers à des animaux hospitalisés / provide nursing care for hospitalized animals
  { id: `${SKILL}1048db56-0ef6-431a-a830-9686c07113f2`, fr: ['Soins aux animaux hospitalisés', 'Suivi des animaux hospitalisés', 'Gestion du chenil d\'hospitalisation', 'Soins infirmiers vétérinaires'], en: ['Nursing hospitalised animals', 'Kennel nursing', 'Veterinary ward duties'] },
  // stériliser le matériel médical / sterilize medical equipment
  { id: `${SKILL}2ee3dfd7-fd74-42e8-b32d-5b727e6e929d`, fr: ['Stérilisation du matériel chirurgical', 'Stérilisation du matériel vétérinaire', 'Préparation des boîtes chirurgicales'], en: ['Sterilising surgical instruments', 'Surgical kit sterilisation', 'Autoclaving surgical kits'] },
  // délivrer des médicaments vétérinaires sous la supervision d’un professionnel / supply veterinary medicine under professional direction
  { id: `${SKILL}d87269e5-722f-451a-8616-4f9e13431e57`, fr: ['Délivrance de médicaments vétérinaires', 'Délivrance des produits vétérinaires', 'Vente de produits vétérinaires', 'Délivrance d\'antiparasitaires'], en: ['Dispensing veterinary medicines', 'Veterinary dispensing', 'Dispensing flea and worm treatments'] },
  // maintenir des stocks de matériel vétérinaire / maintain stocks of veterinary materials
  { id: `${SKILL}eeb2c17a-79f1-4e6d-9786-c34d462b7ae1`, fr: ['Gestion des stocks de la clinique vétérinaire', 'Gestion de la pharmacie vétérinaire', 'Commandes de médicaments vétérinaires'], en: ['Veterinary stock control', 'Ordering veterinary supplies'] },
  // tenir les registres d’une clinique vétérinaire / maintain veterinary clinical records
  { id: `${SKILL}1d6d32ea-9753-4069-b6b3-98cd6a1195c1`, fr: ['Dossiers patients vétérinaires', 'Logiciel vétérinaire', 'Vetup', 'GMVet'], en: ['Veterinary clinical records', 'RoboVet', 'ezyVet', 'RxWorks'] },
  // tenir un registre administratif dans un cabinet vétérinaire / maintain administrative records in the veterinary office
  { id: `${SKILL}fa96f4e2-71ef-45b7-9bc7-823ad398cbc4`, fr: ['Facturation des actes vétérinaires', 'Secrétariat vétérinaire', 'Secrétariat de clinique vétérinaire'], en: ['Veterinary admin', 'Veterinary practice administration'] },
  // entretenir les espaces de travail dans un cabinet vétérinaire / maintain work environments in a veterinary practice
  { id: `${SKILL}e1bcb3aa-cb5e-4dcf-ab90-f7adcbd2c848`, fr: ['Entretien de la clinique vétérinaire', 'Hygiène de la clinique vétérinaire', 'Désinfection de la clinique vétérinaire'], en: ['Cleaning the veterinary practice'] },
  // intervenir en tant qu'assistant lors de procédures d’imagerie de diagnostic vétérinaire / support veterinary diagnostic imaging procedures
  { id: `${SKILL}908f0c27-ccc8-4c8f-b926-037c3beaebd3`, fr: ['Radiologie vétérinaire', 'Radiographie vétérinaire', 'Échographie vétérinaire'], en: ['Veterinary radiography', 'Veterinary X-rays'] },
  // intervenir en tant qu'assistant lors de procédures de diagnostic vétérinaire / support veterinary diagnostic procedures
  { id: `${SKILL}69cbecb1-2a77-42b6-ae0b-61507e85ddec`, fr: ['Analyses en laboratoire vétérinaire', 'Coproscopie', 'Analyses sanguines vétérinaires'], en: ['Veterinary lab work', 'In-house veterinary lab tests'] },
  // prodiguer des soins à des chevaux / provide care for horses
  { id: `${SKILL}540e80b9-0e1e-4842-a9d8-e46804e567f0`, fr: ['Pansage des chevaux', 'Préparation des chevaux', 'Sellage', 'Harnachement des chevaux', 'Douchage des chevaux'], en: ['Horse care', 'Rugging', 'Rugging horses', 'Leading horses', 'Horse handling'] },
  // nettoyer les pattes de chevaux / clean horse's legs
  { id: `${SKILL}64a84114-60d6-4f6b-8691-865cdf9b97d1`, fr: ['Curage des pieds', 'Soins des pieds du cheval', 'Nettoyage des membres du cheval'], en: ['Picking out feet', 'Picking out hooves', 'Washing horses\' legs'] },
  // nettoyer des stalles / clean stalls
  { id: `${SKILL}9b3445d0-c567-4880-a592-eedd710e4a11`, fr: ['Curage des écuries', 'Faire les boxes', 'Remise en état des boxes'], en: ['Skipping out', 'Bedding down', 'Mucking out stables'] },
  // dresser de jeunes chevaux / teach young horses
  { id: `${SKILL}e52040f0-3c0b-4f4d-b6c3-4d669bc30995`, fr: ['Débourrage', 'Débourrage des jeunes chevaux', 'Travail des jeunes chevaux'], en: ['Breaking in young horses', 'Backing young horses', 'Starting young horses'] },
  // dresser des chevaux / train horses
  { id: `${SKILL}0d69dcea-0d40-4e66-988d-b8e64d81ec76`, fr: ['Travail à la longe', 'Travail à pied', 'Longe des chevaux'], en: ['Long reining', 'Lunging horses'] },
  // monter à cheval / ride horses
  { id: `${SKILL}f31bc8df-aa92-4371-a2b4-18215fcb9700`, fr: ['Galop 7', 'Galop 6', 'Galop 5', 'Galop 4', 'Niveau galop'], en: ['Riding out', 'Hacking out', 'Exercise riding'] },
  // transporter des chevaux / transport horses
  { id: `${SKILL}c4a8f38e-6ce0-4175-8c0d-1239b6f2b932`, fr: ['Conduite de van à chevaux', 'Conduite de camion à chevaux'], en: ['Horsebox driving', 'Loading horses'] },
  // gérer une écurie / mange stable
  { id: `${SKILL}79c48123-b0d4-4d01-b511-0ce999f3161c`, fr: [], en: ['Stable management'] },
  // atteler des chevaux à une calèche / harness horses to carriage
  { id: `${SKILL}dca5240d-2fe1-4814-8baf-4000019234e9`, fr: ['Attelage de chevaux'], en: ['Carriage driving', 'Harnessing horses'] },
  // organiser l’élevage de chiens / manage dog breeding
  { id: `${SKILL}d68f99e3-c171-4705-98bb-78b8f46e5bd5`, fr: ['Élevage canin', 'Élevage de chiens', 'Gestion des reproducteurs canins'], en: ['Dog breeding'] },
  // assister lors de mises bas / assist animal birth
  { id: `${SKILL}d69f2971-5de6-4493-9000-5323115c5c06`, fr: ['Mises bas', 'Surveillance des mises bas', 'Poulinages'], en: ['Whelping', 'Whelping puppies', 'Foaling', 'Kittening'] },
  // soigner de jeunes animaux / care for juvenile animals
  { id: `${SKILL}92dfcb21-863c-4fa8-9458-3760e53e966a`, fr: ['Soins aux chiots', 'Soins aux chatons', 'Sevrage des chiots', 'Biberonnage des chatons'], en: ['Puppy care', 'Hand rearing', 'Bottle feeding kittens', 'Kitten care'] },
  // respecter les consignes de sécurité d'un zoo / follow zoo safety precautions
  { id: `${SKILL}5b26afb8-5bee-426b-99cb-0d5dde7b3267`, fr: ['Sécurité en parc zoologique', 'Procédures animaux dangereux', 'Consignes de sécurité en parc animalier'], en: ['Zoo safety procedures', 'Dangerous animal protocols'] },
  // aider au transport d’animaux / assist in transportation of animals
  { id: `${SKILL}51f30679-bc69-4fc8-b456-d3e6a560fe0b`, fr: ['Convoyage d\'animaux', 'Transport d\'animaux vivants'], en: ['Pet transport', 'Animal transportation'] },
];
