// Soins aux animaux (toiletteur, soigneur animalier, auxiliaire spécialisé vétérinaire, agent animalier,
// palefrenier, éleveur canin, pet sitter): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
