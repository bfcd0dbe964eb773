// Gardiennage d'immeuble, conciergerie, déménagement (gardien d'immeuble, concierge, déménageur, monte-meubles):
// CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // trier les déchets / sort waste
  { id: `${SKILL}110d7aa3-e44e-4cce-a927-8d4de615f3d9`, fr: ['Sortie des conteneurs', 'Sortie et rentrée des conteneurs', 'Sortie des bacs', 'Gestion des locaux poubelles', 'Gestion des encombrants'], en: ['Putting bins out', 'Bin store management', 'Bulky waste removal'] },
  // nettoyer des locaux / clean rooms
  { id: `${SKILL}7bb01a18-4637-4535-ba18-258f48f705b8`, fr: ['Entretien des parties communes', 'Nettoyage des halls et escaliers', 'Nettoyage des cages d\'escalier', 'Entretien des halls d\'immeuble'], en: ['Communal area cleaning', 'Stairwell cleaning'] },
  // effectuer des petites réparations sur les installations techniques de bâtiments / perform minor repairs to buildings' systems
  { id: `${SKILL}6768f208-f11e-4a07-8644-c59d5e035b76`, fr: ['Remplacement des ampoules', 'Petits travaux de plomberie', 'Petits travaux d\'électricité', 'Petites réparations dans les logements', 'Réparations courantes dans l\'immeuble'], en: ['Changing light bulbs', 'Minor plumbing repairs', 'Minor electrical repairs', 'Caretaking repairs'] },
  // dresser un état des lieux / make an inventory of fixtures
  { id: `${SKILL}7336bc42-d917-40c2-8791-2ac798c89067`, fr: ['État des lieux d\'entrée', 'État des lieux de sortie', 'États des lieux entrants et sortants', 'Pré-état des lieux'], en: ['Check-in inventories', 'Check-out inspections', 'Move-out inspections'] },
  // communiquer avec des locataires / communicate with tenants
  { id: `${SKILL}fe6a2b76-95f5-48b0-b120-a77d7d66794a`, fr: ['Accueil des locataires', 'Accueil des nouveaux locataires', 'Écoute des locataires', 'Médiation entre locataires', 'Gestion des troubles de voisinage'], en: ['Resident liaison', 'Neighbour disputes'] },
  // contrôler la sécurité d’un bâtiment / monitor building security
  { id: `${SKILL}7d7221d4-4d64-49e8-94a6-a3b19b7c3455`, fr: ['Surveillance de l\'immeuble', 'Surveillance des parties communes', 'Surveillance de la résidence', 'Fermeture des accès de l\'immeuble', 'Vérification des portes et issues'], en: ['Building security checks', 'Securing the building', 'Locking up the premises'] },
  // relever du courrier / collect mail
  { id: `${SKILL}3fc4af68-4d22-4be0-82d7-fa7267577612`, fr: ['Levée du courrier', 'Réception du courrier des résidents'], en: ['Collecting post'] },
  // gérer le courrier / handle mail
  { id: `${SKILL}76f22707-8d30-453f-9eb7-3376e2960311`, fr: ['Distribution du courrier aux résidents', 'Distribution des avis d\'échéance'], en: ['Distributing post to residents'] },
  // gérer les colis et livraisons / handle delivered packages
  { id: `${SKILL}e1f2f22f-3248-4eb2-83a6-c6f7c4437c5c`, fr: ['Réception des colis', 'Gestion des colis des résidents', 'Réception des livraisons pour les résidents'], en: ['Receiving parcels', 'Parcel handling for residents'] },
  // encaisser des loyers / collect rental fees
  { id: `${SKILL}758e968d-1a75-4205-9cd7-c3ffac2f19b8`, fr: ['Perception des loyers', 'Remise des quittances de loyer'], en: ['Rent collection', 'Collecting rent'] },
  // gérer des sous-traitants / manage sub-contract labor
  { id: `${SKILL}a5735dd9-2e74-4fb1-b785-50b98498fc25`, fr: ['Suivi des interventions des entreprises', 'Suivi des entreprises extérieures', 'Accompagnement des entreprises intervenantes', 'Contrôle des prestations des entreprises'], en: ['Overseeing contractors', 'Contractor supervision', 'Escorting contractors', 'Supervising contractors on site'] },
  // signaler des réparations importantes à faire sur des bâtiments / report major building repairs
  { id: `${SKILL}ab998cd1-52ff-441d-987b-4df914159771`, fr: ['Signalement des dysfonctionnements', 'Signalement des anomalies techniques', 'Signalement des dégradations', 'Remontée des dysfonctionnements au bailleur'], en: ['Reporting repairs', 'Reporting defects', 'Logging repairs', 'Reporting maintenance issues'] },
  // évaluer l’état d’un bâtiment / examine the conditions of buildings
  { id: `${SKILL}98119761-07b9-4e27-ae16-23586ab4becb`, fr: ['Contrôle de l\'état du bâti', 'Visite technique de l\'immeuble', 'Tournées de contrôle du patrimoine', 'Contrôle des équipements communs'], en: ['Block inspections', 'Estate inspections', 'Building condition checks'] },
  // inspecter des équipements anti-incendie / inspect fire equipment
  { id: `${SKILL}52819593-af43-4c5e-b143-ce9f71ef2aac`, fr: ['Contrôles de sécurité incendie', 'Contrôle des extincteurs et des BAES', 'Vérification des extincteurs', 'Contrôle des équipements de sécurité incendie', 'Contrôle des blocs de secours'], en: ['Fire alarm testing', 'Weekly fire alarm tests', 'Fire equipment checks', 'Fire extinguisher checks'] },
  // déneiger / remove snow
  { id: `${SKILL}63dd281f-f980-4c0f-b0fc-eb13a679ae90`, fr: ['Déneigement des accès', 'Salage des accès', 'Salage et déneigement'], en: ['Gritting', 'Snow clearing', 'Snow and ice clearance'] },
  // organiser des visites de propriétés / organize property viewing
  { id: `${SKILL}f405e179-f6bb-4c19-92f3-023a7254382c`, fr: ['Visite des logements vacants', 'Faire visiter les logements', 'Visites de logements'], en: ['Showing flats to prospective tenants', 'Void property viewings'] },
  // emballer des objets fragiles pour le transport / pack fragile items for transportation
  { id: `${SKILL}dd504527-793b-4bd2-9ad1-a5024c4b4e1d`, fr: ['Emballage d\'objets fragiles', 'Emballage de la vaisselle', 'Emballage du mobilier', 'Mise sous couvertures', 'Mise sous housse du mobilier', 'Emballage des œuvres d\'art'], en: ['Packing fragile items', 'Packing china', 'Furniture wrapping', 'Blanket wrapping'] },
  // emballer des articles / pack goods
  { id: `${SKILL}667cbbaf-f377-46d8-8f2d-1f6d8a55d74a`, fr: ['Mise en cartons', 'Emballage des cartons'], en: ['Packing boxes', 'Boxing up'] },
  // aider à déplacer des charges lourdes / assist in the movement of heavy loads
  { id: `${SKILL}3ab2b4be-e304-4c3c-98f5-ce0620218bc6`, fr: ['Déménagement de bureaux', 'Déménagements de particuliers', 'Déménagement d\'entreprise'], en: ['Office relocations', 'Office moves', 'Commercial removals', 'Domestic removals'] },
  // soulever des charges lourdes / lift heavy weights
  { id: `${SKILL}ab2bb44a-3956-4028-8715-8b70b1960b99`, fr: ['Port de charges lourdes', 'Portage en étages', 'Portage dans les escaliers', 'Port de charges'], en: ['Lifting heavy loads', 'Carrying heavy items', 'Carrying furniture up stairs'] },
  // assembler des meubles préfabriqués / assemble prefabricated furniture
  { id: `${SKILL}fb370da8-255b-41c6-af69-ffe5676cfe62`, fr: ['Remontage du mobilier', 'Remontage de meubles', 'Démontage du mobilier'], en: ['Dismantling and reassembling furniture', 'Flat-pack dismantling'] },
  // installer du mobilier dans un bâtiment / set up furniture in the building
  { id: `${SKILL}67b169f0-8468-4cb7-a5ae-f227fe25f13e`, fr: ['Mise en place du mobilier', 'Installation du mobilier chez le client', 'Placement des meubles'], en: ['Furniture placement', 'Setting up furniture'] },
  // utiliser des palans / operate hoists (not "Monte-meubles": it stems like "Montage de meubles")
  { id: `${SKILL}adf17445-91e2-4f3d-bff1-a97b18b42752`, fr: ['Monte-charge de déménagement', 'Élévateur de déménagement', 'Lift de déménagement'], en: ['Furniture lift', 'Furniture hoist', 'External furniture hoist'] },
  // appliquer des techniques d'empilage de marchandises dans des conteneurs / apply techniques for stacking goods into containers
  { id: `${SKILL}3c73898b-04a6-4e3a-b84a-3a032277c916`, fr: ['Rangement du mobilier dans le camion', 'Optimisation du volume du camion', 'Chargement optimisé du camion'], en: ['Stacking the removal van', 'Packing the van'] },
  // assurer l'arrimage de la cargaison / secure cargo in stowage
  { id: `${SKILL}3818c3ab-c20b-404e-b59b-09ef2d34c263`, fr: ['Arrimage du mobilier', 'Sanglage du mobilier'], en: ['Strapping furniture'] },
  // analyser les exigences relatives aux biens à déménager / analyze  requirements for moving goods
  { id: `${SKILL}f8fc167b-20e6-4bb8-a93f-096275e09cc1`, fr: ['Visite technique de déménagement', 'Estimation du volume à déménager', 'Cubage du mobilier', 'Estimation du cubage à déménager'], en: ['Removal surveys', 'Moving surveys', 'Pre-move surveys'] },
  // conseiller des clients sur des services de déménagement / advise clients on moving services
  { id: `${SKILL}440ad7e8-79e6-4530-b67b-63f2de3c2b3d`, fr: ['Conseil en déménagement', 'Conseil aux clients déménageant', 'Devis de déménagement'], en: ['Advising on removals', 'Removal quotes'] },
  // suivre des procédures détaillées pour le déplacement de produits spécifiques / follow detailed procedures for relocating specific goods
  { id: `${SKILL}0571fb74-b254-4ef7-8dd7-7e1e7893d783`, fr: ['Déménagement de pianos', 'Transport de pianos', 'Manutention d\'œuvres d\'art', 'Déménagement d\'objets d\'art', 'Transfert de coffres-forts', 'Manutention de meubles anciens'], en: ['Piano moving', 'Piano removals', 'Fine art handling', 'Antique furniture handling', 'Safe moving'] },
  // sélectionner les équipements nécessaires pour les activités de déplacement / select equipment required for moving activities
  { id: `${SKILL}f4ad3d0a-a5c0-4442-9485-6e3ca83be035`, fr: ['Préparation du matériel de déménagement', 'Choix du matériel de manutention', 'Chargement du matériel de déménagement'], en: ['Preparing removal equipment', 'Selecting moving equipment'] },
  // transférer des bagages / transfer luggage
  { id: `${SKILL}6e93befa-b682-4644-aa9a-46d658478056`, fr: ['Portage des bagages', 'Manutention des bagages'], en: ['Luggage handling', 'Carrying luggage', 'Baggage portering'] },
];
