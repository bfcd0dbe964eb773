// The name among the first lines of each block of page 1: each short run of name words is scored by
// its place, its size and boldness, a surname in capitals, and no job word; the best one wins.
import type { Language, TextLine } from '../../types';
import { foldText } from '../fold-text';
import { JOB_WORDS } from '../job-vocabulary';
import { isDegree } from '../detect-degree';
import { hasCapsSurname, nameWords, plainWords } from './name-words';
import { emailNameOrder } from './name-in-email';
import { splitName, toSuggestions, type NameSuggestion } from './split-name';
import { withoutPostNominals } from './post-nominals';
import { matchHeading } from '../sections/heading-words';

/** How far into each block of page 1 a name is looked for. */
const HEADER_DEPTH = 14;

interface Candidate {
  text: string;
  line: TextLine;
  score: number;
  /** The snippet as written when `text` had markup removed. */
  evidence?: string;
  /** "épouse MARTIN", "née DUPONT": the other surname, kept with the surname. */
  married?: string;
}

/** A married woman's two surnames: "Marie DUPONT épouse MARTIN", "Nadia KADDOUR (née BENALI)". */
const MARRIED = /^(.+?)\s+\(?((?:[ée]pouse|[ée]p\.|n[ée]e|veuve)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\)?$/u;

// Stray markup around a name (a CV exported from a web page, or a hostile one) is not part of it.
const MARKUP = /<\/?[a-z][^>]*>/gi;

export function nameFromHeader(lines: TextLine[], contactLines: Set<TextLine>, language?: Language): NameSuggestion | undefined {
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
      const cleaned = withoutPostNominals(segment.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim().replace(/[,;]$/, ''));
      // A section heading ("KEY PROJECTS", "Work History") is no name, however it is written.
      if (matchHeading(cleaned)?.whole) continue;
      const married = MARRIED.exec(cleaned);
      const text = married && nameWords(married[1]!) ? married[1]! : cleaned;
      // The evidence is the text as written, letters spaced, for the viewer to find it.
      const evidence = joined !== line.text ? line.text.trim() : text === segment.trim().replace(/[,;]$/, '') ? undefined : segment.trim();
      // The very first line of a plain text may hold a name typed in lower case ("amarjyot sodhi").
      const lowerCaseFirst = index === 0 && line.x === undefined && plainWords(text);
      if (!nameWords(text) && !lowerCaseFirst) continue;
      const words = text.split(/\s+/);
      // "BP Menuisier", "CAP Boulanger": a diploma in a trade, on a CV whose header names no one.
      if (isDegree(text) && words.some((word) => JOB_WORDS.has(foldText(word)))) continue;
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
      candidates.push({ text, line, score, evidence: text === cleaned ? evidence : evidence ?? cleaned, married: text === cleaned ? undefined : married![2] });
    }
    // A first name and a surname set on two lines: "Fatoumata" / "DIALLO".
    const next = firstPage[index + 1];
    const single = /^[\p{L}'’-]+$/u;
    if (next && next.block === line.block && single.test(line.text.trim()) && single.test(next.text.trim()) && sameSize(line, next)) {
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
  const fromEmail = emailNameOrder(lines, best.text);
  const named = splitName(best.text, fromEmail === 'unknown' && language === 'en' ? 'given-first' : fromEmail);
  if (!named) return undefined;
  const split = best.married ? { ...named, last: `${named.last} ${best.married}` } : named;
  const margin = best.score - (candidates[1]?.score ?? 0);
  const confidence = margin > 1 ? 0.95 : margin > 0.4 ? 0.9 : 0.8;
  return toSuggestions(split, best.evidence ?? best.text, best.line.page, confidence);
}

/** Two lines set in one size. A text layer gives the font size itself; OCR measures each line's
 *  ink, which ascenders and accents make taller or shorter (in one font size, "Mamadou" measured
 *  17 pt and "KONATÉ" 21, "Fatoumata" 30 and "DIALLO" 24): a quarter of the height is allowed. */
function sameSize(line: TextLine, next: TextLine): boolean {
  const height = Math.max(line.height ?? 0, next.height ?? 0);
  return Math.abs((next.height ?? 0) - (line.height ?? 0)) < Math.max(1, 0.25 * height);
}

/** "S O P H I E   B E R N A R D", "Sophie   B E R N A R D" -> "SOPHIE BERNARD", "Sophie BERNARD":
 *  designed CVs space the letters of the name and set its words apart by wider gaps. */
function joinSpacedLetters(text: string): string {
  const groups = text.trim().split(/\s{2,}/);
  const spaced = (group: string) => /^(?:\p{L} ){2,}\p{L}$/u.test(group);
  if (!groups.some(spaced) || groups.length > 5 || /\d/.test(text)) return text;
  return groups.map((group) => (spaced(group) ? group.replace(/ /g, '') : group)).join(' ');
}
