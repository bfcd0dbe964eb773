import type { Block } from 'tesseract.js';
import { describe, expect, it } from 'vitest';
import { ocrBlocksToItems } from '../../lib/read/ocr/ocr-blocks-to-items';

/** A tesseract line of one word per space, its row measured as tesseract reports it (pixels). */
function row(text: string, top: number, rowHeight: number, ascenders: number, descenders: number) {
  const words = text.split(' ').map((word, index) => ({
    text: word,
    confidence: 92,
    bbox: { x0: 100 + index * 120, y0: top, x1: 200 + index * 120, y1: top + rowHeight },
  }));
  return {
    text,
    words,
    confidence: 92,
    baseline: { x0: 100, y0: top + rowHeight - descenders, x1: 1000, y1: top + rowHeight - descenders, has_baseline: true },
    rowAttributes: { rowHeight, ascenders, descenders },
    bbox: { x0: 100, y0: top, x1: 1000, y1: top + rowHeight },
  };
}

function itemHeights(lines: ReturnType<typeof row>[]): Map<string, number> {
  const blocks = [{ paragraphs: [{ lines }] }] as unknown as Block[];
  const { items } = ocrBlocksToItems(blocks, { offsetX: 0, offsetY: 0, scale: 0.24 });
  return new Map(items.map((item) => [item.text, Math.round(item.height * 10) / 10]));
}

describe('ocrBlocksToItems: misread letters', () => {
  it('reads a capital I that came out as a bar or a bracket at the start of a word of capitals', () => {
    const measured = itemHeights([row('|PAF 3a/3b (MEWPs)', 0, 41, 8, 8), row('[TIL 4 Foundation', 60, 41, 8, 8), row('Paris | 06 12 34 56 78', 120, 41, 8, 8)]);
    expect([...measured.keys()]).toEqual(['IPAF', '3a/3b', '(MEWPs)', 'ITIL', '4', 'Foundation', 'Paris', '|', '06', '12', '34', '56', '78']);
  });
});
