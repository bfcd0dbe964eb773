// Énergies renouvelables, génie climatique et diagnostics (installateur photovoltaïque, technicien éolien,
// technicien de maintenance solaire, diagnostiqueur immobilier, technicien environnement): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
