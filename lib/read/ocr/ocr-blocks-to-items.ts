import type { Block, Line, Word } from 'tesseract.js';
import type { TextItem } from '../../types';

// Tesseract's words become text items in page coordinates (points), like the items of a PDF text
// layer, so that both go through the same row, column and reading-order steps. Words keep their
// line's baseline, which keeps a line together even when its words' boxes differ in height.

export interface OcrPlacement {
  /** Pixel offset of the recognised image inside the page image. */
  offsetX: number;
  offsetY: number;
  /** Points per pixel. */
  scale: number;
}

export interface OcrItems {
  items: TextItem[];
  /** Characters kept and their summed confidence (0–100), for the page's mean confidence. */
  characters: number;
  confidenceSum: number;
}

/** Font size (em) over tesseract's row height, calibrated so that OCR'd lines get the heights the
 *  same lines have in the PDF text layer (Liberation Sans and DejaVu Sans, 9 to 23 pt). */
const EM_PER_ROW_HEIGHT = 1.04;
/** How far down the page (points) the header's rows may share a name and contact details. */
const HEADER_BOTTOM = 200;
/** A gap this many row heights wide parts two runs of words that tesseract put in one row. */
const RUN_GAP = 2.5;
/** A run whose tallest word is this many times the row's height was set in a bigger size. */
const OUTSIZED_RUN = 1.6;
const HAS_LETTERS = /\p{L}{2}/u;
/** A capital I that tesseract read as a bar or a bracket, at the start of a word of capitals. */
const MISREAD_CAPITAL_I = /^[|[\]](?=\p{Lu}{2})/u;
/** A round bullet is often read as one of these; a line never starts with them as a word. */
const MISREAD_BULLET = /^[•·●○◦▪▫■□►▸➢➤✓✔❖◆◇*+»«>oeé°©®¢‘’'"“”„]$/u;
const HAS_ALPHANUMERIC = /[\p{L}\p{N}]/u;
const ALPHANUMERICS = /[\p{L}\p{N}]/gu;

export function ocrBlocksToItems(blocks: Block[], placement: OcrPlacement): OcrItems {
  const result: OcrItems = { items: [], characters: 0, confidenceSum: 0 };
  for (const block of blocks) {
    for (const paragraph of block.paragraphs ?? []) {
      for (const line of paragraph.lines ?? []) addLine(line, placement, result);
    }
  }
  return result;
}

function addLine(line: Line, placement: OcrPlacement, result: OcrItems): void {
  let words = (line.words ?? []).filter((word) => word.text.trim().length > 0 && !isNoise(word));
  if (words.length > 1 && MISREAD_BULLET.test(words[0]!.text.trim())) words = words.slice(1);
  if (words.length === 0 || isJunkLine(words)) return;

  const { x0, y0, x1, y1 } = line.baseline;
  const slope = x1 !== x0 ? (y1 - y0) / (x1 - x0) : 0;
  const rowHeight = line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0;
  // Only in the page's header, where names and contact lines share rows: lower down, a wide gap
  // parts the cells of a table, whose sizes the row measures well enough.
  const inHeader = (line.bbox.y0 + placement.offsetY) * placement.scale < HEADER_BOTTOM;
  const sizes = inHeader ? runSizes(words, rowHeight) : [];
  for (const [index, word] of words.entries()) {
    const text = withCapitalI(word.text.trim());
    const own = sizes[index];
    const em = (own?.height ?? rowHeight) * EM_PER_ROW_HEIGHT;
    const baseline = own ? own.bottom : y0 + slope * ((word.bbox.x0 + word.bbox.x1) / 2 - x0);
    result.items.push({
      text,
      x: (word.bbox.x0 + placement.offsetX) * placement.scale,
      y: (baseline - em + placement.offsetY) * placement.scale,
      width: (word.bbox.x1 - word.bbox.x0) * placement.scale,
      height: em * placement.scale,
    });
    result.characters += text.length;
    result.confidenceSum += word.confidence * text.length;
  }
}

/** tesseract may run a big name and the small contact line beside it into one row ("Liam Kowalski
 *  <gap> liam.k@…"), measured at the small size. The row is cut at its wide gaps; a run of words
 *  much taller than the row keeps its own size (its tallest word) and sits on its own bottom.
 *  Undefined for the words that keep the row's. */
function runSizes(words: Word[], rowHeight: number): ({ height: number; bottom: number } | undefined)[] {
  const runs: Word[][] = [];
  words.forEach((word, index) => {
    const previous = words[index - 1];
    if (previous && word.bbox.x0 - previous.bbox.x1 < RUN_GAP * rowHeight) runs[runs.length - 1]!.push(word);
    else runs.push([word]);
  });
  if (runs.length < 2) return [];
  return runs.flatMap((run) => {
    const height = Math.max(...run.map((word) => word.bbox.y1 - word.bbox.y0));
    const outsized = height > OUTSIZED_RUN * rowHeight && run.some((word) => HAS_LETTERS.test(word.text));
    const bottom = Math.max(...run.map((word) => word.bbox.y1));
    return run.map(() => (outsized ? { height, bottom } : undefined));
  });
}

/** "|PAF", "[TIL" -> "IPAF", "ITIL": in a sans-serif font a capital I is a bare stroke, which
 *  tesseract often reads as "|" or "[". No word of capitals starts with either. */
function withCapitalI(text: string): string {
  return text.replace(MISREAD_CAPITAL_I, 'I');
}

/** Specks and rules read as punctuation: no letter or digit, and little confidence. */
function isNoise(word: Word): boolean {
  return HAS_ALPHANUMERIC.test(word.text) ? word.confidence < 15 : word.confidence < 60;
}

/** A line tesseract made out of a photo or a texture: low confidence and few letters. */
function isJunkLine(words: Word[]): boolean {
  const text = words.map((word) => word.text).join('');
  const letters = text.match(ALPHANUMERICS)?.length ?? 0;
  const confidence = words.reduce((sum, word) => sum + word.confidence * word.text.length, 0) / Math.max(1, text.length);
  if (confidence < 30) return true;
  return confidence < 55 && letters < 0.6 * text.length;
}
