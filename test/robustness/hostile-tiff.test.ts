// Hostile and broken TIFF files, written byte by byte here: each one must end fast with a CvError
// that says what is wrong in words a person can act on, never a crash, a hang or a heap blown by
// what the file claims. utif2 on its own loops forever on a directory chain that points to itself,
// trusts every strip size and inflates whatever a strip holds.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { describeError } from '../../lib/i18n';
import { terminateOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { readDocument } from '../../lib/read/read-document';
import { readablePages } from '../../lib/read/read-tiff';
import { decodeTiffPage } from '../../lib/read/tiff/decode-tiff-page';
import { readTiffDirectories } from '../../lib/read/tiff/tiff-directories';

/** Refusals must come at once: the contract's budget for bad input is 10 s, process start included. */
const FAST_MS = 5_000;

type Tags = Record<number, number>;

/** A little-endian TIFF: header, the strip data at offset 8, then one directory of LONG tags. */
function tiff(tags: Tags, data: Uint8Array = new Uint8Array(0), next?: (directoryAt: number) => number): Uint8Array {
  const entries = Object.entries(tags)
    .map(([tag, value]) => [Number(tag), value] as const)
    .sort((a, b) => a[0] - b[0]);
  const directoryAt = 8 + data.length + (data.length & 1);
  const bytes = Buffer.alloc(directoryAt + 2 + entries.length * 12 + 4);
  bytes.write('II', 0, 'latin1');
  bytes.writeUInt16LE(42, 2);
  bytes.writeUInt32LE(directoryAt, 4);
  bytes.set(data, 8);
  bytes.writeUInt16LE(entries.length, directoryAt);
  entries.forEach(([tag, value], index) => {
    const at = directoryAt + 2 + index * 12;
    bytes.writeUInt16LE(tag, at);
    bytes.writeUInt16LE(4, at + 2);
    bytes.writeUInt32LE(1, at + 4);
    bytes.writeUInt32LE(value >>> 0, at + 8);
  });
  bytes.writeUInt32LE(next?.(directoryAt) ?? 0, directoryAt + 2 + entries.length * 12);
  return new Uint8Array(bytes);
}

/** An 8-bit grey page of `width` × `height` whose one strip is `data`. */
const grey = (width: number, height: number, data: Uint8Array, more: Tags = {}): Tags => ({
  256: width, 257: height, 258: 8, 259: 1, 262: 1, 273: 8, 277: 1, 278: height, 279: data.length, ...more,
});

function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

async function refusal(bytes: Uint8Array): Promise<{ error: CvError; ms: number }> {
  const started = Date.now();
  const error = await readDocument(bytes, { fileName: 'scan.tif' }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CvError);
  return { error: error as CvError, ms: Date.now() - started };
}

afterAll(() => terminateOcrEngine());

describe('hostile TIFF files: a clear error, fast', () => {
  it('a header whose first directory lies far past the end of the file', async () => {
    const bytes = new Uint8Array(Buffer.from('II*\u0000\u0000\u0000\u00f0\u00ff', 'latin1'));
    const { error, ms } = await refusal(bytes);
    expect(error.code).toBe('corrupt-file');
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('a directory chain that points back to itself', async () => {
    const white = new Uint8Array(16).fill(255);
    const { error, ms } = await refusal(tiff(grey(4, 4, white), white, (self) => self));
    expect(error.code).toBe('corrupt-file');
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('a directory claiming 65535 entries in a file of a few bytes', async () => {
    const bytes = Buffer.alloc(16);
    bytes.write('II*\u0000', 0, 'latin1');
    bytes.writeUInt32LE(8, 4);
    bytes.writeUInt16LE(0xffff, 8);
    const { error, ms } = await refusal(new Uint8Array(bytes));
    expect(error.code).toBe('corrupt-file');
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('65535 pages: the first ten are read, the rest counted, no page walked without end', async () => {
    // 65535 directories of a blank 2 × 2 page sharing one strip: 7.5 MB.
    const count = 65_535;
    const tags = Object.entries(grey(2, 2, new Uint8Array(4))).sort((a, b) => Number(a[0]) - Number(b[0]));
    const size = 2 + tags.length * 12 + 4;
    const bytes = Buffer.alloc(12 + count * size);
    bytes.write('II*\u0000', 0, 'latin1');
    bytes.writeUInt32LE(12, 4);
    bytes.fill(255, 8, 12);
    for (let page = 0; page < count; page += 1) {
      const at = 12 + page * size;
      bytes.writeUInt16LE(tags.length, at);
      tags.forEach(([tag, value], index) => {
        bytes.writeUInt16LE(Number(tag), at + 2 + index * 12);
        bytes.writeUInt16LE(4, at + 4 + index * 12);
        bytes.writeUInt32LE(1, at + 6 + index * 12);
        bytes.writeUInt32LE(value, at + 10 + index * 12);
      });
      bytes.writeUInt32LE(page + 1 < count ? at + size : 0, at + size - 4);
    }
    const progress: number[] = [];
    const started = Date.now();
    const error = await readDocument(new Uint8Array(bytes), { onProgress: (event) => progress.push(event.pages ?? 0) }).catch((thrown: unknown) => thrown);
    // Blank pages: nothing to read, after ten of them.
    expect((error as CvError).code).toBe('no-text');
    expect(progress).toEqual(new Array(10).fill(10));
    expect(Date.now() - started).toBeLessThan(FAST_MS);
  });

  it('a page of 100000 × 100000 pixels: refused as the image reader refuses one, before decoding', async () => {
    const { error, ms } = await refusal(tiff(grey(100_000, 100_000, new Uint8Array(64))));
    expect(error.code).toBe('image-too-large');
    expect(error.params).toMatchObject({ megapixels: 10_000, maxMegapixels: 40 });
    expect(describeError('fr', error)).toMatch(/image est trop grande/);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('a strip said to hold 4 GB', async () => {
    const strip = deflateSync(Buffer.alloc(100, 255));
    const { error, ms } = await refusal(tiff(grey(10, 10, strip, { 259: 8, 279: 0xffffffff }), strip));
    expect(error.code).toBe('corrupt-file');
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('a Deflate strip that inflates to 50 MB for a 1-megapixel page', async () => {
    const strip = deflateSync(Buffer.alloc(50_000_000, 255));
    const { error, ms } = await refusal(tiff(grey(1000, 1000, strip, { 259: 8 }), strip));
    expect(error.code).toBe('corrupt-file');
    expect(ms).toBeLessThan(FAST_MS);
  });

  it.each([
    ['CCITT Group 4', { 258: 1, 259: 4, 262: 0 }],
    ['CCITT Group 3', { 258: 1, 259: 3, 262: 0 }],
    ['LZW', { 259: 5 }],
    ['PackBits', { 259: 32773 }],
  ])('a %s strip of 1 MB of noise', async (_, more) => {
    const strip = noise(1_000_000, 7);
    const started = Date.now();
    const error = await readDocument(tiff(grey(2000, 2000, strip, more), strip)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(CvError);
    // Damaged, or pixels of noise with nothing to read: either way an answer, and soon.
    expect(['corrupt-file', 'no-text']).toContain((error as CvError).code);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('the garbage of a fax strip is given up at its first impossible code, not decoded bit by bit', async () => {
    const strip = noise(1_000_000, 11);
    const { error, ms } = await refusal(tiff(grey(2000, 2000, strip, { 258: 1, 259: 4, 262: 0 }), strip));
    expect(['corrupt-file', 'no-text']).toContain(error.code);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('a fax page with a damaged byte keeps the rows decoded before it', async () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/read/scan-chauffeur-fax-g4.tif'));
    const [page] = readTiffDirectories(bytes, 1).pages;
    const options = { maxPixels: 40_000_000, deadline: Number.MAX_SAFE_INTEGER };
    const whole = await decodeTiffPage(bytes, page!, options);
    // Damage the middle of the page's last strip: a 2-D fax code goes wrong from there on.
    const last = page!.offsets.length - 1;
    const damaged = bytes.slice();
    const middle = page!.offsets[last]! + Math.floor(page!.byteCounts[last]! / 2);
    damaged.fill(0xff, middle, middle + 16);
    const image = await decodeTiffPage(damaged, page!, options);
    expect([image.width, image.height]).toEqual([whole.width, whole.height]);
    const top = Math.floor(whole.width * whole.height * 0.3);
    expect(image.data.subarray(0, top)).toEqual(whole.data.subarray(0, top));
  });

  it.each([
    ['old-style JPEG', 6],
    ['JBIG', 34661],
    ['JPEG 2000', 34712],
    ['an unknown compression', 60000],
  ])('%s: refused by name, with what to do', async (_, compression) => {
    const strip = noise(100, 3);
    const { error, ms } = await refusal(tiff(grey(10, 10, strip, { 259: compression }), strip));
    expect(error.code).toBe('unsupported-type');
    expect(error.params.type).toBe('tiff');
    expect(describeError('fr', error)).toBe(
      'Cette image TIFF est enregistrée dans un format que l’outil ne sait pas lire. Enregistrez-la en PNG ou en JPEG, ou le document en PDF, puis déposez-le à nouveau.',
    );
    expect(describeError('en', error)).toMatch(/^This TIFF image is saved in a format the tool cannot read\. Save it as PNG or JPEG/);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it.each([
    ['a predictor on bilevel pixels', { 258: 1, 259: 5, 262: 0, 317: 2 }],
    ['CMYK', { 262: 5, 277: 4 }],
    ['floating-point samples', { 339: 3 }],
    ['32-bit samples', { 258: 32 }],
  ])('%s: refused as a format the tool cannot read', async (_, more) => {
    const strip = noise(400, 5);
    const { error } = await refusal(tiff(grey(10, 10, strip, more), strip));
    expect(error.code).toBe('unsupported-type');
    expect(error.params.type).toBe('tiff');
  });

  it('a BigTIFF (64-bit offsets): refused as a format the tool cannot read', async () => {
    const bytes = new Uint8Array(Buffer.from('II+\u0000\u0008\u0000\u0000\u0000\u0010\u0000\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'));
    const { error } = await refusal(bytes);
    expect(error.code).toBe('unsupported-type');
    expect(error.params.type).toBe('tiff');
  });

  it('a real scan cut short: damaged', async () => {
    const whole = readFileSync('test/fixtures/read/scan-agent-entretien-lzw.tif');
    for (const share of [0.3, 0.9]) {
      const { error, ms } = await refusal(new Uint8Array(whole.subarray(0, Math.round(whole.length * share))));
      expect(error.code).toBe('corrupt-file');
      expect(ms).toBeLessThan(FAST_MS);
    }
  });

  it('a two-page fax cut short in transfer: the first page is kept, the cut is said', () => {
    const whole = new Uint8Array(readFileSync('test/fixtures/read/scan-chauffeur-fax-g4.tif'));
    const [, second] = readTiffDirectories(whole, 10).pages;
    // Cut inside the second page's strip (its directory and the thumbnail's are lost), or inside
    // the last directory.
    for (const end of [second!.offsets[0]! + 100, whole.length - 20]) {
      const cut = whole.subarray(0, end);
      const readable = readablePages(cut, 10);
      expect(readable.pages.map((page) => page.directory)).toEqual([0]);
      expect(readable.cut).toBe(true);
    }
    expect(readablePages(whole, 10)).toMatchObject({ cut: false, pageCount: 2 });
  });

  it('a strip that starts inside the file and runs past its end: damaged', async () => {
    const strip = new Uint8Array(100).fill(255);
    const { error } = await refusal(tiff(grey(100, 100, strip, { 279: 10_000 }), strip));
    expect(error.code).toBe('corrupt-file');
  });
});
