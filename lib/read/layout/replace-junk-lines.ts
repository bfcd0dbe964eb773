import type { TextLine } from '../../types';
import { isJunkLine } from './assess-text-layer';

/**
 * A page whose text layer is good but for a few junk lines (a heading font without a Unicode map)
 * keeps its text layer, and each junk line gives way to the OCR lines read at the same height of
 * the page. A junk line with no OCR line there is dropped: junk is never evidence.
 */
export function replaceJunkLines(textLines: TextLine[], ocrLines: TextLine[]): TextLine[] {
  const used = new Set<TextLine>();
  const result: TextLine[] = [];
  for (const line of textLines) {
    if (!isJunkLine(line.text)) {
      result.push(line);
      continue;
    }
    for (const ocrLine of ocrLines) {
      if (used.has(ocrLine) || !sameRow(line, ocrLine) || !readsAsText(ocrLine.text)) continue;
      used.add(ocrLine);
      result.push({ ...ocrLine, page: line.page, block: line.block });
    }
  }
  return result;
}

/** Symbols drawn in a font without a Unicode map (rating dots, icons) OCR as a letter or two of
 *  noise: only a line with a word in it replaces the junk. */
function readsAsText(text: string): boolean {
  return !isJunkLine(text) && /\p{L}{2}/u.test(text);
}

/** The OCR line's middle lies within the junk line's height (with half a line of slack). */
function sameRow(junk: TextLine, ocr: TextLine): boolean {
  if (junk.y === undefined || junk.height === undefined || ocr.y === undefined || ocr.height === undefined) return false;
  const middle = ocr.y + ocr.height / 2;
  const slack = junk.height / 2;
  if (middle < junk.y - slack || middle > junk.y + junk.height + slack) return false;
  // Side by side columns: the OCR line must also overlap the junk line across the page.
  if (junk.x === undefined || junk.width === undefined || ocr.x === undefined || ocr.width === undefined) return true;
  return ocr.x < junk.x + junk.width + junk.height && ocr.x + ocr.width > junk.x - junk.height;
}
