import type { TextItem } from '../../types';

/** A run of text on one row whose items touch or are a few spaces apart. */
export interface Segment {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  bold: boolean;
  /** Baseline of the segment's first item (top-left coordinates). */
  baseline: number;
}

export interface Row {
  /** Baseline (top-left coordinates). */
  baseline: number;
  segments: Segment[];
}

// Items further apart than this (in font heights) start a new segment: a right-aligned date, the
// next column, the next table cell. Word gaps, even in justified text, stay well below it.
const SEGMENT_GAP_EM = 1.5;
// A narrower gap (a Europass label and its value, a date and its job title) also starts a segment
// when the text after it starts where other rows start: the left edge of a table column.
const ALIGNED_GAP_EM = 0.8;
const ALIGNMENT_TOLERANCE = 1.5;
const MIN_ALIGNED_ROWS = 3;
// A list marker stays with its item's text however wide the hanging indent.
const LIST_MARKER = /^([•·●○◦▪▫■□►▸➢➤✓✔❖◆◇*+\-–—>]|\d{1,2}[.)]|[a-z][.)])$/u;
const MARKER_GAP_EM = 4;
// Justified text: word gaps all alike and at most this wide.
const JUSTIFIED_MAX_GAP_EM = 4;
const JUSTIFIED_EVENNESS = 1.35;

interface PlacedItem extends TextItem {
  baseline: number;
  /** pdf.js marked a space (a whitespace item) just before this item. */
  spaceBefore: boolean;
}

/** Groups a page's items into rows (same baseline) and each row into segments, left to right. */
export function groupItemsIntoRows(items: TextItem[]): Row[] {
  const rows = clusterRows(items);
  const starts = columnStarts(rows);
  return rows
    .map((row) => ({ baseline: row.baseline, segments: mergeJustifiedGaps(segmentRow(row.items, starts)) }))
    .filter((row) => row.segments.length > 0);
}

function clusterRows(items: TextItem[]): { baseline: number; height: number; items: PlacedItem[] }[] {
  const sorted = items
    .filter((item) => item.text.length > 0)
    .map((item) => ({ ...item, baseline: item.y + item.height, spaceBefore: false }))
    .sort((a, b) => a.baseline - b.baseline || a.x - b.x);

  // Items sorted by baseline join the row of the item before them when their baselines are close:
  // a chain, so that a line whose baseline wavers a little under OCR stays one row even when
  // another column's line sits a few points above it.
  const rows: { baseline: number; height: number; items: PlacedItem[] }[] = [];
  let previous: PlacedItem | null = null;
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const tolerance = previous ? 0.35 * Math.max(1, Math.min(previous.height || item.height, item.height || previous.height)) : 0;
    if (row && previous && item.baseline - previous.baseline <= tolerance + 0.01) {
      row.items.push(item);
      row.height = Math.max(row.height, item.height);
    } else {
      rows.push({ baseline: item.baseline, height: item.height, items: [item] });
    }
    previous = item;
  }
  for (const row of rows) row.baseline = medianBaseline(row.items);
  for (const row of rows) row.items = markSpaces(row.items);
  return rows.sort((a, b) => a.baseline - b.baseline).filter((row) => row.items.length > 0);
}

function medianBaseline(items: PlacedItem[]): number {
  const baselines = items.map((item) => item.baseline).sort((a, b) => a - b);
  return baselines[Math.floor(baselines.length / 2)]!;
}

/** Drops whitespace items, remembering on the next item that a space stood before it. pdf.js
 *  stretches them over the whole gap they stand for, which would bridge a column gap. */
function markSpaces(items: PlacedItem[]): PlacedItem[] {
  const byX = [...items].sort((a, b) => a.x - b.x);
  const kept: PlacedItem[] = [];
  let space = false;
  for (const item of byX) {
    if (item.text.trim() === '') {
      space = true;
      continue;
    }
    kept.push({ ...item, spaceBefore: space || /^\s/.test(item.text) });
    space = /\s$/.test(item.text);
  }
  return kept;
}

/** Left edges where runs of text start on some row, with the number of rows starting there. */
function columnStarts(rows: { items: PlacedItem[] }[]): number[] {
  const starts: number[] = [];
  for (const row of rows) {
    row.items.forEach((item, index) => {
      const previous = row.items[index - 1];
      if (!previous || item.x - (previous.x + previous.width) > SEGMENT_GAP_EM * Math.min(previous.height, item.height)) {
        starts.push(item.x);
      }
    });
  }
  return starts.sort((a, b) => a - b);
}

