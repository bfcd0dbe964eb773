// A full name split into first name and surname ("Julie MARTIN", "LE GOFF Jean-Baptiste", "Karim
// Ben Salah"): by the capitals French CVs write the surname in, else by the words' positions.
import type { Suggestion } from '../../types';
import { CIVILITY, NAME_PARTICLES } from '../name-vocabulary';

export interface NameSuggestion {
  firstName?: Suggestion;
  lastName?: Suggestion;
}

/**
 * Splits "Julie MARTIN", "MARTIN Julie", "Jean-Baptiste LE GOFF", "Jean de La Fontaine". Both
 * parts are always non-empty: a name whose case says nothing ("JEAN-PIERRE DE LA TOUR", or a
 * damaged line) gets the split French CVs use most, first name first.
 */
export function splitName(text: string): { first: string; last: string } | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  // "Mme Fatima EL AMRANI", "Mr Daniel Connor": the civility is dropped (the form asks for it apart).
  if (CIVILITY.test(words[0] ?? '')) words.shift();
  if (words.length < 2) return undefined;
  const split = splitByCase(words) ?? splitByPosition(words);
  return split.first && split.last ? split : splitByPosition(words);
}

const isParticle = (word: string) => NAME_PARTICLES.has(word.toLowerCase()) || /^(?:d|l)['’]/i.test(word);

/** The surname is the run of words in capitals, when the other words are not in capitals. */
function splitByCase(words: string[]): { first: string; last: string } | undefined {
  // An initial ("C", "M.") is in capitals whatever the name's style: it tells nothing.
  const initial = words.map((word) => word.replace(/[^\p{L}]/gu, '').length < 2);
  const caps = words.map((word, index) => !initial[index] && isCaps(word));
  const plain = words.some((word, index) => !initial[index] && !caps[index] && !isParticle(word));
  if (!plain || !caps.includes(true)) return undefined;
  const join = (from: number, to?: number) => words.slice(from, to).join(' ');
  if (caps[words.length - 1]) {
    // "José Manuel FERREIRA", "Jean de LA FONTAINE": the last run of capitals, with its particles.
    let start = words.length - 1;
    while (start > 1 && caps[start - 1]) start--;
    while (start > 1 && isParticle(words[start - 1] ?? '')) start--;
    return { first: join(0, start), last: join(start) };
  }
  const lead = Math.max(0, words.findIndex((word) => !isParticle(word)));
  if (caps[lead]) {
    // "LE GOFF Jean-Baptiste", "de LA FONTAINE Jean": the surname comes first.
    let end = lead + 1;
    while (end < words.length - 1 && caps[end]) end++;
    return { first: join(end), last: join(0, end) };
  }
  // Capitals in the middle ("Jean MARTIN Paul"): the surname starts there.
  let start = caps.indexOf(true);
  while (start > 1 && isParticle(words[start - 1] ?? '')) start--;
  return { first: join(0, start), last: join(start) };
}

/**
 * No case cue: the first word (or hyphenated word) is the first name, unless a particle starts
 * the surname earlier: "Karim Ben Salah" -> Karim / Ben Salah; three plain words with no
 * particle, "Marie Claire Dupont" -> the last one is the surname.
 */
function splitByPosition(words: string[]): { first: string; last: string } {
  let cut = 1;
  for (let index = 1; index < words.length - 1; index++) {
    if (isParticle(words[index] ?? '')) break;
    if (index === words.length - 2) cut = index + 1;
  }
  if (words.length >= 3 && isParticle(words[1] ?? '')) cut = 1;
  return { first: words.slice(0, cut).join(' '), last: words.slice(cut).join(' ') };
}

/** "JEAN-PIERRE" -> "Jean-Pierre": a first name in capitals, written as forms expect it. */
export function displayCase(name: string): string {
  if (!isCaps(name.replace(/[\s'’-]/g, '')) && name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** A word in capitals (two letters at least: an initial tells nothing). */
export function isCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** The first name and surname as suggestions, with the snippet they came from. */
export function toSuggestions(split: { first: string; last: string }, text: string, page: number, confidence: number): NameSuggestion {
  const evidence = { text, page };
  return {
    firstName: { value: displayCase(split.first), confidence, evidence },
    lastName: { value: split.last, confidence, evidence },
  };
}
