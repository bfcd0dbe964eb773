// One TIFF page to grey pixels, strip by strip (or tile by tile) through utif2, with everything a
// hostile file could use to exhaust memory or time checked first: the page's size, each strip's
// place in the file, what a compressed strip inflates to, a JPEG strip's own frame size. Between
// strips the reader yields, so that a cancellation or the page's time budget is heard.
import { Inflate } from 'fflate';
import { CvError } from '../../errors';
import type { GrayImage } from '../image/gray-image';
import { orientImage } from '../image/orient-image';
import { readImageSize } from '../image/read-image-size';
import { decodeWithin, guardUtif, type Utif, type UtifDirectory } from './guard-utif';
import { unsupportedTiff, type TiffPage } from './tiff-directories';

export interface DecodeTiffOptions {
  maxPixels: number;
  /** Time (Date.now()) by which the page must be decoded. */
  deadline: number;
  signal?: AbortSignal;
}

/** Compressions utif2 decodes and that scanners and fax software write. Old-style JPEG (6),
 *  JBIG (34661), JPEG 2000 and camera raw codecs are refused by name. */
const COMPRESSIONS = new Map<number, string>([
  [1, 'none'],
  [2, 'CCITT RLE'],
  [3, 'CCITT Group 3'],
  [4, 'CCITT Group 4'],
  [5, 'LZW'],
  [7, 'JPEG'],
  [8, 'Deflate'],
  [32946, 'Deflate'],
  [32773, 'PackBits'],
]);
const CCITT = new Set([2, 3, 4]);
/** Work done between two yields to the event loop. */
const SLICE_MS = 40;

