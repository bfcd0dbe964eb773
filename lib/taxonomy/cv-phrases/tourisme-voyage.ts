// Tourisme, voyage, accueil touristique, loisirs (conseiller voyage, agent de comptoir, guide, agent d'accueil
// touristique, animateur de camping): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // utiliser le système mondial de distribution / use global distribution system
  { id: `${SKILL}116083f9-8d05-4b2e-a15f-287b18de5f67`, fr: ['Amadeus', 'GDS Amadeus', 'GDS Sabre', 'GDS Galileo', 'GDS', 'Amadeus Selling Platform', 'Travelport'], en: ['Amadeus', 'Amadeus GDS', 'Sabre GDS', 'Galileo GDS', 'GDS', 'Travelport Galileo', 'Worldspan'] },
  // procurer des conseils sur les destinations de voyage / provide advice on travel destinations
  { id: `${SKILL}ee0146ce-68d1-4fd0-9317-b81ac7297d86`, fr: ['Conseil en voyages', 'Conseil sur les destinations', 'Conseil clientèle en agence de voyages'], en: ['Destination advice', 'Travel advice', 'Destination knowledge', 'Advising customers on destinations'] },
  // vendre des forfaits touristiques / sell tourist packages
  { id: `${SKILL}4b406514-b3ed-4906-a347-7ebe6be52450`, fr: ['Vente de voyages', 'Vente de séjours', 'Vente de forfaits touristiques', 'Vente de circuits', 'Vente de croisières', 'Vente de prestations touristiques', 'Vente d\'excursions'], en: ['Selling holidays', 'Holiday sales', 'Travel sales', 'Package holidays', 'Cruise sales', 'Selling flights and hotels', 'Selling excursions'] },
  // préparer les offres de voyage / prepare travel packages
  { id: `${SKILL}35b8ed9a-8649-41a7-9dac-013e9b3bbde1`, fr: ['Montage de voyages', 'Montage de séjours', 'Création de circuits touristiques', 'Production de voyages', 'Organisation de voyages de groupes'], en: ['Putting together holiday packages', 'Tour packaging', 'Group travel arrangements'] },
  // personnaliser les forfaits voyage / customize travel package
  { id: `${SKILL}5e965ca1-0d70-491a-b0e8-647f236d2fb4`, fr: ['Voyages sur mesure', 'Séjours sur mesure', 'Devis de voyages', 'Devis de séjours', 'Élaboration de devis voyages'], en: ['Tailor-made holidays', 'Bespoke travel', 'Travel quotes', 'Holiday quotes'] },
  // élaborer des itinéraires touristiques personnalisés / devise tailor-made tourism itineraries
  { id: `${SKILL}39d7a905-07f0-43a8-82c8-be135821d564`, fr: ['Itinéraires sur mesure', 'Création d\'itinéraires de voyage', 'Carnets de voyage', 'Programmes de voyage personnalisés'], en: ['Bespoke itineraries', 'Tailor-made itineraries'] },
  // procédures de réservation de voyage / travel bookings processes
  { id: `${SKILL}94c41e56-2a55-4fbb-a03b-e3ca2080d0f2`, fr: ['Billetterie aérienne', 'Billetterie ferroviaire', 'Émission de billets d\'avion', 'Réémission de billets', 'Billetterie avion et train'], en: ['Air ticketing', 'Airline ticketing', 'Issuing airline tickets', 'Rail ticketing', 'Ticket reissues'] },
  // prendre des réservations / make reservations
  { id: `${SKILL}fdc21239-053c-4b52-9bef-2bc2771a4939`, fr: ['Réservation de vols', 'Réservation de billets d\'avion', 'Réservations hôtelières', 'Réservation de locations de voitures'], en: ['Booking flights', 'Hotel bookings', 'Car hire bookings', 'Booking holidays'] },
  // traiter les réservations / process reservations
  { id: `${SKILL}936a42f0-a586-4595-9e47-ca93210761fd`, fr: ['Gestion des dossiers voyages', 'Modifications et annulations de réservations'], en: ['Booking amendments', 'Booking amendments and cancellations'] },
  // proposer une assurance assistance voyage / advertise travel insurance
  { id: `${SKILL}360bad99-6286-4db4-aefc-e3be77b5c978`, fr: ['Vente d\'assurances voyage', 'Assurance annulation voyage', 'Assurances assistance rapatriement'], en: ['Selling travel insurance', 'Travel insurance sales'] },
  // contrôler les documents de voyage / check travel documentation
  { id: `${SKILL}ecf9d792-1218-4020-a807-b756aeadad14`, fr: ['Formalités de voyage', 'Formalités visas et passeports' ], en: ['Visa and passport requirements' ] },
  // négocier l’achat de services et produits touristiques / negotiate tourism experience purchases
  { id: `${SKILL}9763c3d0-f464-455c-9a22-8bd0798012f3`, fr: ['Achat de prestations touristiques', 'Négociation avec les prestataires touristiques', 'Contracting hôtelier'], en: ['Hotel contracting', 'Negotiating with tour suppliers', 'Contracting with local suppliers'] },
  // négocier des tarifs touristiques / negotiate tourism rates
  { id: `${SKILL}d8f5acd1-6651-455f-b4e1-44e0df9b3f74`, fr: ['Négociation des tarifs groupes', 'Négociation de tarifs hôteliers'], en: ['Negotiating group rates', 'Negotiating hotel rates'] },
  // constituer un réseau de contacts avec des prestataires de services touristiques / build a network of contacts with suppliers of tourist services
  { id: `${SKILL}c97ba966-6d85-4f07-bb24-f1f08f962f6c`, fr: ['Relations avec les prestataires touristiques', 'Relations avec les réceptifs', 'Réseau de prestataires touristiques'], en: ['Liaising with ground handlers', 'Liaising with tour operators', 'Tour operator relations'] },
  // gérer la prestation de services touristiques / manage allocation of tourism services
  { id: `${SKILL}bc8db683-947d-456b-ba8a-be711b777fda`, fr: ['Gestion des allotements', 'Allotements hôteliers', 'Gestion des allotements aériens'], en: ['Hotel allotments', 'Allotment management'] },
  // développer des produits touristiques / develop tourism products
  { id: `${SKILL}6a8e9cfe-b337-406b-8549-7db7cdc93c96`, fr: ['Création de produits touristiques', 'Conception d\'offres touristiques', 'Développement de l\'offre touristique'], en: ['Creating tourism products'] },
  // fournir des informations liées au tourisme / provide tourism related information
  { id: `${SKILL}350c932d-f9b3-4adb-a5cc-cd5cff4a1912`, fr: ['Accueil touristique', 'Conseil en séjour', 'Accueil et information des touristes', 'Information des visiteurs en office de tourisme'], en: ['Tourist information', 'Advising tourists', 'Visitor information centre', 'Tourist information centre'] },
  // industrie locale régionale et touristique / local area tourism industry
  { id: `${SKILL}221a3714-9a9e-43a4-869e-184bbea5e32d`, fr: ['Connaissance de l\'offre touristique locale', 'Connaissance de la destination', 'Connaissance des sites touristiques de la région'], en: ['Knowledge of local attractions', 'Local tourism knowledge'] },
  // collecter des informations touristiques / collect tourist information
  { id: `${SKILL}c9885d0c-afac-48a1-88b4-3c3482192947`, fr: ['Tourinsoft', 'Apidae', 'Mise à jour de la base de données touristique' ], en: ['Updating tourist information databases'] },
  // distribuer des supports d’informations touristiques locales / distribute local information materials
  { id: `${SKILL}08cdec3b-0d81-4575-b405-168e3178a768`, fr: ['Diffusion de documentation touristique', 'Gestion de la documentation touristique', 'Distribution de brochures touristiques'], en: ['Distributing tourist leaflets', 'Stocking brochure racks'] },
  // élaborer des supports d’informations touristiques / develop tourist information materials
  { id: `${SKILL}d1e572a1-3cd9-4329-bccd-ff1309f02a1c`, fr: ['Rédaction de brochures touristiques', 'Conception de guides touristiques', 'Création de documents touristiques'], en: ['Writing tourist brochures', 'Producing visitor guides'] },
  // informer des visiteurs sur les lieux d'une tournée / inform visitors at tour sites
  { id: `${SKILL}ef49078c-256b-452e-8729-54c0541442c4`, fr: ['Visites guidées', 'Visites commentées', 'Commentaires de visite', 'Conduite de visites guidées', 'Animation de visites guidées', 'Guidage touristique'], en: ['Guided tours', 'Leading guided tours', 'Tour commentary', 'Delivering commentary', 'Walking tours' ] },
  // étudier des visites guidées / research visitor tours
  { id: `${SKILL}b68c0c01-9b21-45b3-b645-d1dc0be50017`, fr: ['Préparation des visites guidées', 'Préparation des commentaires de visite', 'Recherches historiques pour les visites'], en: ['Researching tour content', 'Preparing tour commentary'] },
  // sélectionner des circuits de visite / select visitor routes
  { id: `${SKILL}1f612375-7b50-45e0-b39f-e6b07f3dd562`, fr: ['Conception de circuits de visite', 'Création de parcours de visite'], en: ['Planning tour routes', 'Designing walking tour routes'] },
  // accompagner les visiteurs sur les sites d'intérêt / escort visitors to places of interest
  { id: `${SKILL}a0c277a6-1ca6-4798-a5c9-cd199dbdff45`, fr: ['Accompagnement de groupes de touristes', 'Accompagnement de circuits', 'Accompagnement d\'excursions', 'Circuits en autocar'], en: ['Escorting tour groups', 'Escorting tourists', 'Tour escorting', 'Coach tours'] },
  // prendre en charge des groupes de touristes / manage tourist groups
  { id: `${SKILL}a7c51c48-802c-44ee-a40e-79b18b1d4365`, fr: ['Encadrement de groupes de touristes' ], en: ['Tour group management' ] },
  // accueillir des groupes en voyage organisé / welcome tour groups
  { id: `${SKILL}580e21c2-565f-4a91-a90c-83a58564638e`, fr: ['Accueil des groupes de touristes', 'Réunions de bienvenue', 'Pot d\'accueil', 'Accueil des vacanciers à l\'aéroport'], en: ['Welcome meetings', 'Airport meet and greet', 'Greeting holidaymakers'] },
  // organiser le transport des groupes en voyage organisé / organize transportation of tour groups
  { id: `${SKILL}7e8ca2c7-76b0-4083-9503-a6b82d1f01bd`, fr: ['Organisation des transferts', 'Transferts aéroport-hôtel', 'Gestion des transferts'], en: ['Arranging transfers', 'Coach transfers'] },
  // fournir des services d’interprétation dans le cadre de visites touristiques / provide interpreting services in tours
  { id: `${SKILL}8cd9e2f0-25bb-43af-b910-0866ebc58e1a`, fr: ['Interprétariat touristique', 'Interprétation lors des visites'], en: ['Tour interpreting'] },
  // pratiquer des langues étrangères dans le secteur du tourisme / apply foreign languages in tourism
  { id: `${SKILL}ce04b5bc-ffb6-47b2-b386-ba40911e8542`, fr: ['Visites guidées en anglais', 'Visites en langues étrangères', 'Accueil des touristes étrangers', 'Accueil en langues étrangères'], en: ['Multilingual tours', 'Guiding in foreign languages'] },
  // répondre à des plaintes de visiteurs / respond to visitor complaints
  { id: `${SKILL}079079fd-7918-491b-8302-34bec3e10d5d`, fr: ['Gestion des réclamations des vacanciers'], en: ['Handling holidaymaker complaints', 'Resolving guest complaints on holiday'] },
  // vendre des tickets / sell tickets
  { id: `${SKILL}2d823e3d-7b19-46d9-88a8-31bacac76a5d`, fr: ['Vente de billetterie', 'Billetterie de spectacles' ], en: ['Ticket sales', 'Box office' ] },
  // collecter des droits d'entrée / collect visitor fees
  { id: `${SKILL}28e2ad4e-3b4e-4a76-aaa2-f33d02a4797c`, fr: ['Encaissement des droits d\'entrée', 'Encaissement des entrées'], en: ['Collecting admission fees'] },
  // organiser l'accès aux attractions touristiques / organize entry to attractions
  { id: `${SKILL}6a84bb32-b025-4abb-b88b-f1b882a9f022`, fr: ['Réservation d\'activités de loisirs', 'Réservation d\'excursions', 'Réservation de billets d\'entrée'], en: ['Booking excursions', 'Booking attraction tickets'] },
  // superviser les activités de divertissement des clients / supervise entertainment activities for guests
  { id: `${SKILL}133db141-afc7-4b56-b19b-b358fc817751`, fr: ['Animation de camping', 'Animation en club de vacances', 'Animation touristique', 'Animation en village vacances', 'Animations en soirée'], en: ['Holiday park entertainment', 'Guest entertainment', 'Resort entertainment'] },
  // élaborer des programmes de divertissement / develop entertainment programs
  { id: `${SKILL}e985bd67-6a1b-4096-b706-6c99d7f60116`, fr: ['Programme d\'animations', 'Planning d\'animations', 'Soirées à thème', 'Spectacles de soirée'], en: ['Entertainment programme', 'Planning entertainment schedules', 'Theme nights'] },
  // organiser des activités de camp / organize camp activities
  { id: `${SKILL}a50d5e4e-3375-433b-a365-c3e4133a570e`, fr: ['Mini-club', 'Club enfants', 'Club ados', 'Animation mini-club'], en: ['Kids club', 'Kids\' club activities', 'Teen club'] },
  // proposer des activités de loisirs / propose leisure activities
  { id: `${SKILL}f18bb25a-2e7b-499d-89d6-b5896d047a01`, fr: ['Proposition d\'activités de loisirs', 'Conseil en activités de loisirs'], en: ['Recommending leisure activities', 'Suggesting activities to guests'] },
  // superviser les activités du camping / supervise camp operations
  { id: `${SKILL}4b1f6b75-6d0e-40e2-8d30-5a8ef5d006b0`, fr: ['Accueil des campeurs', 'Réception de camping', 'Gestion de camping', 'Accueil camping'], en: ['Campsite operations', 'Holiday park operations', 'Campsite reception'] },
  // gérer les installations de camping / maintain camping facilities
  { id: `${SKILL}27cea4fb-1441-4694-8771-f54376b8f50f`, fr: ['Entretien des emplacements de camping', 'Préparation des mobil-homes', 'Entretien du camping'], en: ['Campsite pitch maintenance', 'Preparing caravans', 'Campsite maintenance'] },
  // nettoyer les installations de camping / clean camping facilities
  { id: `${SKILL}76ed802c-90d7-4c29-968c-9fb0f5ca59c1`, fr: ['Nettoyage des mobil-homes', 'Ménage des mobil-homes', 'Nettoyage des sanitaires du camping'], en: ['Caravan cleaning', 'Mobile home cleaning', 'Cleaning holiday lodges'] },
];
