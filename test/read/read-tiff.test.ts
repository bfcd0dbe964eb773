import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GrayImage } from '../../lib/read/image/gray-image';
import { terminateOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { readDocument } from '../../lib/read/read-document';
import { decodeTiffPage } from '../../lib/read/tiff/decode-tiff-page';
import { readTiffDirectories } from '../../lib/read/tiff/tiff-directories';
import type { Progress, ReadDocument } from '../../lib/types';

// TIFF scans as office scanners, copiers and fax-to-mail services save them (made by
// scripts/make-tiff-scans.sh with pdftoppm and libtiff's tools): a two-page CCITT Group 4 fax at
// 204 × 196 dpi (thresholded, as a fax machine sends a page) with a thumbnail between its pages, a
// grey LZW scan, and one small page in each other layout, palette and big-endian included.
// Decoding is checked pixel by pixel across layouts of the same page; OCR runs on three pages in
// all (it takes seconds a page).

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/read/${name}`));
const OCR_BUDGET_MS = 240_000;
const decodeOptions = { maxPixels: 40_000_000, deadline: Number.MAX_SAFE_INTEGER };

async function pages(name: string): Promise<GrayImage[]> {
  const bytes = fixture(name);
  const { pages: found } = readTiffDirectories(bytes, 10);
  const images: GrayImage[] = [];
  for (const page of found) images.push(await decodeTiffPage(bytes, page, decodeOptions));
  return images;
}

const darkShare = (image: GrayImage) => image.data.filter((value) => value < 128).length / image.data.length;

describe('TIFF pages decoded to grey, black text on white', () => {
  it('decodes each of seven layouts to the same page (PackBits, Deflate, YCbCr JPEG, RGB LZW with predictor, tiled LZW, CCITT G3, raw bilevel)', async () => {
    const images = await pages('tiff-compressions.tif');
    expect(images).toHaveLength(7);
    const [reference, ...others] = images as [GrayImage, ...GrayImage[]];
    expect([reference.width, reference.height]).toEqual([414, 585]);
    // Text on paper: a few per cent of the page is ink, the corner is white.
    expect(darkShare(reference)).toBeGreaterThan(0.015);
    expect(darkShare(reference)).toBeLessThan(0.05);
    for (const [index, image] of others.entries()) {
      expect([image.width, image.height], `page ${index + 2}`).toEqual([reference.width, reference.height]);
      expect(image.data[0], `page ${index + 2}: white corner`).toBe(255);
      let difference = 0;
      for (let i = 0; i < image.data.length; i += 1) difference += Math.abs(image.data[i]! - reference.data[i]!);
      // Grey and colour pages match the grey reference closely (JPEG within its loss); bilevel
      // pages differ at every anti-aliased edge, but their ink lies where the reference's does.
      const bilevel = index >= 4;
      expect(difference / image.data.length, `page ${index + 2}: mean difference`).toBeLessThan(bilevel ? 20 : 4);
      expect(darkShare(image) / darkShare(reference), `page ${index + 2}: ink`).toBeGreaterThan(bilevel ? 0.7 : 0.9);
      expect(darkShare(image) / darkShare(reference), `page ${index + 2}: ink`).toBeLessThan(bilevel ? 1.6 : 1.1);
    }
  });

  it('decodes a big-endian 16-colour palette page as the grey one', async () => {
    const [reference] = await pages('tiff-compressions.tif');
    const [image] = await pages('tiff-palette-big-endian.tif');
    expect([image!.width, image!.height]).toEqual([reference!.width, reference!.height]);
    let difference = 0;
    for (let i = 0; i < image!.data.length; i += 1) difference += Math.abs(image!.data[i]! - reference!.data[i]!);
    // Sixteen colours shift the greys of anti-aliased edges a little.
    expect(difference / image!.data.length).toBeLessThan(10);
    expect(darkShare(image!) / darkShare(reference!)).toBeGreaterThan(0.9);
    expect(darkShare(image!) / darkShare(reference!)).toBeLessThan(1.1);
  });

  it('decodes a 150 dpi grey LZW scan with horizontal differencing', async () => {
    const [image] = await pages('scan-agent-entretien-lzw.tif');
    expect([image!.width, image!.height]).toEqual([1240, 1754]);
    expect(darkShare(image!)).toBeGreaterThan(0.015);
    expect(darkShare(image!)).toBeLessThan(0.05);
  });

  it('skips the fax thumbnail, and stretches 204 × 196 dpi pixels to square', async () => {
    const bytes = fixture('scan-chauffeur-fax-g4.tif');
    const { pages: found, pageCount } = readTiffDirectories(bytes, 10);
    expect(pageCount).toBe(2);
    expect(found.map((page) => page.directory)).toEqual([0, 2]);
    expect(found[0]).toMatchObject({ width: 1686, height: 2292, compression: 4, photometric: 0 });
    const image = await decodeTiffPage(bytes, found[0]!, decodeOptions);
    // 2292 rows at 196 dpi are 2386 rows at 204 dpi: an A4 page's proportions again.
    expect([image.width, image.height]).toEqual([1686, 2386]);
    expect(image.height / image.width).toBeCloseTo(297 / 210, 1);
    expect(darkShare(image)).toBeLessThan(0.1);
    expect(image.data[0]).toBe(255);
  });
});

describe('TIFF reading stops when told to', () => {
  it('stops before decoding when the reading is cancelled', async () => {
    const controller = new AbortController();
    const error = await readDocument(fixture('scan-chauffeur-fax-g4.tif'), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'cancelled' });
  });

  it('gives up on a page past its time budget', async () => {
    const bytes = fixture('scan-chauffeur-fax-g4.tif');
    const [page] = readTiffDirectories(bytes, 1).pages;
    const error = await decodeTiffPage(bytes, page!, { ...decodeOptions, deadline: Date.now() - 1 }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'timeout' });
  });

  it('reads at most the pages asked for, and says so', async () => {
    const bytes = fixture('tiff-compressions.tif');
    expect(readTiffDirectories(bytes, 2)).toMatchObject({ pageCount: 7 });
    expect(readTiffDirectories(bytes, 2).pages).toHaveLength(2);
  });
});

describe('TIFF scans read by OCR', () => {
  let fax: ReadDocument;
  const progress: Progress[] = [];

  beforeAll(async () => {
    fax = await readDocument(fixture('scan-chauffeur-fax-g4.tif'), { fileName: 'fax.tif', onProgress: (event) => progress.push(event) });
  }, OCR_BUDGET_MS);
  afterAll(() => terminateOcrEngine());

  it('reads a two-page G4 fax page by page, reporting progress per page', () => {
    expect(fax).toMatchObject({ kind: 'image-ocr', pages: 2 });
    expect(progress.filter((event) => event.stage === 'ocr')).toEqual([
      { stage: 'ocr', page: 1, pages: 2 },
      { stage: 'ocr', page: 2, pages: 2 },
    ]);
    const lines = fax.lines.map((line) => line.text);
    // The name and the address block share a line, as on the page.
    expect(lines.find((line) => line.startsWith('Patrick GAUTHIER'))).toBeDefined();
    expect(lines).toContain('patrick.gauthier45@sfr.fr');
    expect(fax.lines.find((line) => line.text === 'PERMIS ET QUALIFICATIONS')?.page).toBe(1);
    expect(fax.lines.find((line) => line.text === 'COMPÉTENCES')?.page).toBe(2);
    expect(fax.warnings.map((warning) => warning.code)).not.toContain('low-quality-scan');
  });

  it('reads a grey LZW scan', async () => {
    const document = await readDocument(fixture('scan-agent-entretien-lzw.tif'));
    expect(document).toMatchObject({ kind: 'image-ocr', pages: 1 });
    const lines = document.lines.map((line) => line.text);
    expect(lines).toContain('Maria DOS SANTOS');
    expect(lines).toContain('mariadossantos76@gmail.com');
    expect(lines).toContain('Expérience professionnelle');
    expect(document.lines.every((line) => line.page === 1)).toBe(true);
  }, OCR_BUDGET_MS);
});
