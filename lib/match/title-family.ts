// A job title that is exactly one occupation's name ("Carer", "Care assistant", "Care worker") also
// reads, one word short, as occupations of other trades that add a word to it ("animal carer",
// "animal care assistant"): those ranked second and third, above the care occupations the title
// means. Beside an exact reading, an occupation of another ISCO sub-major group (care work 53, animal
// care 51) is a narrower trade the title did not name.

import type { Referential } from '../taxonomy/referential';
import { type RankedConcept, EXACT_TITLE_SCORE } from './rank-concepts';

/** What an occupation of another family keeps of its score beside an exact reading. */
const OTHER_FAMILY_FACTOR = 0.85;

/** The ranking with the occupations outside the exact reading's family lowered, best first. */
export function withinTitleFamily(ranked: RankedConcept[], referential: Referential): RankedConcept[] {
  const family = (concept: number): string | undefined => {
    const { scheme, group } = referential.concepts[concept]!;
    return scheme === 'esco' && group !== undefined && /^\d{2}/.test(group) ? group.slice(0, 2) : undefined;
  };
  const exact = ranked.filter((candidate) => candidate.score >= EXACT_TITLE_SCORE);
  const families = new Set(exact.map((candidate) => family(candidate.concept)));
  if (exact.length === 0 || families.has(undefined)) return ranked;
  return ranked
    .map((candidate) => {
      const own = family(candidate.concept);
      if (candidate.score >= EXACT_TITLE_SCORE || own === undefined || families.has(own)) return candidate;
      return { ...candidate, score: Math.round(candidate.score * OTHER_FAMILY_FACTOR * 1000) / 1000 };
    })
    .sort((a, b) => b.score - a.score);
}
