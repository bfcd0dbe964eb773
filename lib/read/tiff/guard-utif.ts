// utif2 decodes well-formed strips correctly and hostile ones without any bound: its LZW decoder
// can follow a code chain that loops forever, and its CCITT (fax) decoders grow a code word and a
// pixel row without limit on garbage. Those three are bounded here, once, on the module object:
// LZW is replaced by a decoder that stops at the strip's size, and the fax decoders' look-ups and
// row growth throw on anything no valid stream contains. Every other codec is checked before utif2
// sees it (decode-tiff-page.ts).

/** A directory as utif2 takes it: tags keyed "t" + number; decodeImage adds width, height, data. */
export interface UtifDirectory {
  [tag: string]: unknown;
  data?: Uint8Array;
}

export interface Utif {
  decodeImage(buffer: ArrayBuffer, directory: UtifDirectory, directories?: UtifDirectory[]): void;
  decode: {
    _decodeLZW: (data: Uint8Array, offset: number, length: number, target: Uint8Array, targetOffset: number) => number;
    _addNtimes: (row: number[], count: number, value: number) => void;
    _writeBits: (bits: number[], target: Uint8Array, bitOffset: number) => void;
    _dmap: Record<string, number>;
    _lens: Record<string, number>[];
  };
}

/** No fax code is longer than 13 bits; an end-of-line with its fill bits and the end-of-block mark
 *  stay well under this. A longer word is garbage that would otherwise be looked up bit by bit. */
const MAX_CODE_BITS = 64;

/** The width of the row the fax decoder is building: it never holds more pixels than that. */
let faxRowLimit = Number.POSITIVE_INFINITY;
/** Rows the fax decoder has finished in the current strip, and where it wrote them. */
let faxRows = 0;
let faxTarget: Uint8Array | null = null;

const guarded = new WeakSet<object>();

export class UtifGuardError extends Error {}

export function guardUtif(utif: Utif): Utif {
  if (guarded.has(utif)) return utif;
  guarded.add(utif);
  const codec = utif.decode;
  codec._decodeLZW = decodeLzw;
  codec._addNtimes = (row, count, value) => {
    if (row.length + count > faxRowLimit) throw new UtifGuardError('fax row longer than the strip');
    for (let i = 0; i < count; i += 1) row.push(value);
  };
  const bounded = <T extends object>(table: T): T =>
    new Proxy(table, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key.length > MAX_CODE_BITS) throw new UtifGuardError('fax code word too long');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const writeBits = codec._writeBits;
  codec._writeBits = (bits, target, bitOffset) => {
    faxTarget = target;
    faxRows += 1;
    writeBits(bits, target, bitOffset);
  };
  codec._dmap = bounded(codec._dmap);
  codec._lens = codec._lens.map(bounded);
  return utif;
}

/**
 * Runs one decodeImage with the fax row bound set to the strip's width. When a fax strip breaks
 * part way (a flipped bit: every later row of a 2-D code depends on it), the rows decoded before
 * the break are returned with the error, as libtiff keeps them.
 */
export function decodeWithin(utif: Utif, buffer: ArrayBuffer, directory: UtifDirectory, width: number): { error: unknown; data: Uint8Array; rows: number } | null {
  faxRowLimit = width;
  faxRows = 0;
  faxTarget = null;
  try {
    utif.decodeImage(buffer, directory, [directory]);
    return null;
  } catch (error) {
    if (!faxTarget || faxRows === 0) throw error;
    return { error, data: faxTarget, rows: faxRows };
  } finally {
    faxRowLimit = Number.POSITIVE_INFINITY;
    faxTarget = null;
  }
}

/**
 * TIFF LZW (MSB first, code width growing one code early, as libtiff writes it). Stops when the
 * strip is full, so that a stream of long repeated strings cannot keep it busy; a code that names
 * no string yet is damage.
 */
export function decodeLzw(data: Uint8Array, offset: number, length: number, target: Uint8Array, targetOffset: number): number {
  const prefix = new Int16Array(4096);
  const suffix = new Uint8Array(4096);
  const first = new Uint8Array(4096);
  const size = new Uint16Array(4096);
  for (let code = 0; code < 256; code += 1) {
    prefix[code] = -1;
    suffix[code] = code;
    first[code] = code;
    size[code] = 1;
  }
  const end = Math.min(data.length, offset + length);
  let bit = offset * 8;
  const endBit = end * 8;
  let width = 9;
  let next = 258;
  let previous = -1;
  let out = targetOffset;
  const limit = target.length;
  const write = (code: number) => {
    const count = size[code]!;
    let at = out + count - 1;
    for (let entry = code; entry >= 0; entry = prefix[entry]!) {
      if (at < limit) target[at] = suffix[entry]!;
      at -= 1;
    }
    out += count;
  };
  while (bit + width <= endBit && out < limit) {
    let code = 0;
    for (let i = 0; i < width; i += 1, bit += 1) code = (code << 1) | ((data[bit >> 3]! >> (7 - (bit & 7))) & 1);
    if (code === 257) break;
    if (code === 256) {
      width = 9;
      next = 258;
      previous = -1;
      continue;
    }
    if (previous < 0) {
      if (code > 255) throw new UtifGuardError('LZW code before any string');
      write(code);
      previous = code;
      continue;
    }
    let head: number;
    if (code < next && code !== 256 && code !== 257) {
      head = first[code]!;
      write(code);
    } else if (code === next) {
      head = first[previous]!;
      write(previous);
      if (out < limit) target[out] = head;
      out += 1;
    } else {
      throw new UtifGuardError('LZW code out of range');
    }
    if (next < 4096) {
      prefix[next] = previous;
      suffix[next] = head;
      first[next] = first[previous]!;
      size[next] = size[previous]! + 1;
      next += 1;
    }
    if (next + 1 >= 1 << width && width < 12) width += 1;
    previous = code;
  }
  return out;
}
