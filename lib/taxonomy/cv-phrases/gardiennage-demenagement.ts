// Gardiennage d'immeuble, conciergerie, déménagement (gardien d'immeuble, concierge, déménageur, monte-meubles):
// CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
