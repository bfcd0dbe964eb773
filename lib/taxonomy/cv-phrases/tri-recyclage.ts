// Tri, recyclage, déchetterie, valorisation (agent de tri, valoriste, agent de déchetterie, ripeur, opérateur de
// recyclage): CV phrasings not already in proprete.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // trier les déchets / sort waste
  { id: `${SKILL}110d7aa3-e44e-4cce-a927-8d4de615f3d9`, fr: ['Tri manuel des déchets', 'Tri sur tapis', 'Tri en cabine', 'Surtri', 'Tri des emballages', 'Tri des collectes sélectives', 'Tri des refus'], en: ['Manual sorting of recyclables', 'Sorting recyclables', 'MRF picking', 'Waste sorting'] },
  // analyser des types de déchets / assess waste type
  { id: `${SKILL}1ead478f-4e9d-4aa7-a728-823fc1e894f5`, fr: ['Identification des matières recyclables', 'Identification des déchets', 'Connaissance des filières de tri'], en: ['Identifying recyclable materials', 'Identifying waste streams'] },
  // contrôler des déchets à leur réception / control delivered waste
  { id: `${SKILL}f6dacb04-d322-425f-8eb5-241101abcb8f`, fr: ['Contrôle des apports', 'Pesée des déchets', 'Pont-bascule'], en: ['Weighbridge', 'Weighbridge operation', 'Checking incoming waste', 'Waste acceptance checks'] },
  // stocker des déchets triés / store sorted waste
  { id: `${SKILL}5efdcf3b-9c19-4b1c-ac41-7347493da37d`, fr: ['Gestion des alvéoles', 'Rangement des déchets triés'], en: ['Storing sorted materials'] },
  // gérer les déchets collectés / manage collected waste
  { id: `${SKILL}2fb4b423-c1e4-407d-ba48-38032d8dcda2`, fr: ['Vidage au quai de transfert', 'Déchargement des collectes'], en: ['Tipping at transfer station'] },
  // utiliser du matériel de transformation du recyclage / operate recycling processing equipment
  { id: `${SKILL}1fe682ad-b8a2-44bb-a557-7eccf79b2014`, fr: ['Broyage des déchets', 'Conduite de broyeur', 'Crible rotatif', 'Trommel', 'Séparateur magnétique', 'Séparateur à courants de Foucault', 'Tri optique'], en: ['Waste shredder', 'Trommel screen', 'Eddy current separator', 'Optical sorting'] },
  // utiliser une presse à balles / operate bale presses
  { id: `${SKILL}e4d34eaf-742e-4bba-801d-e8d617f1f419`, fr: ['Balleuse', 'Presse à cartons', 'Compactage en balles', 'Compacteur à cartons'], en: ['Cardboard baler', 'Baling machine', 'Waste baler'] },
  // éliminer des déchets dangereux / dispose of hazardous waste
  { id: `${SKILL}40fa39b5-0f69-432a-b5ea-b01b5d98649a`, fr: ['Déchets dangereux', 'Déchets diffus spécifiques', 'Gestion des déchets dangereux', 'Déchets toxiques', 'Tri des DDS'], en: ['Hazardous waste', 'Hazardous waste disposal', 'Special waste'] },
  // stockage de déchets dangereux / hazardous waste storage
  { id: `${SKILL}ed8dbdd1-5b40-4eaf-adaf-3b1f6d16a37b`, fr: ['Stockage des DDS', 'Local DDS'] },
  // collecter des ordures ménagères / collect domestic waste
  { id: `${SKILL}ff9f1770-2b94-4afa-bf82-1671d7f54b99`, fr: ['Collecte en porte-à-porte', 'Collecte des OM', 'Collecte des bacs', 'Collecte sélective', 'Collecte des encombrants'], en: ['Domestic waste collection', 'Kerbside collection', 'Household waste collection', 'Bulky waste collection', 'Loading bins onto the lifter'] },
  // collecter des déchets industriels / collect industrial waste
  { id: `${SKILL}28bc5334-5372-4bd6-8458-c2b516dd6104`, fr: ['Collecte des DIB', 'Déchets industriels banals'], en: ['Commercial waste collection', 'Trade waste', 'Industrial waste collection'] },
  // conduire un véhicule de collecte de déchets / drive waste collection vehicle
  { id: `${SKILL}fef6422f-0186-4513-8dd8-a277aa6f556d`, fr: ['Conduite de BOM', 'Conduite de benne à ordures ménagères', 'Benne à ordures ménagères', 'Ampliroll', 'Polybenne', 'Conduite de camion ampliroll'], en: ['RCV driving', 'Refuse vehicle driving', 'Driving refuse collection vehicles', 'Hook loader', 'Skip lorry'] },
  // respecter les calendriers de collecte pour recyclage / follow recycling collection schedules
  { id: `${SKILL}ca4ae285-244f-4321-83d6-b109bd1693bc`, fr: ['Calendrier de collecte des déchets', 'Tournées de ramassage des déchets'], en: ['Recycling collection rounds', 'Following collection schedules'] },
  // tenir des registres de collecte de déchets / maintain waste collection records
  { id: `${SKILL}82ea1455-ff29-43c8-8074-685fa2653144`, fr: ['Registre des déchets', 'Bordereaux de suivi des déchets', 'Traçabilité des déchets', 'Trackdéchets'], en: ['Waste transfer notes', 'Waste records', 'Hazardous waste consignment notes'] },
  // tenir des registres de recyclage / maintain recycling records
  { id: `${SKILL}44a4f189-7414-402c-9c1d-c85743f34d0c`, fr: ['Suivi des tonnages', 'Relevé des tonnages'], en: ['Tonnage records', 'Recycling records'] },
  // entretenir des équipements de tri sélectif / maintain sorting equipment
  { id: `${SKILL}012d6406-016a-4790-aeb8-853e61058517`, fr: ['Nettoyage de la chaîne de tri', 'Débourrage de la chaîne de tri', 'Maintenance de la chaîne de tri'], en: ['Clearing blockages on the picking line'] },
  // installer des conteneurs de recyclage / install recycling containers
  { id: `${SKILL}c582dd36-a83d-4d61-b87a-364b84950a3f`, fr: ['Mise en place des conteneurs', 'Pose de colonnes d\'apport volontaire', 'Installation des bacs de tri', 'Rotation des bennes'], en: ['Installing recycling bins', 'Skip exchanges'] },
  // mener des actions d'éducation sur la règlementation en matière de recyclage / educate on recycling regulations
  { id: `${SKILL}2be2d20e-1191-4f85-8f8c-d49a60ca428a`, fr: ['Sensibilisation au tri', 'Orientation des usagers vers les bennes', 'Sensibilisation au recyclage', 'Animation de sensibilisation au tri'], en: ['Recycling awareness', 'Recycling education', 'Advising residents on recycling', 'Directing residents to the right container'] },
  // fournir des informations aux visiteurs / provide visitor information
  { id: `${SKILL}1c388c1a-2a84-4377-a99a-860323eeff1d`, fr: ['Accueil des usagers en déchetterie', 'Accueil et orientation des usagers'], en: ['Meeting site users', 'Assisting site users'] },
  // vérifier le potentiel d'objets d'occasion / check the potential of second-hand merchandise
  { id: `${SKILL}329609d7-2254-44c6-87f7-0e837ee89b61`, fr: ['Tri des objets réemployables', 'Sélection des objets pour le réemploi', 'Valorisation des dons', 'Tri des dons'], en: ['Sorting donations', 'Assessing donated items', 'Sorting donated goods'] },
  // améliorer l'état de marchandises d'occasion / improve conditions of second-hand merchandise
  { id: `${SKILL}6ee3c966-a880-44c8-b559-6c7b861e6271`, fr: ['Relooking de meubles', 'Réparation d\'objets pour le réemploi', 'Upcycling', 'Réemploi'], en: ['Upcycling', 'Refurbishing donated items', 'Reuse and repair'] },
  // vendre des produits d'occasion / sell second-hand merchandise
  { id: `${SKILL}d38f2c46-d887-4ba5-a69b-92b613f75b22`, fr: ['Vente en ressourcerie', 'Vente solidaire', 'Boutique solidaire', 'Vente d\'objets de seconde main'], en: ['Charity shop sales', 'Selling second-hand goods', 'Reuse shop'] },
  // démonter des appareils usagés / dismantle broken appliances
  { id: `${SKILL}72627d40-488a-4ef5-9c72-3c048361102c`, fr: ['Démantèlement DEEE', 'Dépollution DEEE', 'Démontage des DEEE'], en: ['WEEE dismantling', 'Dismantling electrical appliances'] },
  // collecter des appareils usagés / collect broken appliances
  { id: `${SKILL}901297b8-9f66-431b-a6ab-bc2235acf056`, fr: ['Collecte des DEEE', 'DEEE', 'Déchets d\'équipements électriques et électroniques'], en: ['WEEE collection', 'WEEE'] },
  // vidanger des liquides dangereux / drain hazardous liquids
  { id: `${SKILL}6937f761-607c-4f9f-ab56-549e875a5deb`, fr: ['Dépollution des véhicules', 'Dépollution VHU'], en: ['Vehicle depollution', 'ELV depollution'] },
  // superviser le compostage / monitor composting
  { id: `${SKILL}7808ccb8-9797-4864-80e3-37119ca32b30`, fr: ['Compostage', 'Plateforme de compostage', 'Gestion du compost'], en: ['Composting', 'Green waste composting'] },
  // éliminer des déchets non dangereux / dispose of non-hazardous waste
  { id: `${SKILL}4aba6668-6118-4953-804b-869cef94422a`, fr: ['Enfouissement des déchets', 'ISDND', 'Centre d\'enfouissement'], en: ['Landfill operations', 'Non-hazardous waste'] },
];
