// "Palpations de sécurité lors d'événements sportifs", "Accueil du public pendant les salons",
// "First aid cover during football matches": the words after "lors de", "pendant", "during" say
// when the work was done, not what it was. A label read only there ("évènements sportifs") is the
// occasion, not a skill; a label that spans both halves ("protéger des surfaces lors de travaux")
// is read as before.

import { STOP_WORD, type PhraseWord } from './phrase-words';

// "d'" ends the marker inside a word ("lors d'événements"); the others end at a word's end.
const MARKER = /(?<![\p{L}\d])(?:(?:lors|au\s+cours)\s+d['’]|(?:(?:lors|au\s+cours)\s+(?:de|des|du)|pendant|durant|during)(?![\p{L}\d]))/giu;

/** Are all the matched word positions inside an occasion complement that follows some other
 *  content word of the phrase? */
export function readOnlyInOccasion(text: string, words: PhraseWord[], positions: number[], lang: number): boolean {
  if (positions.length === 0) return false;
  let first = Infinity;
  for (const position of positions) first = Math.min(first, words[position]!.start);
  for (const marker of text.matchAll(MARKER)) {
    const end = marker.index + marker[0].length;
    if (first < end) continue;
    const before = words.some((word) => word.end <= marker.index && word.keys[lang] !== STOP_WORD);
    if (before) return true;
  }
  return false;
}
