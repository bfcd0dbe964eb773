import type { Row, Segment } from './group-items-into-rows';
import { overflowGutters } from './overflow-gutters';

/** A line in reading order, before it becomes a TextLine. */
export interface OrderedLine {
  segments: Segment[];
  baseline: number;
  block: number;
}

interface PlacedSegment extends Segment {
  row: number;
}

/** Narrowest empty vertical strip that can separate two columns (points). */
const MIN_GUTTER_PT = 6;
/** An empty horizontal band at least this high (in font heights) separates two blocks of rows. */
const BAND_GAP_EM = 0.8;
/** Lines closer than this (in font heights) continue the same entry of a column. */
const CONTINUATION_PITCH = 1.5;
/** Baselines this close (in font heights) are aligned on purpose. */
const ALIGNED_BASELINE = 0.2;
/** An entry with no line of the other side this close (in font heights), alone on its row, tells
 *  nothing. */
const NEIGHBOUR_DISTANCE = 0.6;
const TABLE_ALIGNMENT = 0.7;
/** Columns run on their own leading when at most this share of one side's rows meets the other's. */
const OWN_LEADING_SHARED = 0.35;
/** A gap this many usual line pitches wide starts a new entry. */
const ENTRY_GAP = 1.25;
const MAX_DEPTH = 12;

/**
 * Puts a page's rows in reading order by a recursive XY-cut on the segments. Columns that run
 * independently (a sidebar beside the main column, the two halves of a header) are read one after
 * the other; side-by-side text that shares its rows (right-aligned dates, a Europass table's label
 * column, a margin of section names) stays on one line, segments separated by a tab. A region is
 * cut at an empty vertical gutter when the two sides are independent columns, else into bands at
 * empty horizontal gaps, and each band is tried again; bands nothing splits are merged back, so a
 * plain page stays one block.
 */
export function orderRowsByColumns(rows: Row[]): OrderedLine[] {
  const segments: PlacedSegment[] = rows.flatMap((row, index) =>
    // Each segment keeps its own baseline: a row may join lines of two columns a little apart.
    row.segments.map((segment) => ({ ...segment, row: index })),
  );
  const lines: OrderedLine[] = [];
  let block = 0;
  for (const region of cut(segments, 0)) {
    const byRow = new Map<number, PlacedSegment[]>();
    for (const segment of region) byRow.set(segment.row, [...(byRow.get(segment.row) ?? []), segment]);
    for (const [, rowSegments] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
      const sorted = rowSegments.sort((a, b) => a.x - b.x);
      lines.push({ segments: sorted, baseline: sorted[0]!.baseline, block });
    }
    block += 1;
  }
  return lines;
}

function cut(segments: PlacedSegment[], depth: number): PlacedSegment[][] {
  if (segments.length < 2 || depth > MAX_DEPTH) return [segments];
  const columns = splitColumns(segments);
  if (columns) return [...cut(columns.left, depth + 1), ...cut(columns.right, depth + 1)];
  const bands = splitBands(segments);
  if (bands.length <= 1) {
    // Last, for a region nothing else cuts: columns whose gutter a line runs over.
    const crossed = splitColumns(segments, true);
    return crossed ? [...cut(crossed.left, depth + 1), ...cut(crossed.right, depth + 1)] : [segments];
  }
  const regions: PlacedSegment[][] = [];
  let pending: PlacedSegment[] = [];
  for (const band of bands) {
    const inner = cut(band, depth + 1);
    if (inner.length === 1) {
      pending.push(...inner[0]!);
      continue;
    }
    if (pending.length) regions.push(pending);
    pending = [];
    regions.push(...inner);
  }
  if (pending.length) regions.push(pending);
  return regions;
}

/** Two independent columns, split at the widest empty gutter that separates them, or null. With
 *  `overflow`, at a gutter a sidebar line runs over: that line stays in the column it starts in. */
