// The pages of a TIFF, read from its image file directories (IFDs) with every offset, count and
// size checked against the file before any pixel is decoded. utif2's own directory walker follows
// a directory chain that loops forever and trusts every count, so it never sees the raw bytes:
// this reader hands it one checked directory at a time (decode-tiff-page.ts).
import { CvError } from '../../errors';

/** Tag values as utif2 keeps them: numbers (rationals as [numerator, denominator]) or raw bytes. */
export type TagValue = number[] | [number, number][] | Uint8Array;

export interface TiffPage {
  /** Index of the directory in the file (thumbnails counted). */
  directory: number;
  width: number;
  height: number;
  /** Bits per sample (the same for every sample) and samples per pixel. */
  bitsPerSample: number;
  samplesPerPixel: number;
  compression: number;
  photometric: number;
  orientation: number;
  /** Horizontal and vertical resolution as declared, when both are; their ratio is the pixels' shape. */
  resolution: { x: number; y: number } | null;
  /** Strips, or tiles (then tileWidth and tileHeight are set): where each one lies in the file. */
  offsets: number[];
  byteCounts: number[];
  rowsPerStrip: number;
  tileWidth?: number;
  tileHeight?: number;
  /** Every tag of the directory, keyed "t" + tag number as utif2 expects them. */
  tags: Record<string, TagValue>;
}

export interface TiffDirectories {
  /** Full-resolution pages, at most the number asked for. */
  pages: TiffPage[];
  /** Full-resolution pages in the file (counted up to MAX_DIRECTORIES directories). */
  pageCount: number;
  /** The chain broke off after the pages found (a file cut short in transfer). */
  cut: boolean;
}

/** Directories walked at most: far more pages than any CV, and a bound on a chain of millions. */
const MAX_DIRECTORIES = 1_000;
/** A real directory holds a few dozen tags; more is damage or a trap for the entry loop. */
const MAX_ENTRIES = 1_000;
/** Values of one tag kept at most (strip tables of a tall scan have a few thousand). */
const MAX_VALUES = 1_000_000;

const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

const corrupt = (detail: string) => new CvError('corrupt-file', `tiff: ${detail}`);
export const unsupportedTiff = (detail: string) => new CvError('unsupported-type', `tiff: ${detail}`, { type: 'tiff' });

/**
 * Reads the directory chain: a loop, an offset past the end, or a directory that does not fit in
 * the file is damage. Thumbnails and reduced-resolution copies (NewSubfileType bit 0, or the old
 * SubfileType 2) and transparency masks are not pages.
 */
export function readTiffDirectories(bytes: Uint8Array, maxPages: number): TiffDirectories {
  if (bytes.length < 8) throw corrupt('header cut short');
  const little = bytes[0] === 0x49;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const magic = u16(2);
  if (magic === 43) throw unsupportedTiff('BigTIFF');
  if (magic !== 42) throw corrupt('bad magic number');

  const pages: TiffPage[] = [];
  let pageCount = 0;
  const seen = new Set<number>();
  let offset = u32(4);
  for (let directory = 0; offset !== 0 && directory < MAX_DIRECTORIES; directory += 1) {
    if (seen.has(offset)) throw corrupt('directory chain loops');
    seen.add(offset);
    const entries = offset + 2 <= bytes.length ? u16(offset) : 0;
    const end = offset + 2 + entries * 12;
    if (entries === 0 || entries > MAX_ENTRIES || end + 4 > bytes.length) {
      // A multi-page scan cut short: the pages before the break are still read.
      if (pageCount > 0 && entries <= MAX_ENTRIES && end + 4 > bytes.length) return { pages, pageCount, cut: true };
      throw corrupt(offset + 2 > bytes.length ? `directory ${directory} past the end of the file` : `directory ${directory} does not fit`);
    }
    const subfile = tagNumber(view, little, offset, entries, 254) ?? 0;
    const oldSubfile = tagNumber(view, little, offset, entries, 255) ?? 1;
    const isPage = (subfile & 0b101) === 0 && oldSubfile !== 2;
    if (isPage) {
      pageCount += 1;
      if (pages.length < maxPages) pages.push(readPage(bytes, view, little, offset, entries, directory));
    }
    offset = u32(end);
  }
  if (pageCount === 0) throw corrupt('no page');
  return { pages, pageCount, cut: false };
}

/** The first value of a short or long tag, read without decoding the directory. */
function tagNumber(view: DataView, little: boolean, offset: number, entries: number, tag: number): number | null {
  for (let i = 0; i < entries; i += 1) {
    const at = offset + 2 + i * 12;
    if (view.getUint16(at, little) !== tag) continue;
    const type = view.getUint16(at + 2, little);
    if (type === 3) return view.getUint16(at + 8, little);
    if (type === 4) return view.getUint32(at + 8, little);
    return null;
  }
  return null;
}

