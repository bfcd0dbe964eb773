import type { TextLine } from '../../types';

const MARGIN_SHARE = 0.08;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}\s*(?:\/|sur|of|de)\s*\d{1,3}$|^(?:page|p\.)\s*\d{1,3}$|^[-–]?\s*\d{1,3}\s*[-–]?$/i;

/**
 * Drops running headers and footers: lines in the top or bottom margin band that repeat on several
 * pages (digits ignored, so "Page 1/2" and "Page 2/2" count as one), and bare page numbers.
 */
export function dropRepeatedMargins(lines: TextLine[], pageHeights: Map<number, number>): TextLine[] {
  const pages = new Set(lines.map((line) => line.page));
  const inMargin = (line: TextLine) => {
    const height = pageHeights.get(line.page);
    if (height === undefined || line.y === undefined) return false;
    return line.y < MARGIN_SHARE * height || line.y > (1 - MARGIN_SHARE) * height;
  };
  const key = (line: TextLine) => line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const pagesByKey = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!inMargin(line)) continue;
    const seen = pagesByKey.get(key(line)) ?? new Set<number>();
    seen.add(line.page);
    pagesByKey.set(key(line), seen);
  }
  return lines.filter((line) => {
    if (!inMargin(line)) return true;
    if (PAGE_NUMBER.test(line.text.trim())) return false;
    return !(pages.size > 1 && (pagesByKey.get(key(line))?.size ?? 0) > 1);
  });
}
