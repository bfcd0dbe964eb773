// Commerce, vente en magasin et vente terrain (vendeur, employé libre-service, commercial, manager de rayon): CV phrasings
// not already in skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // utiliser une caisse enregistreuse / operate cash register
  { id: `${SKILL}0cb013af-6dd9-4fb2-b34e-63dda1a5cf82`, fr: ['Rendu de monnaie', 'Passage en caisse', 'Caisse', 'Travail en caisse'], en: ['Till work', 'Serving customers on the till', 'Working the till'] },
  // livrer un argumentaire de vente / deliver a sales pitch
  { id: `${SKILL}2f573ad6-1fa6-46c5-a48d-912368fe55aa`, fr: ['Techniques de vente', 'Argumentaire produit'], en: ['Sales pitch', 'Pitching to clients', 'Sales techniques'] },
  // identifier les besoins des clients / identify customer's needs
  { id: `${SKILL}68698869-c13c-4563-adc7-118b7644f45d`, fr: ['Découverte des besoins', 'Analyse des besoins clients', 'Écoute des besoins du client'], en: ['Needs analysis', 'Understanding customer needs'] },
  // négocier des contrats de vente / negotiate sales contracts
  { id: `${SKILL}71152876-b629-4a99-b9ea-0f25a0d07e4e`, fr: ['Négociation commerciale', 'Conclusion de ventes'], en: ['Negotiating deals', 'Closing sales', 'Closing deals', 'Sales negotiation'] },
  // optimiser les recettes de ventes / maximize  sales revenues
  { id: `${SKILL}9f10e94b-a43d-4772-9f60-24e9bbbdedb7`, fr: ['Développement du chiffre d\'affaires', 'Développement du CA', 'Panier moyen', 'Développement des ventes'], en: ['Driving sales', 'Increasing sales', 'Growing revenue', 'Average transaction value'] },
  // organiser la présentation de produits / organize product display
  { id: `${SKILL}77a11321-754a-41de-b9e4-80d747f528db`, fr: ['Mise en avant des produits', 'Implantation des rayons', 'Implantation produits', 'Présentation marchande', 'Mise en place des promotions', 'Balisage'], en: ['Product displays', 'Promotional displays', 'Setting up displays', 'Store layout'] },
  // démontrer les caractéristiques d'un produit / demonstrate products' features
  { id: `${SKILL}de7b8c6c-9ed4-4776-924c-4265dd1d9cde`, fr: ['Démonstrations produits', 'Présentation des nouveaux produits', 'Présentation des produits aux clients', 'Animations commerciales', 'Animation en magasin'], en: ['Product demonstrations', 'Product demos', 'In-store demos'] },
  // gérer les ventes saisonnières / handle seasonal sales
  { id: `${SKILL}27834b48-7cd7-4a4b-87fd-2033d57b4a74`, fr: ['Périodes de soldes', 'Gestion des soldes', 'Opérations commerciales saisonnières'], en: ['Seasonal sales', 'Sales periods', 'Black Friday', 'Christmas trading', 'Peak season'] },
  // commander des fournitures / order supplies
  { id: `${SKILL}210827e3-3129-45a2-8683-70399f3f561f`, fr: ['Commandes fournisseurs', 'Commandes de réassort'], en: ['Placing orders', 'Supplier orders management', 'Reordering stock'] },
  // traiter des commandes passées dans une boutique en ligne / process orders from online shop
  { id: `${SKILL}d5fa1ed6-6cd8-41b9-8e78-2ba168ff3457`, fr: ['Click and collect', 'Retrait des commandes', 'Commandes web', 'Préparation des commandes internet', 'Drive piéton'], en: ['Click and collect', 'Online orders', 'Web orders'] },
  // suivre des indicateurs clés de performance / track key performance indicators
  { id: `${SKILL}8dcbcabe-09f7-4d11-940d-125af57bbc40`, fr: ['Suivi des indicateurs', 'Suivi des KPI', 'Suivi du chiffre d\'affaires', 'Analyse des indicateurs de vente', 'Tableaux de bord commerciaux'], en: ['KPI tracking', 'Monitoring KPIs', 'Tracking sales figures'] },
  // vendre des produits / sell products
  { id: `${SKILL}29a50780-f81b-429c-b410-7f23a492e19d`, fr: ['Vente en magasin', 'Vente en boutique', 'Vente au comptoir', 'Vente en prêt-à-porter', 'Vente en grande surface'], en: ['Retail sales', 'Sales assistant duties', 'Shop floor sales', 'Selling on the shop floor'] },
  // exécuter les procédures d’ouverture et de fermeture / execute opening and closing procedures (a shop's, a site's)
  { id: `${SKILL}e5a6d7a7-f275-4e3a-be59-ea7c134944a6`, fr: ['Ouverture et fermeture du magasin', 'Ouverture et fermeture de la boutique', 'Ouverture et fermeture du site', 'Ouverture et fermeture des locaux', 'Ouverture et fermeture du restaurant', 'Ouverture et fermeture de l\'établissement', 'Ouverture du magasin'], en: ['Opening and closing the store', 'Opening and closing the shop', 'Opening and closing duties', 'Opening and closing the premises', 'Opening and closing the site'] },
  // maintenir la propreté du magasin / maintain store cleanliness
  { id: `${SKILL}57c1debf-3867-4e64-baf8-ce70d84f88c9`, fr: ['Entretien du magasin', 'Nettoyage du magasin', 'Propreté du magasin', 'Entretien de la surface de vente', 'Propreté de la surface de vente', 'Nettoyage de la boutique'], en: ['Store cleanliness', 'Cleaning the shop floor', 'Keeping the shop clean', 'Tidying the shop floor', 'Cleaning and tidying the store'] },
  // gérer la prévention des vols / manage theft prevention: a store manager's shrinkage
  { id: `${SKILL}efe5d94c-2249-4a50-8c44-6e77331c698d`, fr: ['Réduction de la démarque', 'Suivi de la démarque'], en: ['Shrinkage reduction', 'Reducing shrinkage', 'Loss prevention', 'Shrink control'] },
  // traiter les commandes de clients / process customer orders (sales administration)
  { id: `${SKILL}ec66b111-d8d0-4516-88ba-ee0b6fe6f695`, fr: ['Saisie des commandes', 'Saisie des commandes clients', 'Traitement des commandes clients', 'Gestion des commandes clients'], en: ['Order processing', 'Processing customer orders'] },
  // remplir des rayons / stock shelves
  { id: `${SKILL}7e9daad3-8604-4839-af9b-dc6f8db3ef68`, en: ['Shelf filling', 'Shelf replenishment', 'Replenishing stock on the shop floor'] },
  // effectuer la rotation des stocks / carry out stock rotation
  { id: `${SKILL}ca55d9dd-f177-45b6-a2ee-1a4695044b76`, fr: ['Rotation des produits', 'Rotation des stocks', 'Rotation des produits en rayon', 'Contrôle des dates limites de consommation'] },
  // recevoir des marchandises / receive goods
  { id: `${SKILL}2cae39d6-78c2-4ce3-bee8-628504371463`, en: ['Processing deliveries', 'Taking deliveries', 'Checking in deliveries'] },
  // traiter des remboursements / process refunds
  { id: `${SKILL}a6d697d1-80ba-4175-82d4-43440ed04270`, fr: ['Remboursements et échanges', 'Retours et remboursements'], en: ['Refunds and exchanges', 'Handling refunds'] },
  // assister à des foires commerciales / attend trade fairs
  { id: `${SKILL}53cc0cc2-a9ce-4803-ae55-3cc0d7a5fc2c`, fr: ['Salons professionnels', 'Participation aux salons professionnels', 'Participation à des salons', 'Tenue de stand sur les salons'], en: ['Trade shows', 'Attending trade shows', 'Exhibitions and trade fairs'] },
  // atteindre des objectifs de vente / reach sales targets
  { id: `${SKILL}c09bf6d4-f8a7-40f3-aead-ef01643f2352`, fr: ['Atteinte des objectifs de chiffre d\'affaires', 'Réalisation des objectifs commerciaux'], en: ['Meeting sales targets', 'Exceeding sales targets', 'Hitting targets'] },
];
