// Encadrement de chantier et études du bâtiment et des travaux publics (conducteur de travaux, chef de chantier,
// dessinateur-projeteur BTP, métreur, économiste de la construction, géomètre-topographe): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
