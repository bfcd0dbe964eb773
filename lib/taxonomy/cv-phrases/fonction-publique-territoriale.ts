// Fonction publique territoriale et services à la population (secrétaire de mairie, agent d'accueil et d'état civil,
// agent administratif territorial, ASVP, policier municipal): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
