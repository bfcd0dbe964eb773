// A CV that spells an acronym out says which sense it means: "Government Digital Service (GDS)" is
// no travel agent's global distribution system, "Service de Soins Infirmiers à Domicile (SSIAD)" no
// other SSIAD. When the words the line spells the acronym with are not those of the skill's labels,
// the acronym is not read as that skill.

import { foldText, isStopWord } from '../taxonomy/label-words';

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,6}$/u;

const isLinkWord = (word: string): boolean => isStopWord(word, 'fr') || isStopWord(word, 'en');

/** True when the words spell the letters: each word gives its initial, a link word ("de", "of",
 *  "à") may also be passed over ("Service de Soins Infirmiers à Domicile", SSIAD). */
function spells(words: string[], letters: string): boolean {
  if (words.length === 0) return letters.length === 0;
  const [word, ...rest] = words;
  if (letters.length > 0 && word![0] === letters[0] && spells(rest, letters.slice(1))) return true;
  return isLinkWord(word!) && spells(rest, letters);
}

/** The shortest run of words at one end of the words given that spells the acronym. */
function spelling(words: string[], letters: string, fromEnd: boolean): string[] | undefined {
  for (let length = letters.length; length <= Math.min(words.length, letters.length * 2 + 1); length++) {
    const run = fromEnd ? words.slice(words.length - length) : words.slice(0, length);
    // The run starts and ends with a word that gives a letter.
    if (isLinkWord(run[0]!) || isLinkWord(run[run.length - 1]!)) continue;
    if (spells(run, letters)) return run;
  }
  return undefined;
}

/** The words the line spells the acronym with ("Words (ACR)" or "ACR (Words)"), folded, or undefined. */
export function spelledOut(acronym: string, line: string): string[] | undefined {
  // Asked for each acronym spotted in a line, line after line: a line listing thousands of
  // acronyms made every one of them fold and search the whole line again (minutes).
  if (lastLine?.line !== line) lastLine = { line, folded: foldText(line), byAcronym: new Map() };
  const known = lastLine.byAcronym.get(acronym);
  if (known !== undefined || lastLine.byAcronym.has(acronym)) return known;
  const found = spelledOutIn(acronym, lastLine.folded);
  lastLine.byAcronym.set(acronym, found);
  return found;
}

let lastLine: { line: string; folded: string; byAcronym: Map<string, string[] | undefined> } | undefined;

function spelledOutIn(acronym: string, folded: string): string[] | undefined {
  const letters = foldText(acronym);
  const words = (text: string) => text.split(/[^a-z0-9]+/).filter(Boolean);
  const escaped = letters.replace(/[^a-z0-9]/g, '');
  // The words from the last bracket before "(ACR)": tried only where a stretch without brackets
  // starts. Tried at every character, each went to the next bracket: seconds on a long line.
  const before = new RegExp(`(?<![^()])([^()]*)\\(\\s*${escaped}\\s*\\)`).exec(folded);
  if (before) {
    const found = spelling(words(before[1]!), letters, true);
    if (found) return found;
  }
  const after = new RegExp(`\\b${escaped}\\s*\\(([^()]*)\\)`).exec(folded);
  return after ? spelling(words(after[1]!), letters, false) : undefined;
}

/** True when the matched text is an acronym the line spells out in words none of the concept's
 *  labels says. */
export function isAcronymSpelledOtherwise(matched: string, line: string, conceptLabels: () => string[]): boolean {
  const acronym = matched.trim();
  if (!ACRONYM.test(acronym)) return false;
  const words = spelledOut(acronym, line);
  if (!words) return false;
  const content = words.filter((word) => !isLinkWord(word)).map((word) => word.slice(0, 5));
  return !conceptLabels().some((label) => {
    const labelWords = foldText(label).split(/[^a-z0-9]+/).map((word) => word.slice(0, 5));
    return content.every((word) => labelWords.includes(word));
  });
}
