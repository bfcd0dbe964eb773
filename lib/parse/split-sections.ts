// Cuts the lines into sections. A heading is a short line whose words are a known section name
// (French or English), backed by layout cues: capitals, bold, bigger font, a trailing colon, a
// line of its own. Lines whose style is the style of the recognised headings are headings too,
// of a section the profile does not use ("other"), so they end the section before them.
// Columns: the reader gives each column (block) whole; a block that does not open with a heading
// continues the section last seen in a block at the same left edge (a column going on to the
// next page), or on page 1, the header.
import type { CvSection, SectionKind, TextLine } from '../types';
import { foldText } from './fold-text';
import { BULLET, documentStyle, isAllCaps, isLarger, type DocumentStyle } from './line-style';
import { OTHER_HEADINGS, SECTION_HEADINGS } from './section-vocabulary';

interface HeadingMatch {
  kind: SectionKind;
  /** The whole line is a section name (as opposed to a section name followed by more words). */
  whole: boolean;
}

const HEADING_PHRASES: [string, SectionKind][] = [
  ...Object.entries(SECTION_HEADINGS).flatMap(([kind, phrases]) => phrases.map((phrase): [string, SectionKind] => [phrase, kind as SectionKind])),
  ...OTHER_HEADINGS.map((phrase): [string, SectionKind] => [phrase, 'other']),
].sort((a, b) => b[0].length - a[0].length);

/** The words of a would-be heading: no icons, numbering, decoration or trailing colon. */
export function headingText(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}'&\- ]+/gu, ' ')
    .replace(/^\s*(?:\d+|[ivx]+)[.)\s-]+/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letter-spaced headings ("E X P É R I E N C E") are common in designed CVs. */
function unspace(text: string): string {
  return /^(?:\p{L} ){3,}\p{L}/u.test(text) ? text.replace(/(?<=\p{L}) (?=\p{L}(?: |$))/gu, '') : text;
}

export function matchHeading(text: string): HeadingMatch | undefined {
  const words = headingText(unspace(text.trim()));
  if (!words || words.length > 60) return undefined;
  for (const [phrase, kind] of HEADING_PHRASES) {
    if (words === phrase) return { kind, whole: true };
    if (words.startsWith(phrase + ' ') && words.split(' ').length - phrase.split(' ').length <= 3) return { kind, whole: false };
  }
  return undefined;
}

interface LineStyleKey {
  caps: boolean;
  bold: boolean;
  height: number;
}

function styleKey(line: TextLine): LineStyleKey {
  return { caps: isAllCaps(line.text), bold: line.bold === true, height: Math.round((line.height ?? 0) * 2) / 2 };
}

function isHeadingShaped(line: TextLine): boolean {
  const text = line.text.trim();
  if (text.includes('\t') || BULLET.test(text)) return false;
  if (/[.;]$/.test(text) || /@|\d{3,}/.test(text)) return false;
  return text.split(/\s+/).length <= 7;
}

function headingOf(line: TextLine, style: DocumentStyle): HeadingMatch | undefined {
  if (!isHeadingShaped(line)) return undefined;
  const match = matchHeading(line.text);
  if (!match) return undefined;
  if (match.whole) return match;
  // Extra words after a section name: only with a layout cue, else it is a sentence.
  const cue = isAllCaps(line.text) || line.bold === true || isLarger(line, style) || /:\s*$/.test(line.text);
  return cue ? match : undefined;
}

/** Splits the lines into sections, in reading order. */
export function splitSections(lines: TextLine[]): CvSection[] {
  const style = documentStyle(lines);
  const headings = lines.map((line) => headingOf(line, style));
  const knownStyles = lines
    .filter((_, index) => headings[index] !== undefined && lines[index]?.height !== undefined)
    .map(styleKey);
  const sameStyleAsHeadings = (line: TextLine) => {
    if (line.height === undefined || knownStyles.length < 2) return false;
    const key = styleKey(line);
    // Only a distinctive style counts: capitals or a bigger font, never plain body text.
    if (!key.caps && !isLarger(line, style)) return false;
    return knownStyles.some((known) => known.caps === key.caps && known.bold === key.bold && Math.abs(known.height - key.height) < 0.6);
  };

  const sections: CvSection[] = [];
  let current: CvSection = { kind: 'header', heading: null, lines: [] };
  const lastSectionAtEdge: { page: number; x: number; section: CvSection }[] = [];
  let previous: TextLine | undefined;

  const open = (section: CvSection) => {
    if (current.lines.length > 0 || current.heading !== null) sections.push(current);
    current = section;
  };

  lines.forEach((line, index) => {
    const newBlock = previous !== undefined && (previous.page !== line.page || previous.block !== line.block);
    let heading = headings[index];
    if (!heading && isHeadingShaped(line) && sameStyleAsHeadings(line) && !/\d/.test(line.text)) {
      heading = { kind: 'other', whole: true };
    }
    if (heading) {
      open({ kind: heading.kind, heading: line.text.trim(), lines: [] });
    } else if (newBlock) {
      const edge = blockEdge(lines, index);
      const resumed = [...lastSectionAtEdge].reverse().find((seen) => Math.abs(seen.x - edge) < 25 && seen.page < line.page);
      if (resumed) open({ kind: resumed.section.kind, heading: resumed.section.heading, lines: [] });
      else if (line.page === 1 || edge < 0) open({ kind: line.page === 1 ? 'header' : current.kind, heading: line.page === 1 ? null : current.heading, lines: [] });
      else open({ kind: current.kind, heading: current.heading, lines: [] });
    }
    if (!heading) current.lines.push(line);
    if (line.x !== undefined) {
      const edge = blockEdge(lines, index);
      const known = lastSectionAtEdge.find((seen) => seen.page === line.page && Math.abs(seen.x - edge) < 1);
      if (known) known.section = current;
      else lastSectionAtEdge.push({ page: line.page, x: edge, section: current });
    }
    previous = line;
  });
  open({ kind: 'other', heading: null, lines: [] });
  return sections;
}

/** Left edge of the block a line belongs to (the smallest x among its lines), -1 without layout. */
function blockEdge(lines: TextLine[], index: number): number {
  const line = lines[index];
  if (line?.x === undefined) return -1;
  let edge = line.x;
  for (let cursor = index - 1; cursor >= 0; cursor--) {
    const other = lines[cursor];
    if (!other || other.page !== line.page || other.block !== line.block) break;
    edge = Math.min(edge, other.x ?? edge);
  }
  for (let cursor = index + 1; cursor < lines.length; cursor++) {
    const other = lines[cursor];
    if (!other || other.page !== line.page || other.block !== line.block) break;
    edge = Math.min(edge, other.x ?? edge);
  }
  return edge;
}
