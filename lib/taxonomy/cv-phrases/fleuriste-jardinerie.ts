// Fleuristerie et jardinerie (fleuriste, vendeur en jardinerie, pépiniériste de vente): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
