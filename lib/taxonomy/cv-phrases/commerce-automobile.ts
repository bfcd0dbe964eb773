// Commerce automobile et après-vente (vendeur automobile, conseiller service après-vente, magasinier pièces
// détachées, réceptionnaire atelier): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
