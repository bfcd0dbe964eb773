// Cuisine de restaurant et de collectivité (commis, cuisinier, chef de partie): CV phrasings not
// already in skill-aliases.ts.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // respecter la sécurité alimentaire et les règles d’hygiène / comply with food safety and hygiene
  { id: `${SKILL}0ff99f51-40d9-42f1-a1ec-377b2bb5e15f`, en: ['Food hygiene level 2', 'Food hygiene certificate', 'Level 2 food safety'] },
  // utiliser des outils de découpe de denrées alimentaires / use food cutting tools
  { id: `${SKILL}c42d2a2a-2f55-45ac-beb1-0a8a76412457`, fr: ['Techniques de découpe', 'Maniement des couteaux', 'Brunoise et julienne', 'Taillage en brunoise', 'Découpes de base'], en: ['Knife skills', 'Knife work'] },
  // préparer des desserts / prepare desserts
  { id: `${SKILL}a78b60d6-6cde-4da6-9c48-39bc7396ab16`, fr: ['Poste pâtisserie', 'Desserts à l\'assiette', 'Desserts maison', 'Réalisation des desserts'], en: ['Pastry section', 'Desserts', 'Pastry chef de partie'] },
  // utiliser des techniques de préparation de produits alimentaires / use food preparation techniques
  { id: `${SKILL}4b15a965-9bb4-42f1-8e44-1024aeb0b08c`, fr: ['Garde-manger', 'Poste froid', 'Entrées froides', 'Préparations froides'], en: ['Larder', 'Larder section', 'Cold starters', 'Cold section'] },
  // contrôler les portions / ensure portion control
  { id: `${SKILL}15e0ae17-1efe-4e58-aff3-5bdb766de882`, fr: ['Respect des grammages', 'Portionnage', 'Pesée des portions'], en: ['Portioning', 'Portion sizes'] },
  // nettoyer la zone de préparation des repas / ensure cleanliness of food preparation area
  { id: `${SKILL}c747ab82-9c35-4bf6-ab90-b50b9a53d292`, fr: ['Nettoyage de la cuisine', 'Entretien de la cuisine', 'Remise en état de la cuisine', 'Nettoyage du plan de travail'], en: ['Kitchen cleaning', 'Cleaning down the kitchen', 'Kitchen clean-down'] },
  // laver la vaisselle / wash the dishes
  { id: `${SKILL}c662be22-f17a-4ba0-894f-d720b20c44cf`, fr: ['Plonge batterie', 'Plonge vaisselle', 'Lavage de la batterie de cuisine'], en: ['Washing up', 'Pot wash', 'Dishwashing', 'Washing dishes'] },
  // nettoyer les équipements de cuisson / clean kitchen equipment
  { id: `${SKILL}9b31016e-c99d-4bd2-a550-d5660dac5041`, fr: ['Nettoyage du matériel de cuisine', 'Nettoyage des fours et friteuses', 'Nettoyage des hottes'], en: ['Cleaning fryers and ovens'] },
  // stocker les produits alimentaires crus / store raw food materials
  { id: `${SKILL}29b326ea-a9c8-4963-b35a-8541d0cdff77`, fr: ['Stockage des denrées', 'Rangement en chambre froide', 'Rangement des denrées', 'Stockage en chambre froide'], en: ['Storing deliveries', 'Cold room storage'] },
  // effectuer la rotation des stocks / carry out stock rotation
  { id: `${SKILL}ca55d9dd-f177-45b6-a2ee-1a4695044b76`, fr: ['Contrôle des DLC', 'Gestion des DLC', 'Gestion des dates de péremption', 'Premier entré premier sorti'], en: ['Date checking', 'Date labelling'] },
  // effectuer des contrôles de sécurité alimentaire / perform food safety checks
  { id: `${SKILL}a21fe959-69de-400b-b77c-5e59e389046f`, fr: ['Relevés de températures', 'Autocontrôles', 'Traçabilité alimentaire'], en: ['Temperature checks', 'Temperature logs', 'Due diligence records', 'Safer Food Better Business', 'SFBB', 'Food hygiene checks'] },
  // travailler selon une recette / work according to recipe
  { id: `${SKILL}a0d96ce8-aeeb-4ffb-bd78-21c0598179ff`, fr: ['Respect des fiches techniques', 'Suivi des fiches techniques', 'Application des fiches recettes'], en: ['Following recipes', 'Recipe specifications'] },
  // élaborer des recettes / compile cooking recipes
  { id: `${SKILL}f4a30153-2b27-4c15-82ea-e0216bd0012f`, fr: ['Élaboration de fiches techniques', 'Rédaction des fiches techniques'], en: ['Recipe development', 'Writing recipes'] },
  // utiliser des techniques de réchauffage des produits / use reheating techniques (collective catering: meals cooked elsewhere)
  { id: `${SKILL}a02d7f88-a240-4644-911b-169af470be5a`, fr: ['Remise en température', 'Remise en température des plats', 'Remise en température des repas', 'Réchauffage des plats'], en: ['Reheating meals', 'Meal regeneration', 'Regenerating chilled meals'] },
  // exécuter des opérations de réfrigération de produits alimentaires / execute chilling processes to food products
  { id: `${SKILL}728cd984-19ad-441c-8145-b8edc9c53445`, fr: ['Liaison froide', 'Refroidissement rapide', 'Cellule de refroidissement'], en: ['Cook-chill', 'Blast chilling'] },
  // préparer des produits laitiers et des produits à base d’œufs à utiliser dans des plats / prepare egg products for use in a dish
  { id: `${SKILL}fad85f11-e21d-41f4-b221-2f8ab318d4ed`, fr: ['Préparation des œufs', 'Omelettes', 'Petits-déjeuners chauds'], en: ['Egg dishes', 'Cooked breakfasts', 'Full English breakfasts'] },
  // préparer des légumes à utiliser dans un plat / prepare vegetable products for use in a dish
  { id: `${SKILL}73b97efd-49fe-49d7-89dd-444f870cd210`, fr: ['Découpe des légumes', 'Épluchage et découpe des légumes', 'Lavage et découpe des légumes'], en: ['Vegetable prep', 'Preparing vegetables', 'Veg prep'] },
  // préparer des plats à base de poissons et de fruits de mer / cook fish
  { id: `${SKILL}d01ea580-9718-4299-a6fd-08ea6d171a1b`, en: ['Fish preparation', 'Fish cookery'] },
  // préparer de la viande à utiliser dans un plat / prepare meat products for use in a dish
  { id: `${SKILL}23b355ee-94db-4831-b16d-935adc5de1cd`, fr: ['Parage des viandes'], en: ['Meat preparation', 'Trimming and portioning meat'] },
  // maintenir les équipements de cuisine à la température adéquate / maintain kitchen equipment at correct temperature
  { id: `${SKILL}e265e4e2-f031-4012-a7bf-54cac48fb846`, fr: ['Relevés de température des chambres froides', 'Relevés de température des frigos', 'Contrôle des températures des frigos'], en: ['Fridge and freezer temperature checks', 'Fridge temperature checks', 'Recording fridge temperatures'] },
];
