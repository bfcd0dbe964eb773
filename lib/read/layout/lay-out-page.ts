import type { TextItem, TextLine } from '../../types';
import { groupItemsIntoRows } from './group-items-into-rows';
import { normalizeText } from './normalize-text';
import { orderRowsByColumns } from './order-rows-by-columns';

/**
 * One page's text items (from the PDF text layer or from OCR) → lines in reading order: rows,
 * then columns, each line's far-apart segments joined by a tab, `block` = the column or region.
 */
export function layOutPage(items: TextItem[], pageNumber: number): TextLine[] {
  const rows = groupItemsIntoRows(items);
  const ordered = orderRowsByColumns(rows);
  const lines: TextLine[] = [];
  for (const line of ordered) {
    const placed = line.segments.map((segment) => ({ text: normalizeText(segment.text), x: segment.x })).filter((segment) => segment.text);
    const text = placed.map((segment) => segment.text).join('\t');
    if (!text) continue;
    const first = line.segments[0]!;
    const last = line.segments[line.segments.length - 1]!;
    lines.push({
      text,
      page: pageNumber,
      x: round(first.x),
      y: round(first.y),
      width: round(last.x + last.width - first.x),
      height: round(Math.max(...line.segments.map((segment) => segment.height))),
      bold: line.segments.every((segment) => segment.bold),
      block: line.block,
      ...(placed.length > 1 ? { cells: placed.map((segment) => round(segment.x)) } : {}),
    });
  }
  return lines;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
