// Restauration rapide, snacking, vente à emporter (équipier polyvalent, crew member): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // préparer les commandes de repas et boissons / prepare orders
  { id: `${SKILL}24c4beb4-429c-4cd1-b0bd-c04ba4c82e13`, fr: ['Préparation des commandes en cuisine', 'Assemblage des burgers', 'Assemblage des sandwichs', 'Préparation des plateaux repas'], en: ['Assembling orders', 'Burger assembly'] },
  // préparer des sandwiches / prepare sandwiches
  { id: `${SKILL}493a1805-6caa-4cda-8fd3-6495ec8ea451`, fr: ['Confection de sandwichs', 'Sandwicherie', 'Fabrication de sandwichs', 'Wraps et paninis', 'Paninis'], en: ['Sandwich making', 'Sandwich bar'] },
  // préparer des pizzas / prepare pizza
  { id: `${SKILL}298ead56-f11b-4c5d-a4d9-282f7a1489b6`, fr: ['Pizzas', 'Étalage de la pâte à pizza', 'Four à pizza', 'Garnissage des pizzas'], en: ['Pizza making', 'Pizza chef', 'Pizza oven'] },
  // enregistrer les commandes de plats et de boissons des clients / take food and beverage orders from customers
  { id: `${SKILL}704bed2c-737a-4585-b840-1d28bbcab9b4`, fr: ['Commandes au comptoir'], en: ['Taking orders', 'Counter service'] },
  // respecter les portions standard / comply with standard portion sizes
  { id: `${SKILL}47d286a7-38b2-4970-a9f2-69c7faa77167`, fr: ['Respect des standards de l\'enseigne', 'Respect des standards de préparation'], en: ['Portion control to brand standards', 'Brand portion standards'] },
  // préparer des commandes à emporter / take drive-through orders
  { id: `${SKILL}cca74e2b-e680-4184-9a95-5c560cbfeefd`, fr: ['Commandes à emporter', 'Prise de commandes au drive', 'Poste drive'], en: ['Drive-thru', 'Takeaway orders'] },
];
