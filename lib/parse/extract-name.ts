// Finds the candidate's first and last name. A name is a short line of 2 to 5 capitalised words
// near the top of the first page, usually the biggest or boldest text. French CVs write the
// surname in capitals ("Julie MARTIN", "MARTIN Julie"), which also tells which part is which.
import type { Suggestion, TextLine } from '../types';
import { foldText } from './fold-text';
import { JOB_WORDS } from './job-vocabulary';
import { CIVILITY, FIRST_NAME_LABEL, FULL_NAME_LABEL, LAST_NAME_LABEL, NAME_PARTICLES, NOT_NAME_WORDS } from './name-vocabulary';

export interface NameSuggestion {
  firstName?: Suggestion;
  lastName?: Suggestion;
}

const WORD = /^[\p{Lu}\p{Ll}][\p{L}'’.-]*$/u;
/** How far into each block of page 1 a name is looked for. */
const HEADER_DEPTH = 14;

/** "CV anonyme", "Candidat n° 2024-0173", "anonymised CV": the name is left out on purpose. */
const ANONYMOUS = /\banonym(?:e|es|is[ée]e?|i[sz]ed)\b|\bcandidat(?:e)?\s+n[°o]|\bcandidate\s+(?:no\.?|number|ref(?:erence)?)\b/i;

/** `contactLines`: lines of a "Contact" section, where a street or a town is likelier than a name. */
export function extractName(lines: TextLine[], contactLines: Set<TextLine> = new Set()): NameSuggestion {
  // An anonymous CV has no name to find: any line taken for one would be a wrong one.
  if (lines.slice(0, 8).some((line) => ANONYMOUS.test(line.text))) return {};
  return fromLabels(lines) ?? fromHeader(lines, contactLines) ?? fromFirstLine(lines) ?? {};
}

/** Plain text with no cue at all: a first line of two to four words is the name, written as is. */
function fromFirstLine(lines: TextLine[]): NameSuggestion | undefined {
  const first = lines[0]?.text.trim() ?? '';
  const words = first.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((word) => /^[\p{L}][\p{L}'’.-]*$/u.test(word))) return undefined;
  if (words.some((word) => NOT_NAME_WORDS.has(word.toLowerCase()))) return undefined;
  const split = splitName(first);
  return split ? toSuggestions(split, first, lines[0]!.page, 0.6) : undefined;
}

function fromLabels(lines: TextLine[]): NameSuggestion | undefined {
  let first: Suggestion | undefined;
  let last: Suggestion | undefined;
  for (const line of lines.slice(0, 60)) {
    const text = line.text.split('\t')[0] ?? '';
    const full = FULL_NAME_LABEL.exec(text);
    if (full?.[1] && nameWords(full[1].trim())) {
      const split = splitName(full[1].trim());
      if (split) return toSuggestions(split, full[1].trim(), line.page, 0.93);
    }
    const lastMatch = LAST_NAME_LABEL.exec(text);
    if (lastMatch?.[1] && !last && nameWords(lastMatch[1].trim(), 1)) {
      last = { value: lastMatch[1].trim(), confidence: 0.95, evidence: { text: line.text, page: line.page } };
    }
    const firstMatch = FIRST_NAME_LABEL.exec(text);
    if (firstMatch?.[1] && !first && nameWords(firstMatch[1].trim(), 1)) {
      first = { value: displayCase(firstMatch[1].trim()), confidence: 0.95, evidence: { text: line.text, page: line.page } };
    }
  }
  if (first && last) return { firstName: first, lastName: last };
  return undefined;
}

interface Candidate {
  text: string;
  line: TextLine;
  score: number;
  /** The snippet as written when `text` had markup removed. */
  evidence?: string;
}

// Stray markup around a name (a CV exported from a web page, or a hostile one) is not part of it.
const MARKUP = /<\/?[a-z][^>]*>/gi;

function fromHeader(lines: TextLine[], contactLines: Set<TextLine>): NameSuggestion | undefined {
  const firstPage = lines.filter((line) => line.page === lines[0]?.page);
  const maxHeight = Math.max(0, ...firstPage.map((line) => line.height ?? 0));
  const seenPerBlock = new Map<number, number>();
  const candidates: Candidate[] = [];
  firstPage.forEach((line, index) => {
    const block = line.block ?? 0;
    const rank = seenPerBlock.get(block) ?? 0;
    seenPerBlock.set(block, rank + 1);
    if (rank >= HEADER_DEPTH) return;
    const joined = joinSpacedLetters(line.text);
    const segments = joined.split(/\t|\s[|•·–—]\s|\s{3,}/);
    // A comma ends a name that opens its line: "Sophie Bernard, 34 ans" (the age is no part of it,
    // nor of its evidence).
    segments[0] = segments[0]!.split(/,\s+/)[0]!;
    for (const segment of segments) {
      const text = segment.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim().replace(/[,;]$/, '');
      // The evidence is the text as written, letters spaced, for the viewer to find it.
      const evidence = joined !== line.text ? line.text.trim() : text === segment.trim().replace(/[,;]$/, '') ? undefined : segment.trim();
      // The very first line of a plain text may hold a name typed in lower case ("amarjyot sodhi").
      const lowerCaseFirst = index === 0 && line.x === undefined && plainWords(text);
      if (!nameWords(text) && !lowerCaseFirst) continue;
      const words = text.split(/\s+/);
      let score = 2 - rank * 0.15 - index * 0.01 - (nameWords(text) ? 0 : 0.5);
      // Without layout the first line is the strongest cue: plain-text CVs open with the name.
      if (index === 0 && line.height === undefined) score += 1;
      // Job words ("Technician HVAC", "Sales Associate") make a title, not a name.
      if (words.some((word) => JOB_WORDS.has(foldText(word)))) score -= 1.5;
      if (maxHeight > 0 && line.height) score += line.height >= maxHeight * 0.98 ? 2 : line.height / maxHeight - 0.5;
      if (line.bold) score += 0.3;
      if (hasCapsSurname(words)) score += 1;
      if (segment.trim() === line.text.trim()) score += 0.3;
      if (contactLines.has(line)) score -= 1;
      candidates.push({ text, line, score, evidence });
    }
    // A first name and a surname set on two lines: "Fatoumata" / "DIALLO".
    const next = firstPage[index + 1];
    const single = /^[\p{L}'’-]+$/u;
    if (next && next.block === line.block && single.test(line.text.trim()) && single.test(next.text.trim()) && Math.abs((next.height ?? 0) - (line.height ?? 0)) < 1) {
      const text = `${line.text.trim()} ${next.text.trim()}`;
      if (nameWords(text)) {
        let score = 2 - rank * 0.15 - index * 0.01 + 0.3;
        if (maxHeight > 0 && line.height) score += line.height >= maxHeight * 0.98 ? 2 : line.height / maxHeight - 0.5;
        if (hasCapsSurname(text.split(/\s+/))) score += 1;
        if (contactLines.has(line)) score -= 1;
        candidates.push({ text, line: { ...line, text }, score });
      }
    }
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) return undefined;
  const split = splitName(best.text);
  if (!split) return undefined;
  const margin = best.score - (candidates[1]?.score ?? 0);
  const confidence = margin > 1 ? 0.95 : margin > 0.4 ? 0.9 : 0.8;
  return toSuggestions(split, best.evidence ?? best.text, best.line.page, confidence);
}

/** "S O P H I E   B E R N A R D", "Sophie   B E R N A R D" -> "SOPHIE BERNARD", "Sophie BERNARD":
 *  designed CVs space the letters of the name and set its words apart by wider gaps. */
function joinSpacedLetters(text: string): string {
  const groups = text.trim().split(/\s{2,}/);
  const spaced = (group: string) => /^(?:\p{L} ){2,}\p{L}$/u.test(group);
  if (!groups.some(spaced) || groups.length > 5 || /\d/.test(text)) return text;
  return groups.map((group) => (spaced(group) ? group.replace(/ /g, '') : group)).join(' ');
}

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

function isCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** Two or three words of letters only, whatever their case. */
function plainWords(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{L}[\p{L}'’-]*$/u.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase()));
}

/** A surname in capitals beside a first name; acronyms ("HVAC", "QA") of a title do not count. */
function hasCapsSurname(words: string[]): boolean {
  const caps = words.filter((word) => isCaps(word) && (word.replace(/[^\p{L}]/gu, '').length >= 3 || NAME_PARTICLES.has(word.toLowerCase()))).length;
  return caps > 0 && caps < words.filter((word) => !NAME_PARTICLES.has(word.toLowerCase())).length;
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

function displayCase(name: string): string {
  if (!isCaps(name.replace(/[\s'’-]/g, '')) && name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

function toSuggestions(split: { first: string; last: string }, text: string, page: number, confidence: number): NameSuggestion {
  const evidence = { text, page };
  return {
    firstName: { value: displayCase(split.first), confidence, evidence },
    lastName: { value: split.last, confidence, evidence },
  };
}
