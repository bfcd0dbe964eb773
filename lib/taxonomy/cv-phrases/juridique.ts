// Juridique et notariat (assistant juridique, clerc de notaire, assistant d'avocat, juriste): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
