// A title read exactly as one occupation ("Carer": the home care aide) also reads, one word short,
// as narrower trades that qualify it ("animal carer", "pet carer", "community carer"). Those the CV
// never bears out (no word of it says "animal") come after the ones it does ("Home Carer" on a CV
// of care in people's homes): the title plus a qualifier the person never wrote is a guess.

import { isStopWord, stemWord, wordsOf } from '../taxonomy/label-words';
import type { Language } from '../types';
import { type RankedConcept, EXACT_TITLE_SCORE } from './rank-concepts';

/** What a narrower trade keeps when the CV never says its qualifier. */
const UNSAID_QUALIFIER_FACTOR = 0.85;

export function narrowerTradesUnsaid(ranked: RankedConcept[], language: Language, title: string, contextWords: ReadonlySet<string>): RankedConcept[] {
  if (contextWords.size === 0 || !ranked.some((candidate) => candidate.score >= EXACT_TITLE_SCORE)) return ranked;
  const keysOf = (text: string): string[] =>
    wordsOf(text)
      .map((word) => word.folded)
      .filter((word) => !isStopWord(word, language))
      .map((word) => stemWord(word, language));
  const titleKeys = new Set(keysOf(title));
  const said = new Set([...contextWords].map((word) => stemWord(word, language)));
  const unsaidNarrower = (candidate: RankedConcept): boolean => {
    if (candidate.score >= EXACT_TITLE_SCORE) return false;
    const labelKeys = keysOf(candidate.matchedLabel);
    const qualifiers = labelKeys.filter((key) => !titleKeys.has(key));
    // The whole title, and something more that the CV says nowhere.
    return [...titleKeys].every((key) => labelKeys.includes(key)) && qualifiers.length > 0 && !qualifiers.some((key) => said.has(key));
  };
  if (!ranked.some(unsaidNarrower)) return ranked;
  return ranked
    .map((candidate) => (unsaidNarrower(candidate) ? { ...candidate, score: Math.round(candidate.score * UNSAID_QUALIFIER_FACTOR * 1000) / 1000 } : candidate))
    .sort((a, b) => b.score - a.score);
}
