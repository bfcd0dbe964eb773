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

describe('ocrBlocksToItems: sizes within a row', () => {
  it('keeps a big name its own size when tesseract ran it into the small contact line beside it', () => {
    // As measured on a scan: the row 35 px high (the e-mail's size), the name's words 87 px.
    const merged = row('Liam Kowalski liam.kowalski@example.com', 0, 35, 7, 7);
    merged.words[0]!.bbox = { x0: 100, y0: 0, x1: 260, y1: 87 };
    merged.words[1]!.bbox = { x0: 280, y0: 2, x1: 560, y1: 87 };
    merged.words[2]!.bbox = { x0: 1500, y0: 50, x1: 2000, y1: 85 };
    const blocks = [{ paragraphs: [{ lines: [merged] }] }] as unknown as Block[];
    const { items } = ocrBlocksToItems(blocks, { offsetX: 0, offsetY: 0, scale: 0.24 });
    const height = (text: string) => items.find((item) => item.text === text)!.height;
    expect(height('Liam')).toBeCloseTo(87 * 1.04 * 0.24, 1);
    expect(height('Kowalski')).toBe(height('Liam'));
    expect(height('liam.kowalski@example.com')).toBeCloseTo(35 * 1.04 * 0.24, 1);
    // The name's words sit on their own bottom, not above the row's baseline.
    expect(items[0]!.y + items[0]!.height).toBeCloseTo(87 * 0.24, 1);
  });

  it('keeps the row\'s size for a row without a wide gap, whatever one word measures', () => {
    const tall = row('Patrick GAUTHIER', 0, 35, 7, 7);
    tall.words[0]!.bbox = { x0: 100, y0: 0, x1: 300, y1: 87 };
    const blocks = [{ paragraphs: [{ lines: [tall] }] }] as unknown as Block[];
    const { items } = ocrBlocksToItems(blocks, { offsetX: 0, offsetY: 0, scale: 0.24 });
    expect(items.map((item) => item.height)).toEqual([35 * 1.04 * 0.24, 35 * 1.04 * 0.24]);
  });

  it('leaves the rows below the header their own size: there a wide gap parts the cells of a table', () => {
    const cells = row('CAP Cuisine 2014', 1000, 35, 7, 7);
    cells.words[0]!.bbox = { x0: 100, y0: 948, x1: 300, y1: 1035 };
    cells.words[2]!.bbox = { x0: 1800, y0: 1000, x1: 1900, y1: 1035 };
    const blocks = [{ paragraphs: [{ lines: [cells] }] }] as unknown as Block[];
    const { items } = ocrBlocksToItems(blocks, { offsetX: 0, offsetY: 0, scale: 0.24 });
    expect(new Set(items.map((item) => item.height))).toEqual(new Set([35 * 1.04 * 0.24]));
  });
});
