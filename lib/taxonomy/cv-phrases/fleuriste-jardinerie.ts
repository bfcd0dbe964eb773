// Fleuristerie et jardinerie (fleuriste, vendeur en jardinerie, pépiniériste de vente): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // créer des compositions florales / create flower arrangements
  { id: `${SKILL}24a776a7-73f2-48a0-9b3e-93b8c78997e4`, fr: ['Confection de bouquets', 'Réalisation de bouquets', 'Bouquets ronds', 'Bouquets de saison', 'Compositions en vase', 'Compositions piquées'], en: ['Flower arranging', 'Hand-tied bouquets', 'Bouquet making', 'Vase arrangements'] },
  // préparer des arrangements floraux / prepare flower arrangements
  { id: `${SKILL}274ba318-ab30-4d16-87fd-58af75cd6a22`, fr: ['Piquage sur mousse florale', 'Bouquets montés en spirale', 'Ligature de bouquets'], en: ['Spiralled bouquets', 'Floral foam work', 'Oasis work', 'Wiring flowers'] },
  // concevoir des décorations florales / design floral decorations
  { id: `${SKILL}5d5f8823-cb27-4641-b1cd-2e908788099e`, fr: ['Décoration florale', 'Décoration florale de mariage', 'Bouquets de mariée', 'Compositions de deuil', 'Gerbes et couronnes mortuaires', 'Raquettes et coussins de deuil', 'Décoration florale événementielle', 'Décoration florale d\'églises'], en: ['Wedding flowers', 'Bridal bouquets', 'Corsages', 'Funeral tributes', 'Funeral wreaths', 'Sympathy flowers', 'Event floristry'] },
  // techniques de composition florale / floral composition techniques
  { id: `${SKILL}dd25bf40-00c8-4c07-8f77-fbb4ca31d4b8`, fr: ['Art floral', 'Techniques florales', 'Harmonie des couleurs en art floral', 'Langage des fleurs'], en: ['Floristry', 'Floral design', 'Floristry techniques', 'Floral art'] },
  // conseiller des clients sur des types de fleurs / advise customers on types of flowers
  { id: `${SKILL}9ebefa04-1a5d-4e85-b98b-5d50f52d8052`, fr: ['Conseil floral', 'Conseil en fleurs', 'Conseil sur le choix des fleurs', 'Conseil client en fleuristerie'], en: ['Advising customers on flowers', 'Flower advice', 'Floral advice'] },
  // vendre des fleurs / sell flowers
  { id: `${SKILL}e2b0d44f-df0f-47a7-882a-f8d7ffd40e60`, fr: ['Vente de plantes', 'Vente de végétaux', 'Vente en jardinerie', 'Vente en fleuristerie'], en: ['Flower sales', 'Plant sales', 'Selling plants', 'Garden centre sales'] },
  // commander des produits floraux / place orders for flower products
  { id: `${SKILL}805b73ff-4a51-4ed1-bebc-6fe6b1741a26`, fr: ['Commande de fleurs', 'Achat de fleurs', 'Approvisionnement en fleurs', 'Achats au MIN', 'Achats chez les grossistes en fleurs', 'Approvisionnement en végétaux'], en: ['Ordering flowers', 'Flower buying', 'Buying from flower wholesalers', 'Ordering plants'] },
  // traiter les commandes de clients / process customer orders
  { id: `${SKILL}ec66b111-d8d0-4516-88ba-ee0b6fe6f695`, fr: ['Commandes Interflora', 'Transmission florale', 'Commandes Florajet', 'Réseau Interflora', 'Prise de commandes de fleurs'], en: ['Interflora orders', 'Taking flower orders'] },
  // fleurs et produits végétaux / flower and plant products
  { id: `${SKILL}f2704539-8b55-4164-8911-e550a1f9c47f`, fr: ['Fleurs coupées', 'Plantes en pot', 'Fleurs de saison', 'Produits floraux', 'Végétaux d\'extérieur et d\'intérieur'], en: ['Cut flowers', 'Pot plants', 'Seasonal flowers', 'Houseplants and outdoor plants'] },
  // soigner des végétaux / nurse plants
  { id: `${SKILL}7b3717e4-e963-44e0-b94f-1088a7242da0`, fr: ['Entretien des végétaux', 'Soin des plantes', 'Arrosage des plantes', 'Arrosage des végétaux', 'Entretien des plantes en rayon', 'Conditionnement des fleurs', 'Entretien des fleurs coupées', 'Recoupe des tiges'], en: ['Plant care', 'Watering plants', 'Watering and feeding plants', 'Conditioning flowers', 'Cut flower care'] },
  // assurer la santé de végétaux / maintain plant health
  { id: `${SKILL}9d3490b2-a0e6-415b-81a4-a3a4a63268b0`, fr: ['Surveillance sanitaire des végétaux', 'Détection des maladies des plantes', 'Repérage des parasites sur les plantes', 'Protection biologique des plantes'], en: ['Plant health checks', 'Spotting pests and diseases', 'Plant health'] },
  // tailler des végétaux / prune plants
  { id: `${SKILL}af9b6098-7d2f-4990-b4eb-d7dd73fdb933`, fr: ['Taille des plantes', 'Nettoyage des plantes', 'Pincement des plantes', 'Suppression des fleurs fanées'], en: ['Deadheading', 'Trimming plants'] },
  // reconnaître les caractéristiques de végétaux / identify plants characteristics
  { id: `${SKILL}550ed2f5-be07-4fee-9dbc-0299209a933a`, fr: ['Reconnaissance des végétaux', 'Reconnaissance des plantes', 'Identification des plantes', 'Identification des végétaux'], en: ['Plant identification', 'Identifying plants'] },
  // espèces végétales / plant species
  { id: `${SKILL}73997f48-cd9d-4724-872d-86ecbb2ed9a2`, fr: ['Connaissance des végétaux', 'Connaissance des plantes', 'Connaissances botaniques', 'Gamme végétale'], en: ['Plant knowledge'] },
  // principes d’horticulture / horticulture principles
  { id: `${SKILL}dcb01a4f-720a-480f-b61a-11a1286d56f3`, fr: ['Connaissances horticoles', 'Horticulture', 'Techniques horticoles'], en: ['Horticultural knowledge', 'Horticulture', 'RHS Level 2'] },
  // créer des arrangements de végétaux / create plant displays
  { id: `${SKILL}a1fea64a-8400-492e-87cb-8f7019df6bef`, fr: ['Composition de jardinières', 'Jardinières fleuries', 'Suspensions fleuries', 'Potées fleuries', 'Coupes de plantes', 'Compositions de plantes'], en: ['Hanging baskets', 'Container planting', 'Planted arrangements'] },
  // aider à la mise en place de projets d’installation de plantes d’intérieur / assist in interior plant projects
  { id: `${SKILL}4f1559a5-c0e6-4950-a66c-c57e12380602`, fr: ['Végétalisation intérieure', 'Décoration végétale d\'intérieur', 'Aménagement végétal de bureaux', 'Location de plantes'], en: ['Interior landscaping', 'Interior plantscaping', 'Office plant displays'] },
  // gérer des arrangements de plantes artificielles / manage artificial plant displays
  { id: `${SKILL}4c598bd8-247e-4d77-9750-91e40e380436`, fr: ['Fleurs artificielles', 'Compositions en fleurs artificielles', 'Fleurs séchées', 'Fleurs stabilisées', 'Plantes artificielles'], en: ['Artificial flowers', 'Silk flowers', 'Dried flowers', 'Faux flower arrangements'] },
  // emballer des marchandises dans du papier cadeau / pack merchandise for gifts
  { id: `${SKILL}9e406af9-6561-43ef-9138-e5befeefd856`, fr: ['Paquets cadeaux', 'Emballage cadeau', 'Papier cadeau', 'Emballage des bouquets', 'Confection de paquets cadeaux'], en: ['Gift wrapping', 'Bouquet wrapping'] },
  // modifier des vitrines / change window displays
  { id: `${SKILL}42ce6826-1bab-4c67-8534-5f21643fbcbd`, fr: ['Décoration de vitrine', 'Changement de vitrine', 'Vitrines saisonnières', 'Aménagement de la vitrine', 'Mise en place de la vitrine'], en: ['Window dressing', 'Seasonal window displays'] },
  // remplir des rayons / stock shelves
  { id: `${SKILL}7e9daad3-8604-4839-af9b-dc6f8db3ef68`, fr: ['Mise en rayon des végétaux', 'Réassort des végétaux', 'Mise en place des végétaux en rayon'], en: ['Replenishing plant benches', 'Restocking plant areas'] },
  // produits phytosanitaires / plant care products
  { id: `${SKILL}68a8fc55-1755-40c0-ad3c-ef6371254159`, fr: ['Produits de traitement des plantes', 'Produits phytopharmaceutiques', 'Engrais et produits de traitement', 'Terreaux et engrais'], en: ['Plant feeds', 'Garden chemicals', 'Fertilisers and pesticides', 'Composts and fertilisers'] },
  // donner des conseils sur les engrais et les herbicides / advise on fertilizer  and herbicide
  { id: `${SKILL}33e5a0ea-6e6f-4b22-9865-71864de92985`, fr: ['Conseil phytosanitaire', 'Conseil en produits phytosanitaires', 'Conseil sur les traitements des plantes', 'Conseil en engrais', 'Conseil sur les désherbants'], en: ['Advising on fertilisers', 'Advising on weedkillers', 'Advising on plant treatments'] },
  // usage sûr des pesticides / safe use of pesticides
  { id: `${SKILL}078e6210-224d-4331-9c8e-f881259b6bb0`, fr: ['Certiphyto vente', 'Certiphyto mise en vente', 'Certificat individuel mise en vente de produits phytopharmaceutiques', 'Vente de produits phytosanitaires'], en: ['BASIS certificate', 'BASIS Amenity', 'Pesticide safety'] },
  // maintenir des stocks de pesticides / maintain inventory of pesticides
  { id: `${SKILL}880a8964-a257-4763-b0f5-e0d09d8a0cae`, fr: ['Gestion du local phytosanitaire', 'Stockage des produits phytosanitaires'], en: ['Pesticide store management'] },
];