function readPage(bytes: Uint8Array, view: DataView, little: boolean, offset: number, entries: number, directory: number): TiffPage {
  const tags: Record<string, TagValue> = {};
  for (let i = 0; i < entries; i += 1) {
    const at = offset + 2 + i * 12;
    const tag = view.getUint16(at, little);
    const type = view.getUint16(at + 2, little);
    const count = view.getUint32(at + 4, little);
    const size = TYPE_SIZES[type];
    if (!size) continue; // an unknown type: the tag is skipped, as readers do
    if (count > MAX_VALUES || count * size > bytes.length) throw corrupt(`tag ${tag} claims ${count} values`);
    const valueAt = count * size <= 4 ? at + 8 : view.getUint32(at + 8, little);
    if (valueAt + count * size > bytes.length) throw corrupt(`tag ${tag} past the end of the file`);
    tags[`t${tag}`] = readValues(bytes, view, little, type, count, valueAt);
  }
  const first = (tag: number, fallback?: number): number => {
    const value = tags[`t${tag}`];
    const number = value instanceof Uint8Array ? value[0] : (value?.[0] as number | undefined);
    if (typeof number === 'number' && Number.isFinite(number)) return number;
    if (fallback === undefined) throw corrupt(`tag ${tag} missing`);
    return fallback;
  };
  const numbers = (tag: number): number[] => {
    const value = tags[`t${tag}`];
    if (!value) throw corrupt(`tag ${tag} missing`);
    return Array.from(value as ArrayLike<number>, Number);
  };

  const width = first(256);
  const height = first(257);
  if (width <= 0 || height <= 0) throw corrupt('page without pixels');
  const bitsList = tags.t258 ? numbers(258) : [1];
  if (bitsList.length === 0) throw corrupt('bits per sample without a value');
  const bitsPerSample = bitsList[0]!;
  const samplesPerPixel = first(277, 1);
  const compression = first(259, 1);
  const tiled = tags.t322 !== undefined || tags.t324 !== undefined;
  const offsets = numbers(tiled ? 324 : 273);
  const byteCounts = tags[tiled ? 't325' : 't279'] ? numbers(tiled ? 325 : 279) : [];
  if (byteCounts.length !== offsets.length && !(compression === 1 && offsets.length === 1)) {
    throw corrupt('strip offsets and sizes disagree');
  }
  return {
    directory,
    width,
    height,
    bitsPerSample,
    samplesPerPixel,
    compression,
    // No PhotometricInterpretation on a bilevel page: white is zero, as fax software writes it.
    photometric: first(262, bitsPerSample === 1 ? 0 : samplesPerPixel >= 3 ? 2 : 1),
    orientation: first(274, 1),
    resolution: resolutionOf(tags),
    offsets,
    byteCounts,
    rowsPerStrip: Math.max(1, Math.min(height, first(278, height))),
    ...(tiled ? { tileWidth: first(322), tileHeight: first(323) } : {}),
    tags,
  };
}

function readValues(bytes: Uint8Array, view: DataView, little: boolean, type: number, count: number, at: number): TagValue {
  if (type === 1 || type === 2 || type === 6 || type === 7) return bytes.slice(at, at + count);
  if (type === 5 || type === 10) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < count; i += 1) {
      const read = type === 5 ? view.getUint32.bind(view) : view.getInt32.bind(view);
      pairs.push([read(at + i * 8, little), read(at + i * 8 + 4, little)]);
    }
    return pairs;
  }
  const values = new Array<number>(count);
  for (let i = 0; i < count; i += 1) {
    if (type === 3) values[i] = view.getUint16(at + i * 2, little);
    else if (type === 8) values[i] = view.getInt16(at + i * 2, little);
    else if (type === 4 || type === 13) values[i] = view.getUint32(at + i * 4, little);
    else if (type === 9) values[i] = view.getInt32(at + i * 4, little);
    else if (type === 11) values[i] = view.getFloat32(at + i * 4, little);
    else values[i] = view.getFloat64(at + i * 8, little);
  }
  return values;
}

/** Pixels per unit across and down; the unit does not matter, only the ratio does. */
function resolutionOf(tags: Record<string, TagValue>): { x: number; y: number } | null {
  const ratio = (value: TagValue | undefined): number | null => {
    const pair = (value as [number, number][] | undefined)?.[0];
    if (!Array.isArray(pair) || !pair[1]) return null;
    const resolution = pair[0] / pair[1];
    return Number.isFinite(resolution) && resolution > 0 ? resolution : null;
  };
  const x = ratio(tags.t282);
  const y = ratio(tags.t283);
  return x && y ? { x, y } : null;
}
