import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../lib/read/image/decode-image';
import { looksSideways } from '../../lib/read/image/detect-sideways';
import { orientImage } from '../../lib/read/image/orient-image';
import { layOutPage } from '../../lib/read/layout/lay-out-page';
import { terminateOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { recognizeUprightPage } from '../../lib/read/ocr/recognize-upright-page';

// A scan fed into the scanner upside down or on its side, with no EXIF orientation: the page image
// itself is turned (EXIF orientations 3, 6, 8 applied to an upright scan).

const OCR_BUDGET_MS = 240_000;
const scan = async () => decodeImage(new Uint8Array(readFileSync('test/fixtures/read/scan-magasinier.webp')));
const lines = async (image: Awaited<ReturnType<typeof scan>>) =>
  layOutPage((await recognizeUprightPage(image, { deadline: Date.now() + OCR_BUDGET_MS })).items, 1).map((line) => line.text);

afterAll(() => terminateOcrEngine());

describe('pages turned in the scanner', () => {
  it('tells a page lying on its side from an upright or upside-down one', async () => {
    const upright = await scan();
    expect(looksSideways(upright)).toBe(false);
    expect(looksSideways(orientImage(upright, 3))).toBe(false);
    expect(looksSideways(orientImage(upright, 6))).toBe(true);
    expect(looksSideways(orientImage(upright, 8))).toBe(true);
  });

  it('reads a page scanned upside down', async () => {
    const read = await lines(orientImage(await scan(), 3));
    expect(read).toContain('yasmina.benali31@gmail.com');
    expect(read).toContain('07 62 18 45 93');
  }, OCR_BUDGET_MS);

  it('reads a page scanned on its side, either way', async () => {
    for (const orientation of [6, 8]) {
      const read = await lines(orientImage(await scan(), orientation));
      expect(read, `orientation ${orientation}`).toContain('yasmina.benali31@gmail.com');
    }
  }, OCR_BUDGET_MS);
});
