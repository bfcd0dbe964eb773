// Tourisme, voyage, accueil touristique, loisirs (conseiller voyage, agent de comptoir, guide, agent d'accueil
// touristique, animateur de camping): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
