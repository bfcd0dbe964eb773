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
import { findDateRanges } from './parse-dates';
import { announcesPlannedTraining } from './planned-training-heading';
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
  // "Mes points forts", "My skills", "Nos réalisations": the possessive changes nothing.
  const words = headingText(unspace(text.trim())).replace(/^(?:mes|mon|ma|nos|my|our) (?=\p{L}{3})/u, '');
  if (!words || words.length > 60) return undefined;
  // "Formations envisagées :" is training to come, not a section of training done.
  if (announcesPlannedTraining(words)) return undefined;
  const match = matchPhrase(words) ?? (words.split(' ').length <= 4 && /\bcertif|\bhabilitation/.test(words) ? { kind: 'certifications' as const, whole: false } : undefined);
  // "Training & certificates", "Formations et habilitations": the certificates name the section.
  if (match && match.kind !== 'certifications' && /\bcertif|\bhabilitation|\bcaces\b|\bcertificates?\b/.test(words)) {
    return { kind: 'certifications', whole: match.whole };
  }
  return match;
}

function matchPhrase(words: string): HeadingMatch | undefined {
  for (const [phrase, kind] of HEADING_PHRASES) {
    if (words === phrase) return { kind, whole: true };
    if (words.startsWith(phrase + ' ') && words.split(' ').length - phrase.split(' ').length <= 3 && !namesCategories(words.slice(phrase.length + 1))) {
      return { kind, whole: false };
    }
  }
  // Letter-spaced headings may come with spaces lost or misplaced ("EXPÉRIENCESPROFESSIONNELLES",
  // "FORM AT IONS"): compare without spaces.
  const squeezed = squeeze(words);
  for (const [phrase, kind] of HEADING_PHRASES) {
    const target = squeeze(phrase);
    if (squeezed === target) return { kind, whole: true };
    if (target.length >= 6 && squeezed.startsWith(target) && squeezed.length - target.length <= 24 && !(words.startsWith(phrase + ' ') && namesCategories(words.slice(phrase.length + 1)))) {
      return { kind, whole: false };
    }
  }
  return undefined;
}

/** "1 3 5", "b", "b c1 et ce", "cat 3": categories of a licence or a CACES, so the line is the
 *  item itself ("CACES 1, 3, 5", "PERMIS B"), not a heading. */
