import type { TextItem } from '../types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The text items of a page that make up an evidence snippet, as boxes to highlight. Matching is
 * by words (accents, case and punctuation ignored) because the snippet is a reading-order line and
 * the page's items may split it differently (columns, ligatures, tabs).
 */
export function findEvidenceBoxes(items: TextItem[], evidence: string): Box[] {
  const wanted = new Set(words(evidence).filter((word) => word.length > 1 || /\d/.test(word)));
  if (wanted.size === 0) return [];
  const boxes: Box[] = [];
  for (const item of items) {
    const itemWords = words(item.text);
    if (itemWords.length === 0) continue;
    const shared = itemWords.filter((word) => wanted.has(word)).length;
    // Most of the item's words belong to the snippet: it is part of it, not a stray common word.
    if (shared / itemWords.length >= 0.6 && shared >= Math.min(2, itemWords.length)) {
      boxes.push({ x: item.x, y: item.y, width: item.width, height: item.height * 1.25 });
    }
  }
  return boxes;
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}@.+]+/u)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}
