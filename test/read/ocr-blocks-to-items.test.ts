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

function heights(lines: ReturnType<typeof row>[]): Map<string, number> {
  const blocks = [{ paragraphs: [{ lines }] }] as unknown as Block[];
  const { items } = ocrBlocksToItems(blocks, { offsetX: 0, offsetY: 0, scale: 0.24 });
  return new Map(items.map((item) => [item.text, Math.round(item.height * 10) / 10]));
}

describe('ocrBlocksToItems: line heights', () => {
  it('gives two lines set in one size one height, though brackets and accents make one row taller', () => {
    // Measured on a scan: same x-height (25 px), the second row reaching higher and lower.
    const measured = heights([row('Accueil des enfants', 0, 41, 8, 8), row('(HACCP en collectivité)', 60, 55, 17, 13)]);
    expect(measured.get('Accueil')).toBe(measured.get('(HACCP'));
    expect(measured.get('Accueil')).toBeCloseTo(10, 0);
  });

  it('sizes a row of capitals by its row height, its x-height being a guess', () => {
    const measured = heights([row('COMPÉTENCES CLÉS', 0, 44, 14, 5), row('Accueil des enfants', 60, 41, 8, 8)]);
    expect(measured.get('COMPÉTENCES')).toBeCloseTo(44 * 1.04 * 0.24, 1);
    expect(measured.get('COMPÉTENCES')!).toBeGreaterThan(measured.get('Accueil')!);
  });

  it('falls back to the row height when tesseract gives no usable x-height', () => {
    const measured = heights([row('Accueil des enfants', 0, 41, 30, 12)]);
    expect(measured.get('Accueil')).toBeCloseTo(41 * 1.04 * 0.24, 1);
  });
});

describe('ocrBlocksToItems: misread letters', () => {
  it('reads a capital I that came out as a bar or a bracket at the start of a word of capitals', () => {
    const measured = heights([row('|PAF 3a/3b (MEWPs)', 0, 41, 8, 8), row('[TIL 4 Foundation', 60, 41, 8, 8), row('Paris | 06 12 34 56 78', 120, 41, 8, 8)]);
    expect([...measured.keys()]).toEqual(['IPAF', '3a/3b', '(MEWPs)', 'ITIL', '4', 'Foundation', 'Paris', '|', '06', '12', '34', '56', '78']);
  });
});
