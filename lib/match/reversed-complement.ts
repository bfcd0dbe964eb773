// French builds a compound with "de": "poste de travail" is a workstation, "locaux d'entretien" a
// cleaning cupboard. The same words the other way round are another thing: "travail posté" is shift
// work, "entretien des locaux" cleaning. A label whose words a French CV phrase holds in the other
// order, joined by "de", names something else; English says "management of stock" for "stock
// management", so only French is read so.

import type { PhraseWord } from './phrase-words';

/** Nothing but "de" between the two words: "postes de travail", "locaux d'entretien", "produits de la
 *  mer". Other words between them ("visiteurs et remise des badges") join nothing. */
const DE_JOINT = /^\s*(?:de\s+la\s+|de\s+l['’]\s*|de\s+|du\s+|des\s+|d['’]\s*)$/iu;

/** Whether the label's words, found out of order at `positions`, are joined in the phrase by "de". */
export function isReversedAcrossDe(text: string, words: PhraseWord[], positions: number[]): boolean {
  for (let i = 1; i < positions.length; i++) {
    const before = positions[i - 1]!;
    const after = positions[i]!;
    if (after > before) continue;
    // The label's later word comes first in the phrase: what joins it to the earlier one?
    const between = text.slice(words[after]!.end, words[before]!.start);
    if (DE_JOINT.test(between)) return true;
  }
  return false;
}
