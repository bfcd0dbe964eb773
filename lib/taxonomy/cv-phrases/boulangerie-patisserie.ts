// Boulangerie, pâtisserie, viennoiserie, chocolaterie: CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // préparer des produits de pain / prepare bread products
  { id: `${SKILL}606f8d77-443a-48c0-bd9c-1762e459b8e7`, fr: ['Fabrication du pain', 'Panification', 'Pain au levain', 'Pains spéciaux', 'Baguettes de tradition', 'Fabrication de baguettes'], en: ['Bread making', 'Artisan bread', 'Sourdough', 'Bread production'] },
  // donner une forme à une pâte / operate molding  of doughs
  { id: `${SKILL}8f96b592-24c4-40c3-bb88-189ae3a1e405`, fr: ['Façonnage du pain', 'Façonnage des pâtons', 'Mise en forme des pâtons', 'Pesage et façonnage'], en: ['Dough shaping', 'Moulding dough'] },
  // pétrir des denrées alimentaires / operate kneading of food products
  { id: `${SKILL}d87653a0-87b0-4c03-a44a-bf0a217431a2`, fr: ['Pétrissage', 'Pétrissage de la pâte', 'Frasage et pétrissage'], en: ['Kneading', 'Kneading dough', 'Dough mixing'] },
  // confectionner des produits de boulangerie / bake goods
  { id: `${SKILL}5626b3b1-5415-47f6-acf1-b573d457d180`, fr: ['Viennoiserie', 'Fabrication de viennoiseries', 'Tourage', 'Pâte feuilletée', 'Croissants et pains au chocolat'], en: ['Viennoiserie', 'Laminated dough', 'Croissants', 'Puff pastry', 'Bakery goods'] },
  // utiliser un four de boulangerie / tend bakery ovens
  { id: `${SKILL}77250067-81bd-4e18-865e-2be6ca26c8a8`, fr: ['Enfournement', 'Défournement', 'Enfournement et cuisson', 'Four à sole', 'Four ventilé', 'Cuisson du pain', 'Conduite du four'], en: ['Deck oven', 'Rack oven', 'Oven loading', 'Baking bread'] },
  // surveiller une fermentation / monitor fermentation
  { id: `${SKILL}f26f7a48-c0de-4f86-b319-ef1770350d66`, fr: ['Pointage et apprêt', 'Gestion de la pousse', 'Chambre de pousse', 'Pousse contrôlée', 'Fermentation des pâtes'], en: ['Proving dough', 'Prover'] },
  // confectionner des pâtisseries / bake confections
  { id: `${SKILL}587530c9-149c-4078-9f64-b58097aea0ae`, fr: ['Pâtisserie', 'Pâtisserie fine', 'Entremets', 'Fabrication d\'entremets', 'Tartes et entremets', 'Pâte à choux', 'Crème pâtissière', 'Petits fours', 'Macarons', 'Pâte sucrée'], en: ['Patisserie', 'Entremets', 'Choux pastry', 'Tarts and pastries', 'Pastry work', 'Petits fours'] },
  // décorer des pâtisseries pour des événements spéciaux / decorate pastry for special events
  { id: `${SKILL}2f1168be-b456-4d47-ba56-f122d0b79085`, fr: ['Décoration de gâteaux', 'Pièces montées', 'Gâteaux personnalisés', 'Gâteaux d\'anniversaire', 'Wedding cakes', 'Glaçage et décoration', 'Pâte à sucre', 'Cake design'], en: ['Cake decorating', 'Wedding cakes', 'Celebration cakes', 'Sugarcraft', 'Piping and icing'] },
  // tempérer du chocolat / temper chocolate
  { id: `${SKILL}1171ad05-a85e-4460-837f-08f91538eb27`, fr: ['Tempérage', 'Mise au point du chocolat'] },
  // réaliser des pâtisseries à partir de chocolat / produce confectionery from chocolate
  { id: `${SKILL}58a98b9f-9030-4bbf-a404-3d4877fd53cd`, fr: ['Chocolaterie', 'Bonbons de chocolat', 'Moulages en chocolat', 'Confiserie chocolat', 'Ganaches'], en: ['Chocolate making', 'Chocolatier work', 'Pralines and truffles'] },
  // préparer des produits de boulangerie / prepare bakery products
  { id: `${SKILL}50db2b5e-edda-496d-8a6e-aff91dc243d9`, fr: ['Production boulangère', 'Boulangerie artisanale', 'Travail de fournil', 'Fournil'], en: ['Bakery production', 'Baking', 'Craft bakery'] },
];