function namesCategories(rest: string): boolean {
  const tokens = rest.split(/[\s,;/+]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((token) => /^(?:[a-e]\d?e?|\d{1,2}[a-z]?|r\d{3}|cat|categories?|et|and)$/.test(token)) && tokens.some((token) => token !== 'et' && token !== 'and');
}

function squeeze(text: string): string {
  return text.replace(/[\s'&-]+/g, '');
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
  let text = line.text.trim();
  if (text.includes('\t')) return false;
  // A decoration before a heading ("■ EXPÉRIENCES") is not a list bullet when the rest is a heading.
  if (BULLET.test(text)) {
    text = text.replace(BULLET, '').trim();
    if (!matchHeading(text)?.whole) return false;
  }
  if (/[.;]$/.test(text) || /@|\d{3,}/.test(text)) return false;
  // Words are counted once the letters are joined: "E X P É R I E N C E S" is one word.
  return unspace(text).split(/\s+/).length <= 7;
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
export function splitSections(input: TextLine[]): CvSection[] {
  const lines = joinSplitHeadings(input);
  const style = documentStyle(lines);
  const candidates = lines.map((line) => headingOf(line, style));
  // The headings' style is learnt from lines that are a section name and nothing else: an entry
  // title that starts with one ("Formation barbier (35 h)", "Stage d'observation") would otherwise
  // teach the entry-title style, and every job title after it would open a section.
  const knownStyles = lines
    .filter((line, index) => candidates[index]?.whole === true && line.height !== undefined)
    .map(styleKey);
  const hasHeadingStyle = (line: TextLine) => {
    const key = styleKey(line);
    return knownStyles.some((known) => known.caps === key.caps && known.bold === key.bold && Math.abs(known.height - key.height) < 0.6);
  };
  // A section name followed by more words needs more than bold: capitals, a colon, or the style
  // of the document's own headings.
  const headings = candidates.map((match, index) => {
    if (!match || match.whole) return match;
    const line = lines[index]!;
    const strongCue = isAllCaps(line.text) || /:\s*$/.test(line.text) || knownStyles.length === 0 || hasHeadingStyle(line);
    return strongCue ? match : undefined;
  });
  const sameStyleAsHeadings = (line: TextLine) => {
    if (line.height === undefined || knownStyles.length < 2) return false;
    const key = styleKey(line);
    // Only a distinctive style counts: capitals or a bigger font, never plain body text.
    if (!key.caps && !isLarger(line, style)) return false;
    return hasHeadingStyle(line);
  };

  const sections: CvSection[] = [];
  let current: CvSection = { kind: 'header', heading: null, lines: [] };
  const edges = blockEdges(lines);
  // The section each finished block ended in, to resume it where the column goes on.
  const blockEnds: { page: number; edge: number; section: CvSection }[] = [];
  let previous: TextLine | undefined;
  // Sections set side by side on shared rows ("COMPÉTENCES\tLANGUES"): one section per column.
  let band: { columns: CvSection[]; x: number | undefined } | undefined;

  const open = (section: CvSection) => {
    if (!sections.includes(current) && (current.lines.length > 0 || current.heading !== null)) sections.push(current);
    current = section;
  };
  const headingOfText = (line: TextLine, text: string) => headingOf({ ...line, text }, style);

  lines.forEach((line, index) => {
    const newBlock = previous !== undefined && (previous.page !== line.page || previous.block !== line.block);
    if (newBlock && previous) blockEnds.push({ page: previous.page, edge: edges.get(blockId(previous)) ?? -1, section: current });
    // Columns under a row of side-by-side headings may come as blocks of their own: the band
    // lasts until the next heading or page.
    if (previous !== undefined && previous.page !== line.page) band = undefined;
    let heading = headings[index];
    if (!heading && isHeadingShaped(line) && sameStyleAsHeadings(line) && !/\d/.test(line.text)) {
      heading = { kind: 'other', whole: true };
    }
    const segments = line.text.split('\t').map((segment) => segment.trim()).filter(Boolean);
    const segmentHeadings = segments.map((segment) => headingOfText(line, segment));
    // A heading beside the content of the current section starts a band too: "CACES R482\tQualités".
    if (!band && segments.length >= 2 && !segmentHeadings[0] && segmentHeadings.slice(1).some(Boolean) && (current.lines.length > 0 || current.heading !== null)) {
      // The cells before the first heading (a title and its dates) stay in the current section.
      const first = segmentHeadings.findIndex(Boolean);
      const columns: CvSection[] = [current];
      segments.slice(first).forEach((segment, offset) => {
        const found = segmentHeadings[first + offset];
        if (found) columns.push({ kind: found.kind, heading: segment, lines: [] });
        else columns[columns.length - 1]!.lines.push({ ...line, text: segment, x: undefined, width: undefined });
      });
      current.lines.push({ ...line, text: segments.slice(0, first).join('\t'), width: undefined });
      if (!sections.includes(current)) sections.push(current);
      sections.push(...columns.slice(1));
      band = { columns, x: line.x };
      previous = line;
      return;
    }
    if (segments.length >= 2 && segmentHeadings.every(Boolean)) {
      const columns = segments.map((segment, column): CvSection => ({ kind: segmentHeadings[column]!.kind, heading: segment, lines: [] }));
      open(columns[columns.length - 1]!);
      sections.push(...columns);
      band = { columns, x: line.x };
      previous = line;
      return;
    }
    if (band && !heading) {
      const columns = band.columns;
      // Cells keep their column, even after an empty one ("\tTesting, inspection…").
      let cells = line.text.split('\t').map((cell) => cell.trim());
      // A cell that is only a period is the right-aligned date of the cell before it.
      cells = cells.reduce<string[]>((kept, cell) => {
        if (kept.length > 0 && kept[kept.length - 1] && isPeriodOnly(cell)) kept[kept.length - 1] += `\t${cell}`;
        else kept.push(cell);
        return kept;
      }, []);
      // More cells than columns: the extra ones (right-aligned dates) belong to the first column.
      if (cells.length > columns.length) cells = [cells.slice(0, cells.length - columns.length + 1).filter(Boolean).join('\t'), ...cells.slice(cells.length - columns.length + 1)];
      if (cells.length >= 2) {
        cells.forEach((segment, column) => {
          if (!segment) return;
          const at = Math.min(column, columns.length - 1);
          const segmentHeading = headingOfText(line, segment);
          if (segmentHeading) {
            const section: CvSection = { kind: segmentHeading.kind, heading: segment, lines: [] };
            columns[at] = section;
            sections.push(section);
          } else {
            columns[at]!.lines.push({ ...line, text: segment, ...(column > 0 ? { x: undefined, width: undefined } : {}) });
          }
        });
        current = columns[columns.length - 1]!;
      } else {
        // A list indent is a few points; the next column starts far to the right.
        const left = band.x === undefined || line.x === undefined || Math.abs(line.x - band.x) < 40;
        current = left ? columns[0]! : columns[columns.length - 1]!;
        current.lines.push(line);
      }
      previous = line;
      return;
    }
    band = undefined;
    if (heading) {
      open({ kind: heading.kind, heading: line.text.trim(), lines: [] });
    } else if (newBlock) {
      const edge = edges.get(blockId(line)) ?? -1;
      // A column that goes on (on the next page, or after a band the reader cut out) resumes the
      // section it was in; a new column of page 1 without a heading is the header (name, title).
      const resumed = [...blockEnds].reverse().find((end) => end.page <= line.page && edge >= 0 && Math.abs(end.edge - edge) < 25);
      if (resumed) open({ kind: resumed.section.kind, heading: resumed.section.heading, lines: [] });
      // A column starting high on page 1 is the header; one starting lower goes on with the section.
      else if (line.page === 1 && previous?.page === 1 && (line.y === undefined || line.y < 200)) open({ kind: 'header', heading: null, lines: [] });
    }
    if (!heading) current.lines.push(line);
    previous = line;
  });
  open({ kind: 'other', heading: null, lines: [] });
  return sections.filter((section) => section.lines.length > 0 || section.heading !== null);
}

function isPeriodOnly(text: string): boolean {
  const range = findDateRanges(text)[0];
  return range !== undefined && text.slice(0, range.startsAt).trim() === '' && /^[\s.)]*$/.test(text.slice(range.endsAt));
}

function blockId(line: TextLine): string {
  return `${line.page}:${line.block ?? 0}`;
}

/** Left edge of each block (the smallest x among its lines); blocks without layout have none. */
function blockEdges(lines: TextLine[]): Map<string, number> {
  const edges = new Map<string, number>();
  for (const line of lines) {
    if (line.x === undefined) continue;
    const id = blockId(line);
    edges.set(id, Math.min(edges.get(id) ?? Infinity, line.x));
  }
  return edges;
}

/** Rejoins a heading set on two lines ("EXPÉRIENCE" / "PROFESSIONNELLE", as in Europass CVs); a
 *  line of another style may sit between the two halves (the name beside "INFORMATIONS"). */
function joinSplitHeadings(lines: TextLine[]): TextLine[] {
  const result = [...lines];
  for (let index = 0; index < result.length; index++) {
    let line = result[index]!;
    // A label row may carry the heading's first half: "INFORMATIONS\tLE GOFF Jean-Baptiste".
    const [firstCell, ...otherCells] = line.text.split('\t');
    let rowRest: TextLine | undefined;
    if (otherCells.length > 0 && firstCell && isAllCaps(firstCell)) {
      rowRest = { ...line, text: otherCells.join('\t'), x: undefined, width: undefined };
      line = { ...line, text: firstCell };
    }
    if (!isAllCaps(line.text) || !isHeadingShaped(line)) continue;
    // The halves are consecutive, or one line apart when that line shares the first half's row
    // (a Europass name beside "INFORMATIONS").
    const between = result[index + 1];
    const sameRow = between !== undefined && line.y !== undefined && between.y !== undefined && Math.abs(between.y - line.y) <= 2.5;
    for (let next = index + 1; next <= index + (sameRow ? 2 : 1) && next < result.length; next++) {
      const other = result[next]!;
      if (other.page !== line.page || other.block !== line.block) break;
      // The second half sits right under the first.
      if (line.y !== undefined && other.y !== undefined && other.y - line.y > (line.height ?? 10) * 2) break;
      // A merged label row carries the style of its content: compare capitals only then.
      const sameStyle = isAllCaps(other.text) && (rowRest !== undefined || (other.bold === line.bold && Math.abs((other.height ?? 0) - (line.height ?? 0)) < 0.6));
      if (!sameStyle || !isHeadingShaped(other) || /\d/.test(other.text) || matchHeading(other.text)) continue;
      const joined = matchHeading(`${line.text} ${other.text}`);
      // The first half alone may already be the whole heading: "CERTIFICATIONS" over "SST" is a
      // heading and its first item, not one heading.
      const firstHalf = matchHeading(line.text);
      if (!joined || (!joined.whole && (!firstHalf || firstHalf.whole))) continue;
      result[index] = { ...line, text: `${line.text.trim()} ${other.text.trim()}` };
      result.splice(next, 1);
      if (rowRest) result.splice(index + 1, 0, rowRest);
      break;
    }
  }
  return result;
}