function splitColumns(segments: PlacedSegment[], overflow = false): { left: PlacedSegment[]; right: PlacedSegment[] } | null {
  for (const gutter of overflow ? overflowGutters(segments, MIN_GUTTER_PT) : emptyGutters(segments)) {
    const left = segments.filter((s) => (overflow ? s.x < gutter : s.x + s.width <= gutter));
    const right = segments.filter((s) => s.x >= gutter);
    if (rowCount(left) < 2 || rowCount(right) < 2) continue;
    if ((sharesRows(left, right) || labelsItsRows(left, right)) && !parallelSections(left, right)) continue;
    if (overflow && !ownLeading(left, right)) continue;
    return { left, right };
  }
  return null;
}

/** Most rows of each side sit between the other side's rows: each column has its own leading, as a
 *  sidebar beside a main column has, and unlike a margin of dates or labels beside its entries. */
function ownLeading(left: PlacedSegment[], right: PlacedSegment[]): boolean {
  const shared = (side: PlacedSegment[], other: PlacedSegment[]) => {
    const lines = firstSegmentPerRow(side);
    const baselines = firstSegmentPerRow(other).map((line) => line.baseline);
    return lines.filter((line) => Math.abs(baselines[nearestIndex(baselines, line.baseline)]! - line.baseline) <= ALIGNED_BASELINE * line.height).length / lines.length;
  };
  return Math.max(shared(left, right), shared(right, left)) <= OWN_LEADING_SHARED;
}

/** Centres of the empty vertical strips inside the text's extent, widest first. */
function emptyGutters(segments: PlacedSegment[]): number[] {
  const spans = segments.map((s) => [s.x, s.x + s.width] as const).sort((a, b) => a[0] - b[0]);
  const gutters: { x: number; width: number }[] = [];
  let reach = spans[0]![1];
  for (const [start, end] of spans.slice(1)) {
    if (start - reach >= MIN_GUTTER_PT) gutters.push({ x: (start + reach) / 2, width: start - reach });
    reach = Math.max(reach, end);
  }
  return gutters.sort((a, b) => b.width - a.width).map((gutter) => gutter.x);
}

/**
 * Splits rows into bands at the widest empty horizontal gap (and any as wide), as XY-cut does:
 * cutting at the widest gaps first keeps a block of columns together when a heading-to-text gap
 * inside it happens to line up across the columns.
 */
function splitBands(segments: PlacedSegment[]): PlacedSegment[][] {
  const rows = new Map<number, PlacedSegment[]>();
  for (const segment of segments) rows.set(segment.row, [...(rows.get(segment.row) ?? []), segment]);
  const ordered = [...rows.values()].sort((a, b) => a[0]!.baseline - b[0]!.baseline);
  const em = median(segments.map((s) => s.height));
  // Gap before each row: from the lowest bottom of the rows above to this row's top.
  const gaps: number[] = [];
  let bottom = -Infinity;
  for (const row of ordered) {
    gaps.push(Math.min(...row.map((s) => s.y)) - bottom);
    bottom = Math.max(bottom, ...row.map((s) => s.y + s.height));
  }
  const widest = Math.max(...gaps.slice(1));
  if (!(widest >= BAND_GAP_EM * em)) return [segments];
  const bands: PlacedSegment[][] = [];
  let current: PlacedSegment[] = [];
  ordered.forEach((row, index) => {
    if (index > 0 && gaps[index]! >= widest - 1) {
      bands.push(current);
      current = [];
    }
    current.push(...row);
  });
  bands.push(current);
  return bands;
}

/**
 * True when the two sides are one table rather than two columns: each entry of the sparser side (a
 * date, a Europass label, a section name in a left margin) sits on the baseline of the first line
 * of what it labels on the other side. Two independent columns may share a baseline grid, but then
 * their lines meet anywhere in the other column's paragraphs, not at the start of its entries. Only
 * the first line of each entry counts (a label wrapped onto a second line aligns with nothing), and
 * entries with nothing beside them (a section title alone on its row) tell nothing.
 */
