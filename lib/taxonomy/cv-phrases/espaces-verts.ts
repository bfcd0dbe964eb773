// Espaces verts, paysage, jardinage, élagage: CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // tailler des haies et des arbres / prune hedges and trees
  { id: `${SKILL}51097602-8e4e-4830-8f35-d77afc713fc0`, fr: ['Taille d\'arbustes', 'Taille de formation', 'Taille douce'], en: ['Hedge cutting', 'Hedge trimming', 'Shrub pruning'] },
  // tailler des arbres / lop trees
  { id: `${SKILL}4322b221-7d85-425f-8d56-89ebcc1759cd`, fr: ['Élagage', 'Élagage des arbres', 'Abattage et élagage', 'Démontage d\'arbres'], en: ['Tree surgery', 'Tree felling', 'Crown reduction', 'Tree work'] },
  // utiliser différents types d'équipements d'entretien des espaces verts / operate various kinds of grass maintenance equipment
  { id: `${SKILL}4f4fdeaa-ff55-4d30-b605-69d8f156bec7`, fr: ['Tonte', 'Tonte des pelouses', 'Tonte de gazon', 'Débroussaillage', 'Débroussailleuse', 'Autoportée', 'Tondeuse autoportée'], en: ['Grass cutting', 'Lawn mowing', 'Mowing', 'Strimming', 'Strimmer', 'Ride-on mower', 'Brushcutter', 'Leaf blowing'] },
  // entretenir des terrains engazonnés / maintain turf and grass
  { id: `${SKILL}351122a2-44f7-41db-ba8b-425136d5fb87`, fr: ['Entretien de gazon', 'Scarification', 'Regarnissage de pelouse'], en: ['Lawn maintenance', 'Turf maintenance', 'Scarifying'] },
  // planter des végétaux / plant green plants
  { id: `${SKILL}8ce4a4af-969b-4d1c-8bfe-891cff82f913`, fr: ['Plantation d\'arbustes', 'Plantation de massifs', 'Création de massifs', 'Fleurissement', 'Massifs fleuris'], en: ['Planting', 'Bedding plants', 'Planting schemes', 'Border planting'] },
  // préparer des sites pour planter de l’herbe / prepare sites for planting of grass
  { id: `${SKILL}2f7800d9-e200-4395-b606-00db52841660`, fr: ['Engazonnement', 'Semis de gazon', 'Pose de gazon en rouleaux', 'Gazon en plaques'], en: ['Turfing', 'Laying turf', 'Seeding lawns'] },
  // exécuter des mesures de lutte contre les adventices / perform weed control operations
  { id: `${SKILL}94a1b3c5-2a95-4703-8559-973bc6d14747`, fr: ['Désherbage', 'Désherbage manuel', 'Désherbage thermique', 'Binage'], en: ['Weeding'] },
  // faire fonctionner une tronçonneuse / operate chainsaw
  { id: `${SKILL}b2b8ec41-d6d1-470d-9e78-4eee515aaa3d`, fr: ['Tronçonneuse', 'Utilisation de la tronçonneuse', 'Bûcheronnage', 'Abattage à la tronçonneuse'], en: ['Chainsaw', 'NPTC chainsaw', 'CS30'] },
  // effectuer des travaux de maçonnerie dans des jardins / build garden masonry
  { id: `${SKILL}27ef6576-abf1-4825-8d9e-10f1c33dfe4f`, fr: ['Maçonnerie paysagère', 'Pose de pavés', 'Pose de dallage', 'Aménagements paysagers minéraux', 'Terrasses et allées'], en: ['Hard landscaping', 'Block paving', 'Patio laying', 'Paving'] },
  // construire des clôtures / build fences
  { id: `${SKILL}8bb1142a-06ca-41fa-a434-444d95d8b8c9`, fr: ['Pose de clôtures', 'Pose de grillage', 'Pose de portails'], en: ['Fencing', 'Fence erecting', 'Fence panels'] },
  // mettre en place un système d’irrigation au goutte-à-goutte / set up drip irrigation system
  { id: `${SKILL}279a4bcc-2c02-4de8-a249-f5a4fe3ad182`, fr: ['Arrosage automatique', 'Installation d\'arrosage intégré', 'Goutte-à-goutte'], en: ['Sprinkler systems'] },
  // pulvériser des pesticides / spray pesticides
  { id: `${SKILL}9c2f2331-960f-41ee-a2c9-d26e258a156e`, fr: ['Traitements phytosanitaires', 'Certiphyto', 'Pulvérisation de produits phytosanitaires'], en: ['PA1 PA6'] },
  // utiliser du matériel de jardinage / use gardening equipment
  { id: `${SKILL}8a1942a8-bebd-4cc5-bdff-fe215aaa3de5`, fr: ['Travaux de jardinage', 'Jardinage', 'Petits travaux de jardinage', 'Entretien de jardins', 'Entretien des espaces verts'], en: ['Gardening', 'Garden maintenance', 'General gardening'] },
  // créer de nouveaux aménagements paysagers / create new landscape designs
  { id: `${SKILL}9c2dc96b-5d53-4d26-8d90-644d10c3ba1c`, fr: ['Création de jardins', 'Création paysagère'], en: ['Garden design', 'Soft landscaping', 'Landscaping'] },
];
