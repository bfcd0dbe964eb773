// Transport routier de marchandises et de personnes, livraison, courses, ambulance (chauffeur-livreur, conducteur PL/SPL,
// conducteur de bus, VTC, ambulancier): CV phrasings not already in skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // distribuer le courrier / deliver correspondence
  { id: `${SKILL}df1265b9-81fd-4a40-a746-f0442ffbf7ef`, fr: ['Livraison de colis', 'Distribution de colis', 'Remise des colis', 'Tournée de distribution', 'Livraison en messagerie', 'Livraisons multi-points'], en: ['Delivering mail', 'Mail delivery', 'Delivering post', 'Post delivery', 'Delivering letters', 'Parcel delivery', 'Delivering parcels', 'Multi-drop', 'Last-mile delivery', 'Postal deliveries'] },
  // conduire des véhicules / drive vehicles
  { id: `${SKILL}2a82241a-216e-44d8-bb50-6b9a0ef82084`, fr: ['Conduite poids lourd', 'Conduite PL', 'Conduite SPL', 'Conduite de porteur', 'Conduite de semi-remorque', 'Conduite de VUL', 'Conduite de fourgon'], en: ['Van driving', '7.5 tonne driving', 'Class 1 driving', 'Class 2 driving', 'Multi-drop van driving'] },
  // manœuvrer des poids-lourds / maneuver  heavy trucks
  { id: `${SKILL}8215bbba-2f6d-4530-bf41-904d871eaf72`, fr: ['Manœuvres poids lourd', 'Mise à quai', 'Manœuvres en marche arrière'], en: ['Reversing onto bays', 'Manoeuvring HGVs', 'Manoeuvring trailers'] },
  // manœuvrer un bus / maneuver  bus
  { id: `${SKILL}4f8f9d1e-6672-4e58-abb2-258e8b1c700f`, fr: ['Conduite de bus', 'Conduite d\'autocar', 'Conduite d\'autobus', 'Conduite de car', 'Transport scolaire'], en: ['Bus driving', 'Coach driving', 'PCV driving'] },
  // garantir le confort des passagers / ensure passenger comfort
  { id: `${SKILL}54f8cc6e-7499-4062-949b-ab616b8efd26`, fr: ['Accueil des voyageurs', 'Transport de voyageurs', 'Sécurité et confort des passagers', 'Transport de personnes'], en: ['Passenger care', 'Passenger assistance', 'Passenger transport'] },
  // conduire en milieu urbain / drive in urban areas
  { id: `${SKILL}2815f65d-6adb-46a6-8041-5768febf5580`, fr: ['Conduite urbaine', 'Conduite en ville', 'Conduite en agglomération', 'VTC'], en: ['Urban driving', 'City driving', 'Private hire driving', 'Taxi driving'] },
  // gérer les documents d'expédition / handle shipment documentation
  { id: `${SKILL}a25e5613-9c7c-4bdc-a145-b72644b69694`, fr: ['Émargement des bons de livraison', 'Preuve de livraison', 'Documents de transport', 'Lettre de voiture', 'CMR'], en: ['Proof of delivery', 'Delivery paperwork', 'Delivery notes', 'CMR notes'] },
  // aider à déplacer des charges lourdes / assist in the movement of heavy loads
  { id: `${SKILL}3ab2b4be-e304-4c3c-98f5-ce0620218bc6`, fr: ['Déménagement', 'Portage de meubles', 'Manutention de mobilier', 'Démontage et remontage de meubles', 'Manutention lourde'], en: ['House removals', 'Removals', 'Furniture removals', 'Moving furniture', 'Heavy lifting'] },
  // conduire une ambulance en situation non urgente / drive ambulance under non-emergency conditions
  { id: `${SKILL}cd12a46a-342c-4695-8046-b1b3da0ef6ed`, fr: ['Transport sanitaire', 'Transport de patients', 'Conduite de VSL', 'Transport assis professionnalisé'], en: ['Patient transport', 'PTS driving'] },
  // conduire une ambulance en situation d’urgence / drive ambulance under emergency conditions
  { id: `${SKILL}13dd985b-9baf-43bd-b85b-9f44e2f0bade`, fr: ['Transports urgents', 'Conduite en urgence'], en: ['Emergency driving', 'Blue light driving'] },
  // vérifier l'absence de détérioration d'un véhicule / check vehicle damage (the driver's walk-round check before leaving)
  { id: `${SKILL}25ea0473-04f6-4bdc-be88-cb280142e7ca`, fr: ['Tour du véhicule avant départ', 'Vérification de l\'état du véhicule', 'Contrôle visuel du véhicule'], en: ['Vehicle damage checks'] },
  // maintenir l'entretien d'un véhicule / maintain vehicle service (every driver's daily checks; were under the ambulance's roadworthiness)
  { id: `${SKILL}9b57ce6d-97ba-487b-9b66-41cfb15db739`, fr: ['Contrôle du véhicule avant départ', 'Vérification quotidienne du véhicule'], en: ['Vehicle daily inspection'] },
  // encaisser les paiements / take payments for bills (a courier's cash on delivery)
  { id: `${SKILL}798d60b0-b089-4035-94b2-a26386aa7d5a`, fr: ['Encaissement des contre-remboursements', 'Contre-remboursements', 'Encaissement à la livraison'], en: ['Cash on delivery', 'Taking payments on delivery'] },
  // conduire de manière défensive / perform defensive driving (drivers write safe and economical driving)
  { id: `${SKILL}fe490139-ccc4-4b82-ab55-5c6708cb0e30`, fr: ['Conduite économique et sécuritaire', 'Conduite sécuritaire', 'Conduite rationnelle et sécuritaire'], en: ['Safe and fuel-efficient driving', 'Safe driving', 'Safe urban driving'] },
  // préparer, charger et décharger des véhicules de transport de marchandises dangereuses / prepare, load and unload dangerous goods vehicles
  { id: `${SKILL}14f4a9a6-8572-431e-9847-4da2975d85b4`, fr: ['Chargement en dépôt pétrolier', 'Chargement et dépotage', 'Chargement et déchargement de citernes', 'Dépotage en station-service'], en: ['Loading and discharging tankers'] },
  // percevoir le prix de billets / collect fares (conducteur de bus, agent de ligne)
  { id: `${SKILL}eb83486b-4ade-43b6-b6d6-4aa9cdc5189c`, fr: ['Vente des titres de transport', 'Vente de titres de transport', 'Vente de tickets à bord', 'Encaissement des titres de transport'], en: ['Selling tickets on board', 'Fare collection', 'Taking fares'] },
  // vérifier les billets de passagers / check passenger tickets
  { id: `${SKILL}6969bcc6-93f1-4afd-bad8-64ed72c9b041`, fr: ['Contrôle des titres de transport', 'Vérification des titres de transport', 'Contrôle des billets'], en: ['Ticket inspection', 'Checking tickets'] },
];
