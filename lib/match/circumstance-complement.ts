// "Palpations de sécurité lors d'événements sportifs", "Accueil du public pendant les salons",
// "First aid cover during football matches": the words after "lors de", "pendant", "during" say
// when the work was done, not what it was. A label read only there ("évènements sportifs") is the
// occasion, not a skill; a label that spans both halves ("protéger des surfaces lors de travaux")
// is read as before.

import { STOP_WORD, type PhraseWord } from './phrase-words';

// "d'" ends the marker inside a word ("lors d'événements"); the others end at a word's end.
const MARKER = /(?<![\p{L}\d])(?:(?:lors|au\s+cours)\s+d['’]|(?:(?:lors|au\s+cours)\s+(?:de|des|du)|pendant|durant|during)(?![\p{L}\d]))/giu;

/** Where the phrase's occasion complement begins (character offset after its marker), when the
 *  marker follows some other content word of the phrase; Infinity when it has none. Read once per
 *  phrase: a label whose matched words all start there is read only in the occasion. */
export function occasionStart(text: string, words: PhraseWord[], lang: number): number {
  for (const marker of text.matchAll(MARKER)) {
    if (words.some((word) => word.end <= marker.index && word.keys[lang] !== STOP_WORD)) return marker.index + marker[0].length;
  }
  return Infinity;
}
