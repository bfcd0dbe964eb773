// Laboratoire, contrôle qualité, chimie, biologie, QHSE (technicien de laboratoire, technicien contrôle qualité,
// préparateur en chimie, animateur QHSE): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
