// Boucherie, charcuterie, traiteur, poissonnerie, fromagerie, primeur: CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // affûter des outils tranchants / sharpen edged tools
  { id: `${SKILL}8ed75e0b-673c-4eb3-984d-de566db5dbc6`, fr: ['Affûtage des couteaux', 'Affûtage', 'Aiguisage des couteaux'], en: ['Knife sharpening', 'Sharpening knives'] },
  // travailler en milieu froid / work in cold environment (meat, fish, food plants)
  { id: `${SKILL}d5ab94c9-f5e5-4030-82af-18e2c7614207`, fr: ['Environnement froid', 'Travail en environnement froid', 'Travail au froid', 'Travail en milieu réfrigéré'], en: ['Working in cold environments', 'Chilled environment'] },
  // faire fonctionner du matériel de découpe / operate cutting equipment: the deli counter's slicer.
  { id: `${SKILL}0d8223a2-8a72-4895-aa40-db84c7c64335`, fr: ['Trancheuse à jambon', 'Trancheuse à charcuterie', 'Tranchage de la charcuterie', 'Tranchage du jambon'], en: ['Meat slicer', 'Deli slicer'] },
  // préparer des viandes pour la vente / prepare meat for sale
  { id: `${SKILL}ae5b462a-c1eb-4209-979b-3da8b1ad01de`, fr: ['Désossage', 'Parage', 'Épluchage des viandes', 'Ficelage', 'Préparation des rôtis', 'Travail de la viande', 'Préparation des commandes boucherie', 'Préparations bouchères'], en: ['Meat cutting', 'Boning', 'Deboning', 'Trimming meat', 'Butchery skills'] },
  // découper des carcasses d’animaux / split animal carcasses
  { id: `${SKILL}ef59f2b1-66d6-4a10-a775-00714fc4f2dc`, fr: ['Découpe de gros', 'Désossage de carcasses', 'Découpe des quartiers', 'Travail de la carcasse'], en: ['Carcass breaking', 'Carcass cutting', 'Breaking down carcasses', 'Seaming'] },
  // hacher des viandes / grind meat
  { id: `${SKILL}e1edc456-d5fe-4f51-ad43-0cb9702c7f5c`, fr: ['Fabrication de steaks hachés'], en: ['Mincing', 'Mincing meat', 'Minced beef'] },
  // préparer des produits spécialisés à base de viande / prepare specialized  meat products
  { id: `${SKILL}c0fdc4f3-b77b-4bc5-8a7b-eb0d66ea0e2b`, fr: ['Charcuterie', 'Fabrication de charcuterie', 'Fabrication de saucisses', 'Saucisserie', 'Pâtés et terrines', 'Charcuterie artisanale', 'Produits de charcuterie'], en: ['Sausage making', 'Charcuterie', 'Curing meats', 'Pies and pasties'] },
  // vendre du poisson et des fruits de mer / sell fish and seafood
  { id: `${SKILL}256203c5-80f6-4467-81fc-431058741fcf`, fr: ['Vente de poisson', 'Poissonnerie', 'Étal de poisson', 'Vente des produits de la mer', 'Rayon marée'], en: ['Fishmonger', 'Fish counter', 'Fishmongery'] },
  // trancher du poisson / slice fish
  { id: `${SKILL}213873ff-2b1e-47ce-bd00-84fe82864449`, fr: ['Filetage du poisson', 'Levée de filets', 'Écaillage', 'Découpe du poisson'], en: ['Filleting fish', 'Scaling and gutting'] },
  // conseiller des clients sur des assortiments d'épicerie fine / advise customers on delicatessen selection
  { id: `${SKILL}2f0f58f9-7dbf-4bd2-af1a-2c3678f4d851`, fr: ['Épicerie fine', 'Rayon traiteur', 'Produits du terroir'], en: ['Deli counter', 'Delicatessen', 'Deli'] },
  // produire du fromage / carry out cheese production
  { id: `${SKILL}d2150558-2012-4639-9247-4da53346e54b`, fr: ['Fabrication fromagère', 'Fabrication de fromages', 'Moulage des fromages'], en: ['Cheesemaking', 'Cheese making', 'Cheese maturing'] },
  // vérifier la qualité des fruits et légumes / check quality of fruits and vegetables
  { id: `${SKILL}30fb877c-a6d9-4877-bd5d-a87f759ea781`, fr: ['Rayon fruits et légumes', 'Primeur', 'Tri des fruits et légumes abîmés', 'Contrôle de la fraîcheur des fruits et légumes'], en: ['Fruit and veg', 'Produce section', 'Fresh produce'] },
];
