// A full name split into first name and surname ("Julie MARTIN", "LE GOFF Jean-Baptiste", "Karim
// Ben Salah"): by the capitals French CVs write the surname in, else by the words' positions.
import type { Suggestion } from '../../types';
import { CIVILITY, NAME_PARTICLES } from '../name-vocabulary';
import { givenNameWeight } from './given-names';

export interface NameSuggestion {
  firstName?: Suggestion;
  lastName?: Suggestion;
}

/**
 * Splits "Julie MARTIN", "MARTIN Julie", "Jean-Baptiste LE GOFF", "Jean de La Fontaine". Both
 * parts are always non-empty: a name whose case says nothing ("JEAN-PIERRE DE LA TOUR", or a
 * damaged line) gets the split French CVs use most, first name first.
 */
export function splitName(text: string, order: NameOrder = 'unknown'): { first: string; last: string } | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  // "Mme Fatima EL AMRANI", "Mr Daniel Connor": the civility is dropped (the form asks for it apart).
  if (CIVILITY.test(words[0] ?? '')) words.shift();
  if (words.length < 2) return undefined;
  const split =
    splitByCase(words) ?? splitByKnownNames(words, order !== 'given-first') ?? (order === 'surname-first' ? surnameFirst(words) : undefined) ?? splitByPosition(words);
  return split.first && split.last ? split : splitByPosition(words);
}

/** What the context tells of the order when the words do not: a form's label "Nom et prénom :",
 *  an e-mail address that spells the first name's initial before the surname ("mdupont@"); an
 *  English CV writes the given name first ("Hodan Farah", though Farah is a given name too). */
export type NameOrder = 'unknown' | 'surname-first' | 'given-first';

/** "KOWALCZYK ZBIGNIEW" under "Nom et prénom :": the first word is the surname. */
function surnameFirst(words: string[]): { first: string; last: string } {
  return { first: words.slice(1).join(' '), last: words[0]! };
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
 * No case cue, but words that tell: a particle opens the surname ("LE GOFF JEAN-BAPTISTE", "Da
 * Silva Maria"), or the words after the first are known given names, and no common surname, while
 * the first is not ("DUPONT MARIE", "Kowalski Anna", "DUPONT DURAND MARIE-CLAIRE"): then the
 * surname comes first.
 * A known given name first and unknown words after it ("Marie Dupont Durand") splits after it.
 */
function splitByKnownNames(words: string[], surnameMayLead = true): { first: string; last: string } | undefined {
  const join = (from: number, to?: number) => words.slice(from, to).join(' ');
  if (words.length >= 3 && isParticle(words[0]!)) {
    let end = 0;
    while (end < words.length - 1 && isParticle(words[end]!)) end++;
    return end + 1 < words.length ? { first: join(end + 1), last: join(0, end + 1) } : undefined;
  }
  const weights = words.map(givenNameWeight);
  // The shortest surname before a run of given names that ends the name, not cut after a particle.
  for (let start = 1; surnameMayLead && start < words.length; start++) {
    if (isParticle(words[start - 1]!) || !weights.slice(start).every((weight) => weight > 0)) continue;
    // Only given names that are not common surnames too: "Sarfaraz Ahmad", "Fenil Francis" may
    // be written first name first. "MARTIN SOPHIE": a lead that is both gives way to them.
    const lead = Math.max(...weights.slice(0, start));
    if (lead <= 1 && weights.slice(start).every((weight) => weight === 2)) return { first: join(start), last: join(0, start) };
    break;
  }
  // A middle initial goes with the first name: "MOHAMED A BENALI".
  const initial = (word: string) => word.replace(/[^\p{L}]/gu, '').length < 2;
  let run = 0;
  while (run < words.length && (weights[run]! > 0 || (run > 0 && initial(words[run]!)))) run++;
  if (run >= 1 && run < words.length && weights.slice(run).every((weight) => weight === 0) && !words.slice(run).some(isParticle)) {
    return { first: join(0, run), last: join(run) };
  }
  return undefined;
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
