// Cuts the lines into sections. A heading is a short line whose words are a known section name
// (French or English), backed by layout cues: capitals, bold, bigger font, a trailing colon, a
// line of its own. Lines whose style is the style of the recognised headings are headings too,
// of a section the profile does not use ("other"), so they end the section before them.
// Columns: the reader gives each column (block) whole; a block that does not open with a heading
// continues the section last seen in a block at the same left edge (a column going on to the
// next page), or on page 1, the header.
// The steps are in sections/, one per file; this one cuts the lines.
import type { CvSection, TextLine } from '../types';
import { documentStyle, isAllCaps } from './line-style';
import { findDateRanges } from './parse-dates';
import { isDegree } from './detect-degree';
import { knownCertificates } from './extract-certifications';
import { blockEdges, blockId } from './sections/column-blocks';
import { headingOf, isHeadingShaped, readHeadings } from './sections/heading-lines';
import { joinSplitHeadings } from './sections/join-split-headings';

export { matchHeading } from './sections/heading-words';

/** Licence categories in capitals ("B, C, D", "B / C / CE"), an item of the licences, no heading. */
const LICENCE_CATEGORIES = /^(?:[A-D]|BE|C1E?|CE|D1E?|DE|AM|A[12])(?:\s*(?:,|\/|&|et|and)\s*(?:[A-D]|BE|C1E?|CE|D1E?|DE|AM|A[12]))+$/;

/** Splits the lines into sections, in reading order. `heightsFromOcr`: the document was read by
 *  OCR, so line heights are measured, not font sizes. */
export function splitSections(input: TextLine[], { heightsFromOcr = false } = {}): CvSection[] {
  const lines = joinSplitHeadings(input);
  const style = documentStyle(lines);
  const { headings, sameStyleAsHeadings } = readHeadings(lines, style);
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
    // A certificate or a diploma in that style ("SST", "CAP CUISINE" in a CV set in one font) is
    // an item of its list, not an unknown heading.
    // OCR'd heights are too rough to tell a 12 pt heading from an 11.5 pt title in capitals under
    // the name, or from a job title a bracket or an accent made taller: on a scan, only a line in
    // capitals below the header opens a section for its style.
    const roughStyle = heightsFromOcr && (current.kind === 'header' || !isAllCaps(line.text));
    if (!heading && !roughStyle && isHeadingShaped(line) && sameStyleAsHeadings(line) && !/\d/.test(line.text) && !namesQualification(line.text) && !LICENCE_CATEGORIES.test(line.text.trim())) {
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
      // A cell that is only a period is the right-aligned date of the cell before it, unless it
      // stands in a column of jobs or diplomas beside one of contact details or skills: then it
      // is the date line of its own column ("37000 Tours\t2018 – 2021").
      const dated = (column: number) => DATED_KINDS.has(columns[Math.min(column, columns.length - 1)]!.kind);
      cells = cells.reduce<string[]>((kept, cell, column) => {
        const ownColumn = kept.length > 0 && dated(column) && !dated(kept.length - 1);
        if (kept.length > 0 && kept[kept.length - 1] && isPeriodOnly(cell) && !ownColumn) kept[kept.length - 1] += `\t${cell}`;
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

function namesQualification(text: string): boolean {
  return knownCertificates(text).length > 0 || isDegree(text);
}

const DATED_KINDS = new Set<CvSection['kind']>(['experience', 'education']);

function isPeriodOnly(text: string): boolean {
  const range = findDateRanges(text)[0];
  return range !== undefined && text.slice(0, range.startsAt).trim() === '' && /^[\s.)]*$/.test(text.slice(range.endsAt));
}
