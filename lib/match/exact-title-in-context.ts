// One title, several occupations that each have it as a label: "Réceptionniste" is the hotel's
// receptionist, the hotel concierge and the vet clinic's front desk, all read exactly (1). The CV
// tells which: an occupation whose name is qualified by what the CV never says ("agent d'accueil
// vétérinaire" on a hotel CV, "concierge d'hôtel" on a vet clinic's) comes after the others. The
// qualifier is the last word the title does not say in French, the first in English ("hotel
// concierge").

import { foldText, isStopWord } from '../taxonomy/label-words';
import { conceptLabel, type Referential } from '../taxonomy/referential';
import type { Language } from '../types';
import { type RankedConcept, EXACT_TITLE_SCORE } from './rank-concepts';

/** What an exact reading keeps when its occupation's name says something the CV does not. */
const UNSUPPORTED_FACTOR = 0.97;
/** Words compared on their first letters: "hôtel" / "hôtellerie", "vétérinaire" / "vétérinaires". */
const STEM = 5;

const stem = (word: string) => word.slice(0, STEM);
const wordsOf = (text: string) => foldText(text).split(/[^a-z0-9]+/).filter((word) => word.length >= 4);

export function exactTitleInContext(
  ranked: RankedConcept[],
  referential: Referential,
  language: Language,
  title: string,
  contextWords: ReadonlySet<string>,
): RankedConcept[] {
  const exact = ranked.filter((candidate) => candidate.score >= EXACT_TITLE_SCORE);
  if (exact.length < 2 || contextWords.size === 0) return ranked;
  const said = new Set([...contextWords].map(stem));
  const titleWords = new Set(wordsOf(title).map(stem));
  const unsupported = (candidate: RankedConcept): boolean => {
    // Gender forms end alike: "…/agente d'accueil vétérinaire", ROME's "Agent / Agente d'accueil…".
    const unsaid = wordsOf(conceptLabel(referential, candidate.concept, language)).filter((word) => !isStopWord(word, language) && !titleWords.has(stem(word)));
    const qualifier = language === 'en' ? unsaid[0] : unsaid[unsaid.length - 1];
    return qualifier !== undefined && !said.has(stem(qualifier));
  };
  const demoted = new Set(exact.filter(unsupported).map((candidate) => candidate.concept));
  // Only when the CV bears out some of them: otherwise it says nothing to choose by.
  if (demoted.size === 0 || demoted.size === exact.length) return ranked;
  return ranked
    .map((candidate) => (demoted.has(candidate.concept) ? { ...candidate, score: candidate.score * UNSUPPORTED_FACTOR } : candidate))
    .sort((a, b) => b.score - a.score);
}
