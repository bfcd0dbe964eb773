// Finds the candidate's first and last name. A name is a short line of 2 to 5 capitalised words
// near the top of the first page, usually the biggest or boldest text. French CVs write the
// surname in capitals ("Julie MARTIN", "MARTIN Julie"), which also tells which part is which.
// The steps are in name/, one per file; this one tries them in turn.
import type { Language, Suggestion, TextLine } from '../types';
import { FIRST_NAME_LABEL, FULL_NAME_LABEL, LAST_NAME_LABEL, NOT_NAME_WORDS } from './name-vocabulary';
import { nameFromHeader } from './name/name-from-header';
import { nameInEmail } from './name/name-in-email';
import { nameOfAddress } from './name/name-of-address';
import { nameWords } from './name/name-words';
import { displayCase, splitName, toSuggestions, type NameSuggestion } from './name/split-name';

export type { NameSuggestion } from './name/split-name';
export { splitName } from './name/split-name';

/** "CV anonyme", "Candidat n° 2024-0173", "anonymised CV": the name is left out on purpose. */
const ANONYMOUS = /\banonym(?:e|es|is[ée]e?|i[sz]ed)\b|\bcandidat(?:e)?\s+n[°o]|\bcandidate\s+(?:no\.?|number|ref(?:erence)?)\b/i;

/** `contactLines`: lines of a "Contact" section, where a street or a town is likelier than a name.
 *  `language`: the CV's; an English CV writes the given name first. */
export function extractName(lines: TextLine[], contactLines: Set<TextLine> = new Set(), language?: Language): NameSuggestion {
  // An anonymous CV has no name to find: any line taken for one would be a wrong one.
  if (lines.slice(0, 8).some((line) => ANONYMOUS.test(line.text))) return {};
  return fromLabels(lines) ?? nameFromHeader(lines, contactLines, language) ?? fromFirstLine(lines) ?? nameInEmail(lines) ?? nameOfAddress(lines) ?? {};
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

/** Where a second name label may start on the line of the first ("Nom et prénom :" is one): the
 *  gap before the label, after a character that is not a space. */
const SECOND_LABEL = /(?<=\S)\s*[,;|–—-]?\s+(?=(?:pr[ée]noms?|nom(?:\s+de\s+famille)?|surname|last\s*name|first\s*name)\s*[:：])/gi;
const COLON = /[:：]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** The text cut at each second label that follows a first label's value: a colon earlier on the
 *  same line, then something after it. (A lookbehind saying "a colon, then anything" was tried at
 *  every character and went back to the colon each time: minutes on a 100,000-character line.
 *  The colon is now tracked in one pass.) */
export function splitAtSecondLabels(text: string): string[] {
  const parts: string[] = [];
  let partStart = 0;
  // The last colon seen on the current line, and how far the text has been scanned for it.
  let colon = -1;
  let scanned = 0;
  SECOND_LABEL.lastIndex = 0;
  for (let match = SECOND_LABEL.exec(text); match; match = SECOND_LABEL.exec(text)) {
    const gapStart = match.index;
    for (; scanned < gapStart - 1; scanned += 1) {
      const char = text[scanned]!;
      if (COLON.test(char)) colon = scanned;
      else if (LINE_BREAK.test(char)) colon = -1;
    }
    if (colon >= 0) {
      parts.push(text.slice(partStart, gapStart));
      partStart = SECOND_LABEL.lastIndex;
    } else {
      // No value before this gap: the search goes on from the next character, as a split would.
      SECOND_LABEL.lastIndex = gapStart + 1;
    }
  }
  parts.push(text.slice(partStart));
  return parts;
}

/** The first cell of a line (what a tab sets apart on its right is another column), with the
 *  next cell when the first is only a label: a table of labels and values ("Nom :" | "LEFÈVRE"). */
function labelledCell(text: string): string {
  const cells = text.split('\t');
  const first = cells[0] ?? '';
  return /[:：]\s*$/.test(first) && cells[1] ? `${first} ${cells[1]}` : first;
}

/** A CV written as a form: "Nom : MARTIN" / "Prénom : Julie", or "Nom et prénom : …". */
function fromLabels(lines: TextLine[]): NameSuggestion | undefined {
  let first: Suggestion | undefined;
  let last: Suggestion | undefined;
  // A form's two labels may share a line: "Nom : Dupont   Prénom : Marie".
  const fields = lines.slice(0, 60).flatMap((line) => splitAtSecondLabels(labelledCell(line.text)).map((text) => ({ line, text })));
  for (const { line, text } of fields) {
    const full = FULL_NAME_LABEL.exec(text);
    if (full?.[1] && nameWords(full[1].trim())) {
      // "Nom et prénom : KOWALCZYK ZBIGNIEW": the label tells the order the words do not.
      const split = splitName(full[1].trim(), /^\s*nom\b/i.test(text) ? 'surname-first' : 'unknown');
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
