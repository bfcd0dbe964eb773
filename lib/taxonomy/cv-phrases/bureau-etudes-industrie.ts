// Bureau d'études et méthodes industrielles (dessinateur industriel CAO, technicien méthodes, technicien
// d'industrialisation, automaticien, programmeur robot): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
