// Service en salle, bar, café, sommellerie (serveur, chef de rang, barman, barista): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // accueillir les clients d’un restaurant / welcome restaurant guests
  { id: `${SKILL}99b95aca-221d-415c-9de5-564e1a273701`, en: ['Front of house', 'Front of house duties'] },
  // préparer des cocktails / prepare mixed beverages
  { id: `${SKILL}81d5b408-e805-4788-8dbd-42f22e8fd199`, fr: ['Réalisation de cocktails', 'Mixologie', 'Cocktails classiques et signatures'], en: ['Cocktails', 'Cocktail making', 'Mixology', 'Mixing cocktails'] },
  // servir de la bière / serve beers
  { id: `${SKILL}eae7d1fd-8011-476e-9762-200d4162f957`, fr: ['Tirage de la bière', 'Bière pression'], en: ['Pulling pints', 'Pouring pints', 'Draught beer', 'Cellar management'] },
  // servir des vins / serve wines
  { id: `${SKILL}44773391-78b7-4500-b421-96a9ca622a99`, fr: ['Ouverture des vins', 'Carafage'], en: ['Wine service'] },
  // donner des conseils sur les accords vins et mets / give advice on the matching of food with wine
  { id: `${SKILL}2c361834-286f-4345-89e4-c0bfefc78819`, fr: ['Conseil en vins', 'Accords mets et vins', 'Connaissance des vins'], en: ['Wine pairing', 'Wine knowledge', 'Sommelier skills'] },
  // préparer le café / prepare specialized  coffee
  { id: `${SKILL}a37afd64-1022-48ba-a8e7-e41b29fe056e`, fr: ['Barista', 'Latte art', 'Machine à café expresso', 'Extraction du café', 'Cafés de spécialité'], en: ['Barista', 'Barista skills', 'Latte art', 'Espresso machine', 'Making coffees'] },
  // présenter les menus / present menus
  { id: `${SKILL}b7553d1b-31b4-42e6-b6be-2a90189ef7d6`, fr: ['Présentation de la carte', 'Présentation des plats du jour'], en: ['Explaining the menu', 'Menu knowledge', 'Presenting specials'] },
  // servir des plats à table / serve food in table service
  { id: `${SKILL}42a6eff0-e9d9-423d-877b-e48fe91ff26f`, fr: ['Service au plateau', 'Service à l\'anglaise', 'Service à la française', 'Service en terrasse', 'Service en brasserie', 'Service midi et soir'], en: ['Waiting tables', 'Silver service', 'Serving food', 'Running food'] },
  // mettre en place les tables / arrange tables
  { id: `${SKILL}906d21c9-7a9c-4919-817d-10676f9ddfe4`, fr: ['Débarrassage des tables', 'Débarrassage', 'Redressage des tables', 'Nappage', 'Pliage des serviettes'], en: ['Clearing tables', 'Laying tables', 'Setting tables', 'Resetting tables'] },
  // appliquer la législation sur la vente de boissons alcoolisées aux mineurs / enforce regulations of selling alcoholic beverages to minors
  { id: `${SKILL}92231a03-010b-45cc-83a0-aa6491a3c6f3`, fr: ['Permis d\'exploitation', 'Vente d\'alcool aux mineurs'], en: ['Challenge 25', 'Personal licence', 'Responsible alcohol service', 'Licensing laws'] },
  // manipuler les verres / handle glassware
  { id: `${SKILL}1493adef-8342-418b-bf61-87cf8a99c4d7`, fr: ['Essuyage des verres', 'Lavage des verres', 'Entretien de la verrerie', 'Polissage des verres'], en: ['Glass collecting', 'Polishing glasses', 'Glass washing'] },
  // encaisser les paiements / take payments for bills (the table's bill)
  { id: `${SKILL}798d60b0-b089-4035-94b2-a26386aa7d5a`, fr: ['Encaissement des additions', 'Encaissement des notes', 'Encaissement en salle'], en: ['Taking payment at the table', 'Settling bills', 'Taking payments'] },
];
