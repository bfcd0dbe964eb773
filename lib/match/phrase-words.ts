// The words of a CV phrase as the referential's index sees them: for each word, its key in each
// language (French and English labels are stemmed by their own rules), or -1 when the referential
// has no such key. Words unknown to the index get a near key by spelling (OCR slips, typos).

import type { Language } from '../types';
import { isStopWordAt, stemWord, wordsOf } from '../taxonomy/label-words';
import { LANGUAGES, type Referential } from '../taxonomy/referential';
import { conjugatedVerbKey } from './conjugated-verbs';
import { keyIsUsed, nearKey } from './near-keys';
import { workingTimeWordPositions } from './working-time-words';

export interface PhraseWord {
  folded: string;
  start: number;
  end: number;
  /** Key id per language index (LANGUAGES order); UNKNOWN_WORD when the index lacks it, STOP_WORD
   *  for a stop word of that language. */
  keys: Int32Array;
  /** Per language: 1 when the key was found by spelling similarity rather than exactly. */
  approximate: Uint8Array;
}

export const UNKNOWN_WORD = -1;
export const STOP_WORD = -2;

export function phraseWords(text: string, referential: Referential): PhraseWord[] {
  const words: PhraseWord[] = [];
  const written = wordsOf(text);
  const workingTime = workingTimeWordPositions(written);
  for (const [position, word] of written.entries()) {
    const keys = new Int32Array(LANGUAGES.length).fill(UNKNOWN_WORD);
    const approximate = new Uint8Array(LANGUAGES.length);
    LANGUAGES.forEach((language: Language, index) => {
      if (workingTime.has(position) || isStopWordAt(text, written, position, language)) {
        keys[index] = STOP_WORD;
        return;
      }
      const stem = stemWord(word.folded, language);
      // "Je préparais les commandes": a verb after its subject is read as its infinitive.
      let key = (language === 'fr' ? conjugatedVerbKey(text, written, position, referential) : undefined) ?? referential.keyIds.get(stem);
      if (key === undefined && stem.length >= 5 && !/\d/.test(stem)) {
        key = nearKey(referential, stem, index);
        if (key !== undefined) approximate[index] = 1;
      }
      if (key !== undefined) keys[index] = key;
    });
    words.push({ folded: word.folded, start: word.start, end: word.end, keys, approximate });
  }
  joinCompounds(text, words, referential);
  return words;
}

/** "Baby-sitter", "baby sitter" are the label "babysitter": two neighbouring words whose joined form
 *  is a key of the language are read as that one word, when the parts alone do not both say
 *  something to the index (a part unknown or only guessed by spelling), so words the labels write
 *  apart ("sous-traitance") stay apart. */
function joinCompounds(text: string, words: PhraseWord[], referential: Referential): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i]!;
    const second = words[i + 1]!;
    if (!/^(?:\s*-\s*|\s)$/.test(text.slice(first.end, second.start))) continue;
    // An acronym is a word of its own: "audit IFS" is not "auditifs".
    if ([first, second].some((word) => /^\p{Lu}{2,}$/u.test(text.slice(word.start, word.end)))) continue;
    LANGUAGES.forEach((language: Language, index) => {
      const unsure = (word: PhraseWord): boolean => word.keys[index] === UNKNOWN_WORD || word.approximate[index] === 1;
      if (first.keys[index] === STOP_WORD || second.keys[index] === STOP_WORD) return;
      if (!unsure(first) && !unsure(second)) return;
      const key = referential.keyIds.get(stemWord(first.folded + second.folded, language));
      if (key === undefined || !keyIsUsed(referential, key, index)) return;
      first.keys[index] = key;
      first.approximate[index] = 0;
      second.keys[index] = STOP_WORD;
    });
  }
}
