import { deflateSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { decodeImage } from '../../lib/read/image/decode-image';
import { readDocument } from '../../lib/read/read-document';

// Picture formats scanners, phones and editors write, decoded to grey pixels (no OCR here: fast).
// Black text on a transparent background must come out dark on white, whatever the encoding.

const WIDTH = 300;
const HEIGHT = 120;
/** Alpha of "Karim HADDAD" drawn in black on a transparent canvas: the ink of every test image. */
const ink = (() => {
  const canvas = createCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d');
  context.fillStyle = '#000';
  context.font = '28px sans-serif';
  context.fillText('Karim HADDAD', 10, 60);
  const { data } = context.getImageData(0, 0, WIDTH, HEIGHT);
  return { png: new Uint8Array(canvas.toBuffer('image/png')), alpha: Uint8Array.from({ length: WIDTH * HEIGHT }, (_, i) => data[i * 4 + 3]!) };
})();
const inkedPixels = ink.alpha.filter((alpha) => alpha > 160).length;

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
function png(width: number, height: number, depth: number, colourType: number, rows: Buffer): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width);
  header.writeUInt32BE(height, 4);
  header[8] = depth;
  header[9] = colourType;
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]));
}
/** 16-bit greyscale PNG, as scanners write in "high quality" mode. */
function grey16Png(): Uint8Array {
  const stride = 1 + WIDTH * 2;
  const rows = Buffer.alloc(HEIGHT * stride);
  for (let y = 0; y < HEIGHT; y += 1) for (let x = 0; x < WIDTH; x += 1) rows.writeUInt16BE(65535 - ink.alpha[y * WIDTH + x]! * 257, y * stride + 1 + x * 2);
  return png(WIDTH, HEIGHT, 16, 0, rows);
}
/** 24-bit bottom-up BMP, as Paint writes. */
function bmp24(): Uint8Array {
  const stride = Math.ceil((WIDTH * 3) / 4) * 4;
  const bytes = Buffer.alloc(54 + stride * HEIGHT);
  bytes.write('BM', 0, 'latin1');
  bytes.writeUInt32LE(bytes.length, 2);
  bytes.writeUInt32LE(54, 10);
  bytes.writeUInt32LE(40, 14);
  bytes.writeInt32LE(WIDTH, 18);
  bytes.writeInt32LE(HEIGHT, 22);
  bytes.writeUInt16LE(1, 26);
  bytes.writeUInt16LE(24, 28);
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      const at = 54 + y * stride + x * 3;
      bytes.fill(255 - ink.alpha[(HEIGHT - 1 - y) * WIDTH + x]!, at, at + 3);
    }
  }
  return new Uint8Array(bytes);
}

describe('picture formats', () => {
  it.each([
    ['a PNG with alpha transparency', () => ink.png],
    ['a 16-bit grey PNG', grey16Png],
    ['a 24-bit BMP', bmp24],
  ])('decodes %s to dark text on white', async (_, make) => {
    const image = await decodeImage(make());
    expect([image.width, image.height]).toEqual([WIDTH, HEIGHT]);
    const dark = image.data.filter((value) => value < 100).length;
    expect(dark).toBeGreaterThan(0.8 * inkedPixels);
    expect(dark).toBeLessThan(1.2 * inkedPixels);
    // The corners are background: white, not the black of transparent pixels.
    expect(image.data[0]).toBe(255);
  });

  it.each([
    ['HEIC', 'heic', 'mif1heic'],
    ['AVIF', 'avif', 'avifmif1miaf'],
  ])('refuses a %s photo as an unsupported type at once', async (_, brand, compatible) => {
    const box = Buffer.concat([Buffer.from('ftyp', 'latin1'), Buffer.from(brand, 'latin1'), Buffer.alloc(4), Buffer.from(compatible, 'latin1')]);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(box.length + 4);
    const error = await readDocument(new Uint8Array(Buffer.concat([size, box, Buffer.alloc(64)]))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toBe('unsupported-type');
  });

  it('reads a TIFF as a scan: a header alone, its first page past the end, is a damaged file', async () => {
    const error = (await readDocument(new Uint8Array(Buffer.from('II*\u0000\u0008\u0000\u0000\u0000', 'latin1'))).catch((caught: unknown) => caught)) as CvError;
    expect(error.code).toBe('corrupt-file');
  });

  it.each([
    [1, 20_000],
    [20_000, 1],
  ])('finds no text in a blank %i × %i image, fast', async (width, height) => {
    const stride = 1 + width;
    const rows = Buffer.alloc(height * stride, 255);
    for (let y = 0; y < height; y += 1) rows[y * stride] = 0; // filter byte: none
    const started = Date.now();
    const error = (await readDocument(png(width, height, 8, 0, rows)).catch((caught: unknown) => caught)) as CvError;
    expect(error.code).toBe('no-text');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
