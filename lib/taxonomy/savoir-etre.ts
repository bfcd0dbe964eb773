// The savoir-être concepts and how job seekers write them ("Rigueur", "Autonomie", "Gestion du
// stress"): the CV phrasings of qualities (cv-phrases/soft-skills.ts), kept apart from the trade
// lexicon so that the review screen and the fill can know a quality without loading it.
import { PHRASES } from './cv-phrases/soft-skills';

/** ESCO URIs of the savoir-être concepts. */
export const SAVOIR_ETRE_IDS: ReadonlySet<string> = new Set(PHRASES.map((phrase) => phrase.id));

/** How job seekers write a savoir-être concept, French and English. */
export function savoirEtreWordings(id: string): string[] {
  return PHRASES.filter((phrase) => phrase.id === id).flatMap((phrase) => [...(phrase.fr ?? []), ...(phrase.en ?? [])]);
}
