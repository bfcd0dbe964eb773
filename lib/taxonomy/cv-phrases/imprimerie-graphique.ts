// Imprimerie, arts graphiques, signalétique, reprographie (conducteur offset, opérateur PAO, façonnier,
// imprimeur numérique, poseur d'enseignes): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
