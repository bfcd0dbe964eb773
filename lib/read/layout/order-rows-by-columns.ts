import type { Row, Segment } from './group-items-into-rows';

/** A line in reading order, before it becomes a TextLine. */
export interface OrderedLine {
  segments: Segment[];
  baseline: number;
  block: number;
}

interface PlacedSegment extends Segment {
  row: number;
  baseline: number;
}

const MIN_GUTTER_PT = 6;

/**
 * Puts a page's rows in reading order. Columns that run independently (a sidebar beside the main
 * column) are read one after the other, band by band between full-width rows (a header, a
 * full-width heading). Side-by-side text that shares its rows (right-aligned dates, a Europass
 * table's label column) is kept on one line, segments separated by a tab.
 */
export function orderRowsByColumns(rows: Row[], pageWidth: number): OrderedLine[] {
  const segments: PlacedSegment[] = rows.flatMap((row, index) =>
    row.segments.map((segment) => ({ ...segment, row: index, baseline: row.baseline })),
  );
  const lines: OrderedLine[] = [];
  let block = 0;
  for (const region of splitRegion(segments, pageWidth, 0)) {
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

/** Splits segments into regions in reading order; each region is read row by row. */
function splitRegion(segments: PlacedSegment[], pageWidth: number, depth: number): PlacedSegment[][] {
  if (segments.length < 6 || depth > 3) return [segments];
  const gutter = findGutter(segments);
  if (gutter === null) return [segments];

  const left = segments.filter((s) => s.x + s.width <= gutter);
  const right = segments.filter((s) => s.x >= gutter);
  const crossing = segments.filter((s) => s.x < gutter && s.x + s.width > gutter);
  const leftRows = new Set(left.map((s) => s.row));
  const rightRows = new Set(right.map((s) => s.row));
  if (leftRows.size < 3 || rightRows.size < 3) return [segments];
  const allRows = new Set(segments.map((s) => s.row));
  if (new Set(crossing.map((s) => s.row)).size > 0.3 * allRows.size) return [segments];
  if (sharesRows(left, right, leftRows, rightRows)) return [segments];

  // Independent columns: read band by band, a band ending at each full-width row.
  const crossingRows = [...new Set(crossing.map((s) => s.row))].sort((a, b) => a - b);
  const regions: PlacedSegment[][] = [];
  let bandStart = -Infinity;
  for (const stop of [...crossingRows, Infinity]) {
    const inBand = (s: PlacedSegment) => s.row > bandStart && s.row < stop;
    const bandLeft = left.filter(inBand);
    const bandRight = right.filter(inBand);
    if (bandLeft.length) regions.push(...splitRegion(bandLeft, pageWidth, depth + 1));
    if (bandRight.length) regions.push(...splitRegion(bandRight, pageWidth, depth + 1));
    if (stop !== Infinity) regions.push(crossing.filter((s) => s.row === stop));
    bandStart = stop;
  }
  return regions;
}

/** The x of the emptiest vertical strip inside the text's extent, or null if there is none. */
function findGutter(segments: PlacedSegment[]): number | null {
  const minX = Math.min(...segments.map((s) => s.x));
  const maxX = Math.max(...segments.map((s) => s.x + s.width));
  const span = maxX - minX;
  if (span < 100) return null;
  let best: { x: number; crossings: number; width: number } | null = null;
  let runStart: number | null = null;
  let runCrossings = -1;
  const step = 1;
  const from = minX + 0.1 * span;
  const to = maxX - 0.1 * span;
  const flush = (end: number) => {
    if (runStart === null) return;
    const width = end - runStart;
    if (width >= MIN_GUTTER_PT) {
      const candidate = { x: runStart + width / 2, crossings: runCrossings, width };
      if (!best || candidate.crossings < best.crossings || (candidate.crossings === best.crossings && candidate.width > best.width)) {
        best = candidate;
      }
    }
    runStart = null;
  };
  for (let x = from; x <= to; x += step) {
    const crossings = segments.filter((s) => s.x - 1 < x && s.x + s.width + 1 > x).length;
    if (crossings !== runCrossings) {
      flush(x);
      runCrossings = crossings;
      runStart = x;
    }
  }
  flush(to);
  const found = best as { x: number; crossings: number; width: number } | null;
  if (!found || found.crossings > 0.15 * segments.length) return null;
  return found.x;
}

/**
 * True when the two sides are one table rather than two columns: the sparser side's rows sit on
 * the other side's rows (a date on its title's row, a Europass label on its value's row).
 */
function sharesRows(left: PlacedSegment[], right: PlacedSegment[], leftRows: Set<number>, rightRows: Set<number>): boolean {
  const [sparse, dense] = leftRows.size <= rightRows.size ? [leftRows, rightRows] : [rightRows, leftRows];
  const sparseSegments = sparse === leftRows ? left : right;
  let shared = 0;
  for (const row of sparse) if (dense.has(row)) shared += 1;
  const aligned = shared / sparse.size;
  if (aligned >= 0.8) return true;
  if (aligned < 0.5) return false;
  // Half aligned: a real column has lines close together, a column of dates or labels does not.
  const baselines = [...new Set(sparseSegments.map((s) => s.baseline))].sort((a, b) => a - b);
  const gaps = baselines.slice(1).map((b, i) => b - baselines[i]!).sort((a, b) => a - b);
  const medianGap = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const height = sparseSegments.reduce((sum, s) => sum + s.height, 0) / sparseSegments.length;
  return medianGap > 2.5 * height;
}