function rowsStartingNear(starts: number[], x: number): number {
  let count = 0;
  for (const start of starts) {
    if (start > x + ALIGNMENT_TOLERANCE) break;
    if (start >= x - ALIGNMENT_TOLERANCE) count += 1;
  }
  return count;
}

function segmentRow(items: PlacedItem[], starts: number[]): Segment[] {
  const segments: Segment[] = [];
  // A segment is bold when most of its letters are: "Cariste — Entrepôt X" with only the title bold
  // is still a job-title line, not a heading.
  const boldLength = new Map<Segment, number>();
  const parts = new Map<Segment, PlacedItem[]>();
  let current: Segment | null = null;
  for (const item of items) {
    if (current) {
      const gap = item.x - (current.x + current.width);
      const em = Math.min(current.height, item.height);
      const marker = LIST_MARKER.test(current.text.trim()) && gap <= MARKER_GAP_EM * em;
      const wide = gap > SEGMENT_GAP_EM * em;
      const aligned = gap > ALIGNED_GAP_EM * em && rowsStartingNear(starts, item.x) >= MIN_ALIGNED_ROWS;
      if (marker || (!wide && !aligned)) {
        const needsSpace = (gap > 0.15 * em || item.spaceBefore || marker) && !/\s$/.test(current.text) && !/^\s/.test(item.text);
        current.text += (needsSpace ? ' ' : '') + item.text;
        current.width = Math.max(current.width, item.x + item.width - current.x);
        current.height = Math.max(current.height, item.height);
        if (item.bold) boldLength.set(current, (boldLength.get(current) ?? 0) + item.text.trim().length);
        parts.get(current)!.push(item);
        continue;
      }
      segments.push(current);
    }
    current = { text: item.text, x: item.x, y: item.y, width: item.width, height: item.height, bold: false, baseline: item.baseline };
    boldLength.set(current, item.bold ? item.text.trim().length : 0);
    parts.set(current, [item]);
  }
  if (current) segments.push(current);
  return segments
    .map((segment) => {
      const clean = (respaceGlyphRun(parts.get(segment) ?? []) ?? segment.text).replace(/\s+/g, ' ').trim();
      const bold = (boldLength.get(segment) ?? 0) >= 0.6 * clean.replace(/ /g, '').length;
      return { ...segment, text: clean, bold: bold && clean.length > 0 };
    })
    .filter((segment) => segment.text.length > 0);
}

/**
 * Letter-spaced text that pdf.js delivers one glyph per item (it does when the font size changes
 * from letter to letter, as with small capitals): the words are where the gap is wider than the
 * usual gap between letters by about a space. Null when the run is not such text.
 */
function respaceGlyphRun(items: PlacedItem[]): string | null {
  if (items.length < 4) return null;
  const single = items.filter((item) => [...item.text.trim()].length === 1).length;
  if (single < 0.7 * items.length) return null;
  const gaps = items.slice(1).map((item, index) => item.x - (items[index]!.x + items[index]!.width));
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
  const em = Math.max(...items.map((item) => item.height));
  let text = items[0]!.text.trim();
  items.slice(1).forEach((item, index) => {
    if (gaps[index]! > usual + 0.15 * em) text += ' ';
    text += item.text.trim();
  });
  return text;
}

/**
 * A justified line with few words stretches its spaces until they look like column gaps ("Prise
 * de rendez-vous, facturation et" spread over a whole column). Three or more gaps of the same
 * width, none very wide, are word spaces: the segments are one line of text.
 */
function mergeJustifiedGaps(segments: Segment[]): Segment[] {
  if (segments.length < 4) return segments;
  const gaps = segments.slice(1).map((segment, index) => segment.x - (segments[index]!.x + segments[index]!.width));
  const em = Math.max(...segments.map((segment) => segment.height));
  const narrowest = Math.min(...gaps);
  const widest = Math.max(...gaps);
  if (widest > JUSTIFIED_MAX_GAP_EM * em || widest > JUSTIFIED_EVENNESS * narrowest) return segments;
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  return [{
    ...first,
    text: segments.map((segment) => segment.text).join(' '),
    width: last.x + last.width - first.x,
    height: em,
    bold: segments.every((segment) => segment.bold),
  }];
}