export async function decodeTiffPage(bytes: Uint8Array, page: TiffPage, options: DecodeTiffOptions): Promise<GrayImage> {
  checkTiffPage(bytes, page, options.maxPixels);
  const loaded = (await import('utif2')) as unknown as Utif & { default?: Utif };
  const utif = guardUtif(loaded.default ?? loaded);
  // utif2 reads strips from offset 0 of the buffer it is given: a view into a larger one is copied.
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
  const out: GrayImage = { width: page.width, height: page.height, data: new Uint8Array(page.width * page.height).fill(255) };
  const blocks = blocksOf(page);
  let sliceStart = Date.now();
  let failed = 0;
  let damaged: CvError | null = null;
  for (const block of blocks) {
    if (Date.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
    if (options.signal?.aborted) throw new CvError('cancelled');
    if (Date.now() > options.deadline) throw new CvError('timeout', 'tiff-decode', { stage: 'image-decode' });
    let raw: ReturnType<typeof decodeBlock>;
    try {
      raw = decodeBlock(utif, buffer, bytes, page, block);
    } catch (error) {
      // A damaged strip (a flipped bit in a fax or LZW stream) is left white, as libtiff leaves
      // it; the rest of the page may hold the CV. A page with no strip left is damaged.
      if (!(error instanceof CvError) || error.code !== 'corrupt-file') throw error;
      damaged = error;
      failed += 1;
      continue;
    }
    if (raw) paintBlock(out, page, { ...block, rows: Math.min(block.rows, raw.rows) }, raw.data, raw.photometric);
  }
  if (damaged && failed === blocks.length) throw damaged;
  let image = page.bitsPerSample === 1 ? blackOnWhite(out) : out;
  image = squarePixels(image, page.resolution, options.maxPixels);
  return page.orientation > 1 ? orientImage(image, page.orientation) : image;
}

/** Refuses what cannot be read before any pixel is decoded. */
export function checkTiffPage(bytes: Uint8Array, page: TiffPage, maxPixels: number): void {
  const { width, height, compression, bitsPerSample: bits, samplesPerPixel: samples, photometric } = page;
  if (width * height > maxPixels) {
    throw new CvError('image-too-large', `tiff ${width}×${height}`, {
      megapixels: Math.round((width * height) / 1e6),
      maxMegapixels: maxPixels / 1e6,
    });
  }
  const name = COMPRESSIONS.get(compression);
  if (!name) throw unsupportedTiff(`compression ${compression}`);
  if (CCITT.has(compression) && (bits !== 1 || samples !== 1)) throw unsupportedTiff(`${name} on ${bits}-bit pixels`);
  const bitList = Array.from(page.tags.t258 ?? [bits] as ArrayLike<number>, Number);
  if (![1, 2, 4, 8, 16].includes(bits) || bitList.some((value) => value !== bits)) throw unsupportedTiff(`${bits} bits per sample`);
  if (samples < 1 || samples > 4) throw unsupportedTiff(`${samples} samples per pixel`);
  if (samples > 1 && firstTag(page, 284, 1) === 2) throw unsupportedTiff('separate colour planes');
  const predictor = firstTag(page, 317, 1);
  // utif2 undoes horizontal differencing on whole bytes only.
  if (predictor !== 1 && (predictor !== 2 || bits < 8)) throw unsupportedTiff(`predictor ${predictor} on ${bits}-bit samples`);
  if (firstTag(page, 339, 1) !== 1) throw unsupportedTiff('sample format');
  const colour =
    ((photometric === 0 || photometric === 1) && samples <= 2) ||
    (photometric === 2 && samples >= 3 && bits >= 8) ||
    (photometric === 3 && samples === 1 && bits <= 8 && (page.tags.t320?.length ?? 0) >= 3 * 2 ** bits) ||
    (photometric === 6 && compression === 7 && samples === 3 && bits === 8);
  if (!colour) throw unsupportedTiff(`photometric ${photometric} with ${samples}×${bits} bits`);

  const blocks = blocksOf(page);
  if (page.offsets.length < blocks.length) throw new CvError('corrupt-file', 'tiff: strips missing');
  const rowBytes = Math.ceil((width * bits * samples) / 8);
  if (rowBytes * height > 4 * maxPixels) throw new CvError('image-too-large', `tiff ${width}×${height}×${bits * samples} bits`, { megapixels: Math.round((width * height) / 1e6), maxMegapixels: maxPixels / 1e6 });
  for (const block of blocks) {
    const at = page.offsets[block.index]!;
    const expected = Math.ceil((block.width * bits * samples) / 8) * block.rows;
    // Uncompressed, utif2 copies the whole strip the page needs, whatever the strip size says.
    const length = compression === 1 ? expected : page.byteCounts[block.index]!;
    if (!Number.isFinite(at) || !Number.isFinite(length) || at + length > bytes.length) {
      throw new CvError('corrupt-file', `tiff: strip ${block.index} (${length} bytes at ${at}) past the end of the file`);
    }
  }
}

interface Block {
  index: number;
  /** Top-left pixel of the strip or tile on the page, and its size as stored. */
  left: number;
  top: number;
  width: number;
  rows: number;
}

function blocksOf(page: TiffPage): Block[] {
  const blocks: Block[] = [];
  if (page.tileWidth !== undefined && page.tileHeight !== undefined) {
    const { tileWidth, tileHeight } = page;
    if (tileWidth <= 0 || tileHeight <= 0 || tileWidth * tileHeight > 16_777_216) throw new CvError('corrupt-file', 'tiff: bad tile size');
    const across = Math.ceil(page.width / tileWidth);
    const down = Math.ceil(page.height / tileHeight);
    if (across * down > page.offsets.length) throw new CvError('corrupt-file', 'tiff: tiles missing');
    for (let y = 0; y < down; y += 1) {
      for (let x = 0; x < across; x += 1) blocks.push({ index: y * across + x, left: x * tileWidth, top: y * tileHeight, width: tileWidth, rows: tileHeight });
    }
    return blocks;
  }
  const strips = Math.ceil(page.height / page.rowsPerStrip);
  // A single uncompressed strip may be given without its size (utif2 works it out).
  for (let index = 0; index < strips; index += 1) {
    const top = index * page.rowsPerStrip;
    blocks.push({ index, left: 0, top, width: page.width, rows: Math.min(page.rowsPerStrip, page.height - top) });
  }
  return blocks;
}

/** One strip or tile through utif2, as a one-strip image of its own. */
function decodeBlock(utif: Utif, buffer: ArrayBuffer, bytes: Uint8Array, page: TiffPage, block: Block): { data: Uint8Array; photometric: number; rows: number } | null {
  const at = page.offsets[block.index]!;
  const length = page.byteCounts[block.index] ?? 0;
  const expected = Math.ceil((block.width * page.bitsPerSample * page.samplesPerPixel) / 8) * block.rows;
  if (page.compression === 8 || page.compression === 32946) checkInflatedSize(bytes.subarray(at, at + length), expected);
  if (page.compression === 7) checkJpegStrip(bytes.subarray(at, at + length), page, block);
  const directory: UtifDirectory = {
    ...page.tags,
    t256: [block.width],
    t257: [block.rows],
    t262: [page.photometric],
    t273: [at],
    t279: [page.compression === 1 ? expected : length],
    t278: [block.rows],
  };
  delete directory.t322;
  delete directory.t323;
  delete directory.t324;
  delete directory.t325;
  if (page.compression === 7) {
    // utif2's JPEG decoder always gives RGB, grey strips too: room for three samples a pixel.
    directory.t277 = [3];
    directory.t258 = [8, 8, 8];
  }
  try {
    const broken = decodeWithin(utif, buffer, directory, block.width);
    // The rows of a fax strip decoded before it broke.
    if (broken) return { data: broken.data, photometric: page.photometric, rows: broken.rows };
  } catch (error) {
    if (error instanceof CvError) throw error;
    throw new CvError('corrupt-file', `tiff: strip ${block.index}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!directory.data) return null;
  // utif2 hands JPEG strips back as RGB and says so in the directory.
  return { data: directory.data, photometric: (directory.t262 as number[])[0]!, rows: block.rows };
}

/**
 * Deflate strips are inflated once here, counted and thrown away, before utif2 inflates them in one
 * go: a strip that inflates far beyond the rows it holds is a bomb (a 20 MB file can unpack to 20 GB).
 */
function checkInflatedSize(strip: Uint8Array, expected: number): void {
  if (strip.length < 6) throw new CvError('corrupt-file', 'tiff: deflate strip cut short');
  const limit = expected + 1024;
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new CvError('corrupt-file', `tiff: deflate strip inflates past ${limit} bytes`);
  });
  const raw = strip.subarray(2, strip.length - 4);
  try {
    for (let at = 0; at < raw.length; at += 1024) inflater.push(raw.subarray(at, at + 1024), false);
  } catch (error) {
    if (error instanceof CvError) throw error;
    throw new CvError('corrupt-file', 'tiff: broken deflate strip');
  }
}

/** A JPEG strip's frame must be the strip's size: its decoder allocates what the frame says. */
function checkJpegStrip(strip: Uint8Array, page: TiffPage, block: Block): void {
  const tables = page.tags.t347 instanceof Uint8Array ? page.tags.t347 : null;
  const size = readImageSize(strip, 'jpeg') ?? (tables ? readImageSize(joinJpeg(tables, strip), 'jpeg') : null);
  if (!size) throw new CvError('corrupt-file', `tiff: JPEG strip ${block.index} without a frame`);
  if (size.width > block.width + 16 || size.height > block.rows + 16) throw new CvError('corrupt-file', `tiff: JPEG strip ${block.index} larger than its strip`);
  // A DNL marker makes the decoder start again with the height it gives.
  for (let i = 0; i + 1 < strip.length; i += 1) {
    if (strip[i] === 0xff && strip[i + 1] === 0xdc) throw unsupportedTiff('JPEG with a DNL marker');
  }
}

function joinJpeg(tables: Uint8Array, strip: Uint8Array): Uint8Array {
  const head = tables.length >= 2 && tables[tables.length - 2] === 0xff && tables[tables.length - 1] === 0xd9 ? tables.subarray(0, -2) : tables;
  const body = strip[0] === 0xff && strip[1] === 0xd8 ? strip.subarray(2) : strip;
  const joined = new Uint8Array(head.length + body.length);
  joined.set(head);
  joined.set(body, head.length);
  return joined;
}

/** Copies a decoded strip or tile into the page as grey (Rec. 601 weights, as grayFromRgba). */
function paintBlock(out: GrayImage, page: TiffPage, block: Block, data: Uint8Array, photometric: number): void {
  const bits = page.bitsPerSample;
  // JPEG strips come back as RGB whatever the page's colours (utif2's decoder forces it).
  const jpeg = page.compression === 7;
  const samples = jpeg ? 3 : page.samplesPerPixel;
  if (jpeg) photometric = 2;
  const rowBytes = Math.ceil((block.width * bits * samples) / 8);
  const map = photometric === 3 ? Array.from(page.tags.t320 as ArrayLike<number>, Number) : null;
  const mapSize = 2 ** bits;
  const maxValue = 2 ** Math.min(bits, 8) - 1;
  const hasAlpha = !jpeg && (samples === 4 || (samples === 2 && photometric < 2));
  const width = Math.min(block.width, out.width - block.left);
  const rows = Math.min(block.rows, out.height - block.top);
  // One sample as 0–255: 16-bit samples come little-endian from utif2, the high byte is enough.
  const sample = (row: number, index: number): number => {
    if (bits === 8) return data[row + index]!;
    if (bits === 16) return data[row + index * 2 + 1]!;
    const bit = index * bits;
    const value = (data[row + (bit >> 3)]! >> (8 - bits - (bit & 7))) & ((1 << bits) - 1);
    return map ? value : Math.round((value * 255) / maxValue);
  };
  for (let y = 0; y < rows; y += 1) {
    const row = y * rowBytes;
    if (row + rowBytes > data.length) break; // strip shorter than it should be: the rest stays white
    const target = (block.top + y) * out.width + block.left;
    for (let x = 0; x < width; x += 1) {
      let grey: number;
      if (photometric === 2) {
        const base = x * samples;
        grey = (sample(row, base) * 77 + sample(row, base + 1) * 150 + sample(row, base + 2) * 29) >> 8;
      } else if (map) {
        const index = sample(row, x);
        grey = ((map[index]! >> 8) * 77 + (map[mapSize + index]! >> 8) * 150 + (map[2 * mapSize + index]! >> 8) * 29) >> 8;
      } else {
        const value = sample(row, x * samples);
        grey = photometric === 0 ? 255 - value : value;
      }
      if (hasAlpha && map === null) {
        const alpha = sample(row, x * samples + samples - 1);
        grey = (grey * alpha + 255 * (255 - alpha)) / 255;
      }
      out.data[target + x] = grey;
    }
  }
}

/**
 * A bilevel page is text on paper: mostly white. One that comes out mostly black had its
 * photometric tag written the wrong way round (some fax software does) and is turned over.
 */
function blackOnWhite(image: GrayImage): GrayImage {
  let dark = 0;
  for (const value of image.data) if (value < 128) dark += 1;
  if (dark <= image.data.length / 2) return image;
  for (let i = 0; i < image.data.length; i += 1) image.data[i] = 255 - image.data[i]!;
  return image;
}

/**
 * Fax pixels are not square (204 × 98 or 204 × 196 dpi): the page is stretched along its coarser
 * side, so that letters have their shape and the OCR's text-height estimate holds.
 */
export function squarePixels(image: GrayImage, resolution: { x: number; y: number } | null, maxPixels: number): GrayImage {
  if (!resolution) return image;
  const ratio = resolution.x / resolution.y;
  if (ratio > 0.98 && ratio < 1.02) return image;
  if (ratio < 0.25 || ratio > 4) return image; // not a real scanner's: the tag is wrong
  let width = ratio < 1 ? image.width / ratio : image.width;
  let height = ratio > 1 ? image.height * ratio : image.height;
  // Stretched past the pixel limit: the finer side is shrunk instead.
  const shrink = Math.min(1, Math.sqrt(maxPixels / (width * height)));
  width = Math.max(1, Math.round(width * shrink));
  height = Math.max(1, Math.round(height * shrink));
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const sourceRow = Math.min(image.height - 1, Math.floor((y * image.height) / height)) * image.width;
    for (let x = 0; x < width; x += 1) data[y * width + x] = image.data[sourceRow + Math.min(image.width - 1, Math.floor((x * image.width) / width))]!;
  }
  return { width, height, data };
}

function firstTag(page: TiffPage, tag: number, fallback: number): number {
  const value = page.tags[`t${tag}`];
  const first = value?.[0];
  return typeof first === 'number' ? first : fallback;
}
