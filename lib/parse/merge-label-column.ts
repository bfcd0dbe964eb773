// Europass and other table-like CVs set labels ("Adresse", "EXPÉRIENCE", "01/2016 – ce jour") in
// a right-aligned column left of the content, or values (years, CEFR levels) in a column right of
// it. When the reader gives that column as a block of its own, each label or value is put back on
// its row ("Téléphone\t0033 6 98 76 54 32", "Anglais\tB1"); labels with no row of their own (a
// heading's second line) go before the content that follows them.
import type { TextLine } from '../types';
import { callsForMore } from './join-wrapped-lines';
import { findDateRanges } from './parse-dates';
import { matchHeading } from './sections/heading-words';

/** How close the tops of two lines are to be one row, in points (a label may be set smaller). */
const SAME_ROW = 3.5;

export function mergeLabelColumns(lines: TextLine[]): TextLine[] {
  const pages = [...new Set(lines.map((line) => line.page))];
  return pages.flatMap((page) => {
    // A page may hold several label/content pairs, one per band between full-width rows.
    let current = lines.filter((line) => line.page === page);
    for (let round = 0; round < 20; round++) {
      const merged = mergeOnePair(current);
      if (merged === current) break;
      current = merged;
    }
    return current;
  });
}

function mergeOnePair(lines: TextLine[]): TextLine[] {
  const blocks = [...new Set(lines.map((line) => line.block ?? 0))];
  for (const labelBlock of blocks) {
    const labels = lines.filter((line) => (line.block ?? 0) === labelBlock);
    if (labels.length < 2 || labels.some((line) => line.x === undefined || line.width === undefined || line.y === undefined)) continue;
    const right = Math.max(...labels.map((line) => line.x! + line.width!));
    for (const contentBlock of blocks) {
      if (contentBlock === labelBlock) continue;
      const content = lines.filter((line) => (line.block ?? 0) === contentBlock);
      if (content.length === 0 || Math.min(...content.map((line) => line.x ?? 0)) < right) continue;
      const paired = labels.filter((label) => content.some((line) => sameRow(label, line)));
      // A right-aligned column of short labels (Europass), or a column whose every line but its
      // heading sits on a row of the content (a column of dates beside a list of diplomas).
      const others = labels.filter((label) => !paired.includes(label) && !isHeading(label));
      const labelColumn = isRightAligned(labels) && paired.length >= Math.max(2, labels.length * 0.4);
      const dated = paired.filter((label) => findDateRanges(label.text).length > 0).length;
      const dateColumn = dated >= paired.length * 0.8 && ((paired.length >= 2 && others.length <= paired.length * 0.2) || (paired.length === 1 && others.length === 0 && labels.length <= 3));
      // A two-column table: short keys, each on a row of the content ("Driving licence" …
      // "Categories B, C"; "Anglais" … "courant (C1)").
      const bodyHeight = Math.max(...content.map((line) => line.height ?? 0));
      const keyColumn =
        labels.length <= 15 &&
        paired.length >= 2 &&
        others.length <= paired.length * 0.25 &&
        labels.every((label) => label.text.trim().split(/\s+/).length <= 8 && (label.height ?? 0) <= bodyHeight * 1.3);
      if (labelColumn || dateColumn || keyColumn) return merge(lines, labels, content, 'before');
    }
  }
  // A narrow column of values right of the content: "Anglais" … "B1", a diploma … "2022".
  for (const valueBlock of blocks) {
    const values = lines.filter((line) => (line.block ?? 0) === valueBlock);
    if (values.length === 0 || values.length > 12 || values.some((line) => line.x === undefined || line.y === undefined)) continue;
    if (!values.every((line) => isValue(line.text))) continue;
    const left = Math.min(...values.map((line) => line.x!));
    for (const contentBlock of blocks) {
      if (contentBlock === valueBlock) continue;
      const content = lines.filter((line) => (line.block ?? 0) === contentBlock);
      if (content.length === 0 || Math.max(...content.map((line) => (line.x ?? 0) + (line.width ?? 0))) > left) continue;
      const paired = values.filter((value) => content.some((line) => sameRow(value, line)));
      if (paired.length === values.length) return merge(lines, values, content, 'after');
    }
  }
  return lines;
}

