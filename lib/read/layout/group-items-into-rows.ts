import type { TextItem } from '../../types';

/** A run of text on one row whose items touch or are a few spaces apart. */
export interface Segment {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  bold: boolean;
}

export interface Row {
  /** Baseline (top-left coordinates). */
  baseline: number;
  segments: Segment[];
}

// Items further apart than this (in font heights) start a new segment: a right-aligned date, the
// next column, the next table cell. Word gaps, even in justified text, stay well below it.
const SEGMENT_GAP_EM = 1.5;

/** Groups a page's items into rows (same baseline) and each row into segments, left to right. */
export function groupItemsIntoRows(items: TextItem[]): Row[] {
  const sorted = items
    .filter((item) => item.text.length > 0)
    .map((item) => ({ ...item, baseline: item.y + item.height }))
    .sort((a, b) => a.baseline - b.baseline || a.x - b.x);

  const rows: { baseline: number; height: number; items: typeof sorted }[] = [];
  for (const item of sorted) {
    const row = rows.find(
      (candidate) => Math.abs(candidate.baseline - item.baseline) <= 0.35 * Math.min(candidate.height, item.height),
    );
    if (row) {
      row.items.push(item);
      row.height = Math.max(row.height, item.height);
    } else {
      rows.push({ baseline: item.baseline, height: item.height, items: [item] });
    }
  }
  return rows
    .sort((a, b) => a.baseline - b.baseline)
    .map((row) => ({ baseline: row.baseline, segments: segmentRow(row.items) }))
    .filter((row) => row.segments.length > 0);
}

function segmentRow(items: TextItem[]): Segment[] {
  const byX = [...items].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  // A segment is bold when most of its letters are: "Cariste — Entrepôt X" with only the title bold
  // is still a job-title line, not a heading.
  const boldLength = new Map<Segment, number>();
  let current: Segment | null = null;
  for (const item of byX) {
    const text = item.text;
    if (current) {
      const gap = item.x - (current.x + current.width);
      const em = Math.min(current.height, item.height);
      if (gap <= SEGMENT_GAP_EM * em) {
        const needsSpace = gap > 0.15 * em && !/\s$/.test(current.text) && !/^\s/.test(text);
        current.text += (needsSpace ? ' ' : '') + text;
        current.width = Math.max(current.width, item.x + item.width - current.x);
        current.height = Math.max(current.height, item.height);
        if (item.bold) boldLength.set(current, (boldLength.get(current) ?? 0) + text.trim().length);
        continue;
      }
      segments.push(current);
    }
    if (text.trim() === '') {
      current = null;
      continue;
    }
    current = { text, x: item.x, y: item.y, width: item.width, height: item.height, bold: false };
    boldLength.set(current, item.bold ? text.trim().length : 0);
  }
  if (current) segments.push(current);
  return segments
    .map((segment) => {
      const clean = segment.text.replace(/\s+/g, ' ').trim();
      const bold = (boldLength.get(segment) ?? 0) >= 0.6 * clean.replace(/ /g, '').length;
      return { ...segment, text: clean, bold: bold && clean.length > 0 };
    })
    .filter((segment) => segment.text.length > 0);
}
