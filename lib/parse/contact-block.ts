// The lines of a CV written without headings that come after its contact block (name, title,
// phone, e-mail, address): there the jobs and diplomas begin.
import type { CvSection, TextLine } from '../types';
import { foldedWords } from './entry-parts';
import { looksLikeStreet } from './extract-location';
import { JOB_WORDS } from './job-vocabulary';
import { isAllCaps } from './line-style';

const EMAIL = /@|\[\s*at\s*\]|\(\s*at\s*\)/i;
const WEB = /\bwww\.|https?:\/\/|linkedin|\.(?:com|fr|net|org|io)\b/i;
/** Nine digits or more kept together by single spaces, dots or dashes: "06 12 34 56 78". */
const PHONE = /(?:\+\d{1,3}[\s.]?(?:\(0\)\s?)?)?\d(?:[\s.-]?\d){8,}/;
const POSTCODE = /(?<!\d)\d{5}(?!\d)|(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Za-z0-9])/;
/** A street line opens with its number: "12 rue des Lilas" (not "2020 - 2024"). */
const NUMBERED = /^\s*\d{1,4}\s*(?:bis|ter|[a-d])?\s*,?\s+\p{L}/iu;

export function isContactLine(text: string): boolean {
  return EMAIL.test(text) || WEB.test(text) || PHONE.test(text) || POSTCODE.test(text) || (NUMBERED.test(text) && looksLikeStreet(text));
}

/** Lines of the header sections from the end of their contact block on. The block ends at the
 *  last contact line before the first line that opens an entry (a job's period, a diploma), so a
 *  reference's phone number under the jobs moves nothing; without contact lines the section is
 *  read from that first entry line, and the lines just above it that lead it (`leadLines`: how
 *  many, at most, of the lines before it are its own title and employer; never the first line,
 *  the name). */
export function linesAfterContactBlock(sections: CvSection[], opensEntry: (line: TextLine) => boolean, leadLines?: (lines: TextLine[], firstEntry: number) => number): TextLine[][] {
  return sections
    .filter((section) => section.kind === 'header')
    .map((section) => {
      const lines = section.lines;
      const firstEntry = lines.findIndex(opensEntry);
      if (firstEntry < 0) return [];
      const lastContact = lines.slice(0, firstEntry).findLastIndex((line) => isContactLine(line.text));
      let start = lastContact >= 0 ? lastContact + 1 : firstEntry;
      // "Sophie Martin" / "Vendeuse — Carrefour, Lyon" / "2019 – 2022": no contact line closes the
      // block, yet the first job's title is above its dates as every other job's.
      if (lastContact < 0 && leadLines) start = Math.max(1, firstEntry - leadLines(lines, firstEntry));
      // After the contact block, too, only the lines that lead the first job are its own: a
      // headline there ("Maçon qualifié – 15 ans d'expérience") is not its title.
      else if (leadLines && start < firstEntry) start = Math.max(start, firstEntry - leadLines(lines, firstEntry));
      // A heading we did not know ("MON PARCOURS", "Ce que j'ai fait :") is no job title.
      if (start < firstEntry && looksLikeHeading(lines[start]!.text)) start++;
      return lines.slice(start);
    })
    .filter((lines) => lines.length > 0);
}

function looksLikeHeading(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  const jobLike = foldedWords(text).some((word) => JOB_WORDS.has(word));
  return !/\d/.test(text) && words <= 5 && !jobLike && (isAllCaps(text) || /:\s*$/.test(text));
}
