// "Palpations de sécurité lors d'événements sportifs", "Accueil du public pendant les salons",
// "First aid cover during football matches": the words after "lors de", "pendant", "during" say
// when the work was done, not what it was. A label read only there ("évènements sportifs") is the
// occasion, not a skill; a label that spans both halves ("protéger des surfaces lors de travaux")
// is read as before.
// So is the yardstick of a check: "Checked deliveries against purchase orders", "Contrôle des
// livraisons par rapport aux bons de commande" compare with the orders, they do not issue them.

import { STOP_WORD, type PhraseWord } from './phrase-words';

// "d'" ends the marker inside a word ("lors d'événements"); the others end at a word's end.
const MARKER = /(?<![\p{L}\d])(?:(?:lors|au\s+cours)\s+d['’]|(?:(?:lors|au\s+cours)\s+(?:de|des|du)|pendant|durant|during)(?![\p{L}\d]))/giu;

/** "against" / "par rapport à" / "conformément à" after a word of checking. */
const YARDSTICK = /(?<![\p{L}\d])(?:against|par\s+rapport\s+(?:à|au|aux)|conformément\s+(?:à|au|aux))(?![\p{L}\d])/giu;
const CHECKING = /(?<![\p{L}])(?:(?:cross-?)?check(?:s|ed|ing)?|reconcil(?:e|es|ed|ing)|match(?:es|ed|ing)?|verif(?:y|ies|ied|ying)|audit(?:s|ed|ing)?|contr[ôo]l\p{L}*|v[ée]rifi\p{L}*|rapproch\p{L}*|compar\p{L}*|pointage|point(?:er|é|ée|és|ées))(?![\p{L}])/iu;

/** Where the phrase's occasion complement begins (character offset after its marker), when the
 *  marker follows some other content word of the phrase; Infinity when it has none. Read once per
 *  phrase: a label whose matched words all start there is read only in the occasion. */
export function occasionStart(text: string, words: PhraseWord[], lang: number): number {
  for (const marker of text.matchAll(MARKER)) {
    if (words.some((word) => word.end <= marker.index && word.keys[lang] !== STOP_WORD)) return Math.min(yardstickStart(text), marker.index + marker[0].length);
  }
  return yardstickStart(text);
}

/** Where the yardstick of a check begins, Infinity when the phrase has none. */
function yardstickStart(text: string): number {
  for (const marker of text.matchAll(YARDSTICK)) {
    if (CHECKING.test(text.slice(0, marker.index))) return marker.index + marker[0].length;
  }
  return Infinity;
}
