import type { TextLine } from '../../types';

const MARGIN_SHARE = 0.08;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}\s*(?:\/|sur|of|de)\s*\d{1,3}$|^(?:page|p\.)\s*\d{1,3}$|^[-–]?\s*\d{1,3}\s*[-–]?$/i;

/**
 * Drops running headers and footers: lines in the top or bottom margin band whose every segment
 * repeats in the margin band of another page (digits ignored, so "Page 1/2" and "Page 2/2" count as
 * one), and bare page numbers. Segments are compared rather than whole lines because a header row
 * may be read as one line on one page and as two on another. The copy on the first page where it
 * appears stays: a running header is often where the name and contact details are.
 */
export function dropRepeatedMargins(lines: TextLine[], pageHeights: Map<number, number>): TextLine[] {
  const pages = new Set(lines.map((line) => line.page));
  const inMargin = (line: TextLine) => {
    const height = pageHeights.get(line.page);
    if (height === undefined || line.y === undefined) return false;
    return line.y < MARGIN_SHARE * height || line.y > (1 - MARGIN_SHARE) * height;
  };
  const segmentKeys = (line: TextLine) =>
    line.text
      .split('\t')
      .map((segment) => segment.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  const pagesBySegment = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!inMargin(line)) continue;
    for (const key of segmentKeys(line)) pagesBySegment.set(key, (pagesBySegment.get(key) ?? new Set()).add(line.page));
  }
  const firstPage = (key: string) => Math.min(...pagesBySegment.get(key)!);
  return lines.filter((line) => {
    if (!inMargin(line)) return true;
    if (PAGE_NUMBER.test(line.text.trim())) return false;
    const keys = segmentKeys(line);
    const repeated = pages.size > 1 && keys.length > 0 && keys.every((key) => (pagesBySegment.get(key)?.size ?? 0) > 1);
    return !repeated || keys.every((key) => firstPage(key) === line.page);
  });
}

/** Drops lines that are only a page number ("2", "Page 2", "2/3", "- 2 -"), wherever they are. */
export function dropPageNumbers(lines: TextLine[]): TextLine[] {
  return lines.filter((line) => !PAGE_NUMBER.test(line.text.trim()));
}