/** A year, a period, a CEFR level, a short mark: what a right-aligned column holds. */
function isValue(text: string): boolean {
  const trimmed = text.trim();
  if (/^(?:[ABC][12])(?:\s*[–-]\s*\p{L}+)?$/u.test(trimmed)) return true;
  const range = findDateRanges(trimmed)[0];
  return range !== undefined && trimmed.slice(0, range.startsAt).trim() === '' && trimmed.slice(range.endsAt).trim().split(/\s+/).filter(Boolean).length <= 1;
}

/** Short lines, right-aligned on one edge: a column of labels, not a sidebar. */
function isRightAligned(labels: TextLine[]): boolean {
  const rights = labels.map((line) => line.x! + line.width!);
  const edge = Math.max(...rights);
  const aligned = rights.filter((right) => Math.abs(right - edge) < 2).length;
  const short = labels.filter((line) => line.text.trim().split(/\s+/).length <= 5).length;
  return labels.length >= 4 && aligned >= labels.length * 0.7 && short >= labels.length * 0.8;
}

function isHeading(line: TextLine): boolean {
  return line.bold === true && matchHeading(line.text) !== undefined;
}

function sameRow(a: TextLine, b: TextLine): boolean {
  return a.y !== undefined && b.y !== undefined && Math.abs(a.y - b.y) <= SAME_ROW;
}

function merge(lines: TextLine[], labels: TextLine[], content: TextLine[], side: 'before' | 'after'): TextLine[] {
  const block = content[0]!.block;
  const merged: TextLine[] = [];
  const pending = side === 'before' ? joinWrappedLabels(labels, content) : [...labels].sort((a, b) => a.y! - b.y!);
  for (const line of content) {
    // Labels above this row that found no row of their own come first.
    while (pending.length > 0 && pending[0]!.y! < line.y! - SAME_ROW && !content.some((other) => sameRow(pending[0]!, other))) {
      merged.push({ ...pending.shift()!, block });
    }
    const label = pending.find((candidate) => sameRow(candidate, line));
    if (label && side === 'before') {
      pending.splice(pending.indexOf(label), 1);
      merged.push({ ...line, text: `${label.text.trim()}\t${line.text.trim()}`, x: label.x, width: (line.x ?? 0) + (line.width ?? 0) - (label.x ?? 0) });
    } else if (label) {
      pending.splice(pending.indexOf(label), 1);
      merged.push({ ...line, text: `${line.text.trim()}\t${label.text.trim()}`, width: (label.x ?? 0) + (label.width ?? 0) - (line.x ?? 0) });
    } else {
      merged.push(line);
    }
  }
  merged.push(...pending.map((label) => ({ ...label, block })));
  const others = lines.filter((line) => !labels.includes(line) && !content.includes(line));
  // Keep the page's other blocks where they were, the merged column in place of its content.
  const result: TextLine[] = [];
  let placed = false;
  for (const line of lines) {
    if (others.includes(line)) result.push(line);
    else if (!placed) {
      result.push(...merged);
      placed = true;
    }
  }
  return result;
}

/** A label wrapped over two lines of the column ("COMPÉTENCES EN" / "COMMUNICATION", "COMPÉTENCES"
 *  / "ORGANISATIONNELLES") is one label, on the row of whichever line has one: alone, its first
 *  line read as a heading of its own. Lines as close as a paragraph's, of one style, and not both
 *  on rows of their own; two lines without a row only when the first calls for more words. */
function joinWrappedLabels(labels: TextLine[], content: TextLine[]): TextLine[] {
  const hasRow = (label: TextLine) => content.some((line) => sameRow(label, line));
  const groups: TextLine[][] = [];
  for (const label of [...labels].sort((a, b) => a.y! - b.y!)) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    const close = last !== undefined && (label.bold === true) === (last.bold === true) && Math.abs((label.height ?? 0) - (last.height ?? 0)) <= 0.5 && label.y! - last.y! <= (last.height ?? 10) * 1.2;
    const rows = group !== undefined && [group.some(hasRow), hasRow(label)];
    const wraps = close && rows && !(rows[0] && rows[1]) && (rows[0] || rows[1] || callsForMore(last!.text));
    if (wraps) group!.push(label);
    else groups.push([label]);
  }
  return groups.map((group) => (group.length === 1 ? group[0]! : { ...(group.find(hasRow) ?? group[0]!), text: group.map((label) => label.text.trim()).join(' ') }));
}
