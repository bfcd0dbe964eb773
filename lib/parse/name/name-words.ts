// Whether words can be a person's name: capitalised, two to five of them, none a word CVs use
// for something else; and a surname in capitals beside a first name.
import { NAME_PARTICLES, NOT_NAME_WORDS } from '../name-vocabulary';
import { isCaps } from './split-name';

const WORD = /^[\p{Lu}\p{Ll}][\p{L}'’.-]*$/u;

/** True when the text looks like 2..5 name words (or at least `min`). */
export function nameWords(text: string, min = 2): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < min || words.length > 5) return false;
  let capitalised = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (NOT_NAME_WORDS.has(lower.replace(/[.:]$/, ''))) return false;
    if (!WORD.test(word)) return false;
    if (NAME_PARTICLES.has(lower)) continue;
    // "d'Arc", "L'Hermite" are names; "l'autolaveuse" (a bullet: "Utilisation de l'autolaveuse") is not.
    if (/^(?:d|l)['’]/i.test(word)) {
      if (/^[dDlL]['’]\p{Lu}/u.test(word)) continue;
      return false;
    }
    if (!/^\p{Lu}/u.test(word)) return false;
    // Initials ("Abdul B", "K. Siddharth") count only beside a full word.
    if (word.replace(/[^\p{L}]/gu, '').length < 2) {
      if (!/^\p{Lu}\.?$/u.test(word)) return false;
      continue;
    }
    capitalised++;
  }
  return capitalised >= Math.min(min, 2) || (capitalised >= 1 && words.length >= 2 && min >= 2);
}

/** Two or three words of letters only, whatever their case. */
export function plainWords(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{L}[\p{L}'’-]*$/u.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase()));
}

/** A surname in capitals beside a first name; acronyms ("HVAC", "QA") of a title do not count. */
export function hasCapsSurname(words: string[]): boolean {
  const caps = words.filter((word) => isCaps(word) && (word.replace(/[^\p{L}]/gu, '').length >= 3 || NAME_PARTICLES.has(word.toLowerCase()))).length;
  return caps > 0 && caps < words.filter((word) => !NAME_PARTICLES.has(word.toLowerCase())).length;
}
