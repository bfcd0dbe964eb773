// Aéronautique et câblage industriel (ajusteur-monteur aéronautique, câbleur, mécanicien avion, peintre
// aéronautique, contrôleur qualité aéronautique): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
