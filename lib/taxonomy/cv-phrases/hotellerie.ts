// Hôtellerie, hébergement (réceptionniste, night audit, femme/valet de chambre, gouvernante): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // gérer les arrivées et les départs / deal with arrivals in accommodation
  { id: `${SKILL}25c0b413-f474-42fa-be01-20289d2634c4`, en: ['Checking guests in and out', 'Arrivals and departures'] },
  // traiter les demandes de réservation / process booking
  { id: `${SKILL}345486f3-f265-4fc8-8ed0-5e96e768e333`, fr: ['Réservations', 'Suivi des réservations', 'Centrale de réservation', 'Booking.com', 'Channel manager'], en: ['Reservations', 'Handling reservations', 'Taking bookings', 'Booking management'] },
  // assister les clients lors de leur départ / assist guest departure
  { id: `${SKILL}094e594d-83cc-4480-bad8-fae0ec2ed8ab`, fr: ['Check-out', 'Facturation des clients à leur départ', 'Encaissement des séjours', 'Clôture des notes clients'], en: ['Guest checkout', 'Settling guest bills'] },
  // entretenir une zone d’accueil / maintain reception area
  { id: `${SKILL}59b2d857-dd1c-4596-925e-219c0ebf9c5d`, fr: ['Tenue de la réception', 'Entretien du hall de réception'], en: ['Front desk upkeep', 'Keeping the lobby tidy'] },
  // superviser les services ménagers / supervise housekeeping operations
  { id: `${SKILL}00f12ec1-b416-4e3c-8ed7-c4f875c6b681`, fr: ['Contrôle des chambres', 'Vérification des chambres', 'Encadrement des femmes de chambre', 'Gestion de l\'équipe d\'étage'], en: ['Head housekeeper duties', 'Room inspections', 'Housekeeping supervision', 'Checking rooms'] },
  // entretenir les chambres / service rooms
  { id: `${SKILL}50e2757f-ba69-46ce-98a4-a1e95051cfbe`, fr: ['Recouches', 'Chambres en recouche', 'Chambres à blanc', 'Mise en place des produits d\'accueil'], en: ['Housekeeping', 'Room cleaning', 'Turndown service', 'Room attendant duties'] },
  // superviser le service de lingerie / oversee guest laundry service
  { id: `${SKILL}10411953-14de-40b2-b959-809605113a75`, fr: ['Lingerie hôtelière', 'Service de blanchisserie hôtelière', 'Gestion de la lingerie'], en: ['Hotel laundry', 'Guest laundry'] },
  // repasser des textiles / iron textiles
  { id: `${SKILL}562b1180-83e7-4041-8468-2f28d03b7893`, fr: ['Repassage', 'Repassage du linge', 'Pliage et repassage'], en: ['Ironing', 'Ironing and pressing', 'Pressing clothes'] },
  // prendre les commandes en chambre / take room service orders
  { id: `${SKILL}de63dd11-7c5d-4938-9e5a-5e92625e74be`, fr: ['Room service', 'Service en chambre'], en: ['Room service', 'In-room dining'] },
  // faire des réservations / arrange bookings
  { id: `${SKILL}18d39e12-b7f5-4426-8b84-afd3d43af20e`, fr: ['Conciergerie', 'Réservation de taxis et restaurants', 'Services de conciergerie'], en: ['Concierge services'] },
  // laver du linge / wash the laundry
  { id: `${SKILL}04838ae5-a737-48a0-a782-3d1b6b6cb75b`, fr: ['Blanchisserie', 'Lavage du linge', 'Entretien du linge en blanchisserie'], en: ['Laundry', 'Laundry duties'] },
  // enregistrer des clients à leur arrivée / check in guests
  { id: `${SKILL}add193d6-b7bf-40ab-98ff-4a4c6c807387`, fr: ['Check-in', 'Accueil des arrivées'], en: ['Check-ins'] },
  // faire les lits / make the beds
  { id: `${SKILL}e0c6fdd1-336a-4e2f-91d1-ab4a2f9c385d`, fr: ['Réfection des lits', 'Changement des draps'], en: ['Changing beds'] },
  // préparer les chariots de service / prepare service trolleys (housekeeping and room-service trolleys)
  { id: `${SKILL}a5acf4ab-767c-42cc-b9ae-b4a11faa198f`, fr: ['Approvisionnement du chariot', 'Préparation du chariot de ménage', 'Réassort des chariots d\'étage'], en: ['Stocking housekeeping trolleys', 'Restocking trolleys', 'Preparing the housekeeping trolley'] },
  // réapprovisionner les toilettes en fournitures / restock toilet facilities' supplies (a room's toiletries too)
  { id: `${SKILL}bb62b926-73ff-437d-aac1-5f8af6cc8e52`, fr: ['Réassort des produits d\'accueil', 'Réapprovisionnement des produits d\'accueil', 'Remise en place des produits d\'accueil'], en: ['Restocking toiletries', 'Replenishing guest toiletries', 'Restocking bathroom amenities'] },
  // réapprovisionner les serviettes / restock towels
  { id: `${SKILL}7a089041-d616-4676-a63b-5933a8d7bd70`, fr: ['Remplacement des serviettes', 'Changement du linge de toilette'], en: ['Replacing towels', 'Extra towels'] },
];