function sharesRows(left: PlacedSegment[], right: PlacedSegment[]): boolean {
  const [sparse, dense] = rowCount(left) <= rowCount(right) ? [left, right] : [right, left];
  const denseLines = firstSegmentPerRow(dense);
  const denseBaselines = denseLines.map((line) => line.baseline);
  const starts = entryStarts(denseLines);
  let entries = 0;
  let aligned = 0;
  let previous: PlacedSegment | null = null;
  for (const line of firstSegmentPerRow(sparse)) {
    const continues = previous !== null && line.baseline - previous.baseline <= CONTINUATION_PITCH * Math.max(line.height, previous.height);
    previous = line;
    if (continues) continue;
    const nearest = nearestIndex(denseBaselines, line.baseline);
    const distance = Math.abs(denseBaselines[nearest]! - line.baseline);
    if (distance > NEIGHBOUR_DISTANCE * line.height) continue;
    entries += 1;
    if (distance <= ALIGNED_BASELINE * line.height && starts.has(nearest)) aligned += 1;
  }
  return entries > 0 && aligned / entries >= TABLE_ALIGNMENT;
}

/** Indexes of the lines that start an entry: the first, and any after a gap wider than the usual
 *  line pitch (the lower quartile of the pitches, which is the pitch inside paragraphs). */
function entryStarts(lines: PlacedSegment[]): Set<number> {
  const pitches = lines.slice(1).map((line, index) => line.baseline - lines[index]!.baseline);
  const sorted = [...pitches].sort((a, b) => a - b);
  const pitch = sorted[Math.floor((sorted.length - 1) / 4)] ?? 0;
  const starts = new Set<number>([0]);
  pitches.forEach((gap, index) => {
    if (gap > ENTRY_GAP * pitch) starts.add(index + 1);
  });
  return starts;
}

/**
 * True when the left side is a column of labels ("Nom :", "Téléphone :") on the rows of their
 * values. A table whose values are one line each has no gap to tell where an entry starts, so
 * sharesRows cannot see it once its rows are spaced wider than a paragraph's lines; the colons
 * say that each label is read with what stands on its right.
 */
function labelsItsRows(left: PlacedSegment[], right: PlacedSegment[]): boolean {
  const lines = firstSegmentPerRow(left);
  const labels = lines.filter((line) => /[:：]\s*$/.test(line.text));
  if (labels.length < 2 || labels.length < TABLE_ALIGNMENT * lines.length) return false;
  const baselines = firstSegmentPerRow(right).map((line) => line.baseline);
  const aligned = labels.filter((line) => Math.abs(baselines[nearestIndex(baselines, line.baseline)]! - line.baseline) <= ALIGNED_BASELINE * line.height);
  return aligned.length >= TABLE_ALIGNMENT * labels.length;
}

/**
 * Two sections side by side ("Savoir-faire | Savoir-être", "Skills | Languages") share a row grid
 * like a table, but each side opens with its own heading on the same row: read them one after the
 * other, or the second heading would be lost in the first one's line.
 */
function parallelSections(left: PlacedSegment[], right: PlacedSegment[]): boolean {
  const top = (side: PlacedSegment[]) => firstSegmentPerRow(side)[0];
  const a = top(left);
  const b = top(right);
  if (!a || !b || Math.abs(a.baseline - b.baseline) > ALIGNED_BASELINE * Math.max(a.height, b.height)) return false;
  // Two section headings look alike: same size, weight and case.
  return isHeadingLike(a) && isHeadingLike(b) && a.bold === b.bold && isUpperCase(a) === isUpperCase(b) && Math.abs(a.height - b.height) <= 0.15 * Math.max(a.height, b.height);
}

function isUpperCase(segment: PlacedSegment): boolean {
  return segment.text === segment.text.toUpperCase();
}

function isHeadingLike(segment: PlacedSegment): boolean {
  const text = segment.text.trim();
  if (text.length > 40 || !/\p{L}{3}/u.test(text)) return false;
  return segment.bold || isUpperCase(segment);
}

function rowCount(segments: PlacedSegment[]): number {
  return new Set(segments.map((s) => s.row)).size;
}

function firstSegmentPerRow(segments: PlacedSegment[]): PlacedSegment[] {
  const byRow = new Map<number, PlacedSegment>();
  for (const segment of segments) {
    const seen = byRow.get(segment.row);
    if (!seen || segment.x < seen.x) byRow.set(segment.row, segment);
  }
  return [...byRow.values()].sort((a, b) => a.baseline - b.baseline);
}

function nearestIndex(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  if (low > 0 && Math.abs(sorted[low - 1]! - value) < Math.abs(sorted[low]! - value)) return low - 1;
  return low;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 10;
}
