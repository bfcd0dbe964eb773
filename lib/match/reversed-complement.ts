// French builds a compound with "de": "poste de travail" is a workstation, "locaux d'entretien" a
// cleaning cupboard. The same words the other way round are another thing: "travail posté" is shift
// work, "entretien des locaux" cleaning. A label whose words a French CV phrase holds in the other
// order, joined by "de", names something else; English says "management of stock" for "stock
// management", so only French is read so.

import { wordsOf } from '../taxonomy/label-words';
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

/** The singular of a folded French word, enough to compare "ateliers" with "atelier". */
function singular(folded: string): string {
  return folded.length > 3 && /[sx]$/.test(folded) ? folded.slice(0, -1) : folded;
}

/**
 * The other way round without "de": a label "manuels d'atelier" (a noun and its complement) whose
 * two words a French phrase holds side by side in the other order, each in the label's own form
 * ("ateliers manuels"). The label's noun is then an adjective of the other word: handicraft
 * workshops, not workshop manuals. A participle says the same action in another form ("commandes
 * préparées" for "préparation de commandes"), so a changed form is not read so.
 */
export function isNounReadAsAdjective(label: string, text: string, words: PhraseWord[], positions: number[]): boolean {
  const labelWords = wordsOf(label);
  for (let i = 1; i < positions.length; i++) {
    const before = positions[i - 1]!;
    const after = positions[i]!;
    if (after !== before - 1 || text.slice(words[after]!.end, words[before]!.start).trim() !== '') continue;
    const noun = singular(words[before]!.folded);
    const complement = singular(words[after]!.folded);
    for (let j = 0; j + 1 < labelWords.length; j++) {
      if (singular(labelWords[j]!.folded) !== noun) continue;
      const next = labelWords.slice(j + 1).find((word) => singular(word.folded) === complement);
      if (next && DE_JOINT.test(label.slice(labelWords[j]!.end, next.start))) return true;
    }
  }
  return false;
}
