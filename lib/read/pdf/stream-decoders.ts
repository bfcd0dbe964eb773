import { Inflate } from 'fflate';
import type { PdfDict, PdfValue } from './pdf-object-syntax';

// Streaming versions of the PDF filters that can make a stream larger than it is in the file
// (Flate, LZW, RunLength, ASCII85, ASCIIHex, PNG/TIFF predictors), decoded the way pdf.js decodes
// them. Each stage takes its input in small slices, so that one call never produces more than a
// few megabytes and whoever counts the output can stop the chain in between.

export interface ByteSink {
  write(chunk: Uint8Array): void;
  end(): void;
  /** For a self-delimiting format (Flate): whether its end-of-data has been read. */
  finished?(): boolean;
}

/** Input slice per call: Flate expands at most 1032:1 (4 MB), LZW about 2500:1 (2.5 MB). */
const FLATE_SLICE = 4 * 1024;
const LZW_SLICE = 1024;
const OTHER_SLICE = 64 * 1024;

function sliced(size: number, decode: (slice: Uint8Array) => void): (chunk: Uint8Array) => void {
  return (chunk) => {
    for (let offset = 0; offset < chunk.length; offset += size) decode(chunk.subarray(offset, offset + size));
  };
}

/** Collects output bytes into chunks of about 64 KB for the next stage. */
class Output {
  private buffer = new Uint8Array(64 * 1024);
  private length = 0;
  constructor(private readonly next: ByteSink) {}
  byte(value: number): void {
    this.buffer[this.length++] = value;
    if (this.length === this.buffer.length) this.flush();
  }
  flush(): void {
    if (this.length === 0) return;
    const chunk = this.buffer.slice(0, this.length);
    this.length = 0;
    this.next.write(chunk);
  }
}

/**
 * FlateDecode. The zlib header is checked as pdf.js checks it (method 8, check bits, no preset
 * dictionary) and nothing more: pdf.js does not look at the window size or the checksum either.
 */
export function flateDecoder(next: ByteSink): ByteSink {
  const header: number[] = [];
  let inflater: Inflate | null = null;
  let broken = false;
  let finished = false;
  const decode = sliced(FLATE_SLICE, (slice) => {
    if (finished) return;
    inflater!.push(slice, false);
    // Once the last block is read, more input would only pile up in fflate's buffer.
    finished = inflaterFinished(inflater!);
  });
  return {
    write(chunk) {
      if (broken || finished) return;
      let rest = chunk;
      while (header.length < 2 && rest.length > 0) {
        header.push(rest[0]!);
        rest = rest.subarray(1);
      }
      if (!inflater) {
        if (header.length < 2) return;
        const [method, flags] = header as [number, number];
        if ((method & 0x0f) !== 8 || ((method << 8) + flags) % 31 !== 0 || flags & 0x20) {
          broken = true; // pdf.js gives an empty stream
          return;
        }
        inflater = new Inflate((data) => {
          if (data.length > 0) next.write(data);
        });
      }
      decode(rest);
    },
    end() {
      if (inflater && !broken && !finished) inflater.push(new Uint8Array(0), true);
      next.end();
    },
    finished: () => broken || finished,
  };
}

/**
 * fflate's inflater keeps whether it has read the final block in its state (`f`: final block
 * seen, `l`: a block still open); fflate is pinned, and test/read/inspect-pdf-bytes.test.ts fails
 * if that ever changes. Unknown state counts as finished: the check then stops where pdf.js's
 * /Length would, instead of reading on.
 */
function inflaterFinished(inflater: Inflate): boolean {
  const state = (inflater as unknown as { s?: { f?: number; l?: unknown } }).s;
  return !state || (Boolean(state.f) && !state.l);
}

/** LZWDecode, as pdf.js's LZWStream: 9 to 12-bit codes, the table kept once full. */
export function lzwDecoder(next: ByteSink, earlyChange: number): ByteSink {
  const size = 4096;
  const values = new Uint8Array(size);
  const lengths = new Uint16Array(size).fill(1, 0, 256);
  const previous = new Uint16Array(size);
  const sequence = new Uint8Array(size);
  for (let code = 0; code < 256; code += 1) values[code] = code;
  let sequenceLength = 0;
  let nextCode = 258;
  let codeLength = 9;
  let prevCode = 0;
  let cached = 0;
  let bitsCached = 0;
  let done = false;
  const output = new Output(next);

  const decode = sliced(LZW_SLICE, (slice) => {
    for (const byte of slice) {
      if (done) return;
      cached = ((cached << 8) | byte) & 0xffffff;
      bitsCached += 8;
      while (bitsCached >= codeLength && !done) {
        bitsCached -= codeLength;
        const code = (cached >>> bitsCached) & ((1 << codeLength) - 1);
        const hasPrevious = sequenceLength > 0;
        if (code < 256) {
          sequence[0] = code;
          sequenceLength = 1;
        } else if (code >= 258) {
          if (code < nextCode) {
            sequenceLength = lengths[code]!;
            for (let j = sequenceLength - 1, q = code; j >= 0; j -= 1) {
              sequence[j] = values[q]!;
              q = previous[q]!;
            }
          } else {
            sequence[sequenceLength++] = sequence[0]!;
          }
        } else if (code === 256) {
          codeLength = 9;
          nextCode = 258;
          sequenceLength = 0;
          continue;
        } else {
          done = true;
          break;
        }
        if (hasPrevious) {
          // Past 4096 entries the writes fall outside the typed arrays and are dropped, as in pdf.js.
          previous[nextCode] = prevCode;
          lengths[nextCode] = lengths[prevCode]! + 1;
          values[nextCode] = sequence[0]!;
          nextCode += 1;
          // pdf.js's own arithmetic, so that code widths change where they change in pdf.js.
          const upcoming = nextCode + earlyChange;
          codeLength = upcoming & (upcoming - 1) ? codeLength : Math.min(Math.log(upcoming) / 0.6931471805599453 + 1, 12) | 0;
        }
        prevCode = code;
        for (let j = 0; j < sequenceLength; j += 1) output.byte(sequence[j]!);
      }
    }
    output.flush();
  });
  return {
    write: decode,
    end() {
      output.flush();
      next.end();
    },
  };
}

/** RunLengthDecode: a length byte, then that many bytes or one byte repeated up to 128 times. */
export function runLengthDecoder(next: ByteSink): ByteSink {
  const output = new Output(next);
  let pending = -1; // the length byte waiting for its data
  let copying = 0;
  let done = false;
  const decode = sliced(OTHER_SLICE, (slice) => {
    for (const byte of slice) {
      if (done) break;
      if (copying > 0) {
        output.byte(byte);
        copying -= 1;
      } else if (pending >= 0) {
        for (let n = 257 - pending; n > 0; n -= 1) output.byte(byte);
        pending = -1;
      } else if (byte < 128) copying = byte + 1;
      else if (byte === 128) done = true;
      else pending = byte;
    }
    output.flush();
  });
  return { write: decode, end: () => (output.flush(), next.end()) };
}

/** ASCIIHexDecode: two hex digits a byte, whitespace ignored, '>' ends. */
export function asciiHexDecoder(next: ByteSink): ByteSink {
  const output = new Output(next);
  let high = -1;
  let done = false;
  const decode = sliced(OTHER_SLICE, (slice) => {
    for (const char of slice) {
      if (done) break;
      if (char === 0x3e) {
        done = true;
        break;
      }
      const digit = hexDigit(char);
      if (digit < 0) continue;
      if (high < 0) high = digit;
      else {
        output.byte((high << 4) | digit);
        high = -1;
      }
    }
    output.flush();
  });
  return {
    write: decode,
    end() {
      if (high >= 0) output.byte(high << 4);
      output.flush();
      next.end();
    },
  };
}

function hexDigit(char: number): number {
  if (char >= 0x30 && char <= 0x39) return char - 0x30;
  if (char >= 0x41 && char <= 0x46) return char - 0x37;
  if (char >= 0x61 && char <= 0x66) return char - 0x57;
  return -1;
}

/** ASCII85Decode: five characters make four bytes, 'z' four zeros, '~' ends. */
export function ascii85Decoder(next: ByteSink): ByteSink {
  const output = new Output(next);
  const group: number[] = [];
  let done = false;
  const emit = (count: number) => {
    let value = 0;
    for (let i = 0; i < 5; i += 1) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < count; i += 1) output.byte(Math.floor(value / 256 ** (3 - i)) & 0xff);
    group.length = 0;
  };
  const decode = sliced(OTHER_SLICE, (slice) => {
    for (const char of slice) {
      if (done) break;
      if (char === 0x7e) done = true;
      else if (char === 0x7a && group.length === 0) for (let i = 0; i < 4; i += 1) output.byte(0);
      else if (char >= 0x21 && char <= 0x75) {
        group.push(char - 0x21);
        if (group.length === 5) emit(4);
      }
    }
    output.flush();
  });
  return {
    write: decode,
    end() {
      if (group.length > 1) emit(group.length - 1);
      output.flush();
      next.end();
    },
  };
}

/**
 * The PNG (10–15) and TIFF (2) predictors of /DecodeParms: one row of output per row of input,
 * plus a tag byte per row for PNG. Rows are rebuilt as pdf.js rebuilds them, so that a next filter
 * in the chain reads the same bytes. A last, short row still yields a whole row, as in pdf.js.
 */
export function predictorDecoder(next: ByteSink, parameters: PdfDict): ByteSink | null {
  const predictor = numberParameter(parameters, 'Predictor', 1);
  if (predictor <= 1) return null;
  const colors = numberParameter(parameters, 'Colors', 1);
  const bits = numberParameter(parameters, 'BitsPerComponent', 8);
  const columns = numberParameter(parameters, 'Columns', 1);
  const pixelBytes = (colors * bits + 7) >> 3;
  const rowBytes = (columns * colors * bits + 7) >> 3;
  const png = predictor !== 2;
  const inputRow = rowBytes + (png ? 1 : 0);
  let row = new Uint8Array(inputRow);
  let filled = 0;
  let previousRow = new Uint8Array(rowBytes);

  const emitRow = () => {
    const raw = png ? row.subarray(1) : row;
    const out = new Uint8Array(rowBytes);
    if (png) unfilterPngRow(row[0]!, raw, previousRow, out, pixelBytes);
    else unpredictTiffRow(raw, out, colors, bits, columns);
    previousRow = out;
    row = new Uint8Array(inputRow);
    filled = 0;
    next.write(out);
  };
  return {
    write(chunk) {
      let offset = 0;
      while (offset < chunk.length) {
        const take = Math.min(inputRow - filled, chunk.length - offset);
        row.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === inputRow) emitRow();
      }
    },
    end() {
      if (filled > (png ? 1 : 0)) emitRow();
      next.end();
    },
  };
}

/** Row size asked for by a predictor's parameters (for checks before any allocation). */
export function predictorRowBytes(parameters: PdfDict): number {
  const colors = numberParameter(parameters, 'Colors', 1);
  const bits = numberParameter(parameters, 'BitsPerComponent', 8);
  const columns = numberParameter(parameters, 'Columns', 1);
  return Math.ceil((columns * colors * bits) / 8);
}

function numberParameter(parameters: PdfDict, key: string, fallback: number): number {
  const short = key === 'BitsPerComponent' ? parameters.get('BPC') : undefined;
  const value: PdfValue | undefined = short ?? parameters.get(key);
  return typeof value === 'number' && value > 0 ? Math.floor(value) : fallback;
}

function unfilterPngRow(type: number, raw: Uint8Array, up: Uint8Array, out: Uint8Array, pixelBytes: number): void {
  for (let i = 0; i < out.length; i += 1) {
    const left = i >= pixelBytes ? out[i - pixelBytes]! : 0;
    const above = up[i]!;
    const aboveLeft = i >= pixelBytes ? up[i - pixelBytes]! : 0;
    const value = raw[i]!;
    switch (type) {
      case 1:
        out[i] = value + left;
        break;
      case 2:
        out[i] = value + above;
        break;
      case 3:
        out[i] = value + ((left + above) >> 1);
        break;
      case 4: {
        const p = left + above - aboveLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - above);
        const pc = Math.abs(p - aboveLeft);
        out[i] = value + (pa <= pb && pa <= pc ? left : pb <= pc ? above : aboveLeft);
        break;
      }
      default:
        out[i] = value;
    }
  }
}

function unpredictTiffRow(raw: Uint8Array, out: Uint8Array, colors: number, bits: number, columns: number): void {
  if (bits === 8) {
    for (let i = 0; i < out.length; i += 1) out[i] = raw[i]! + (i >= colors ? out[i - colors]! : 0);
    return;
  }
  if (bits === 16) {
    const pixelBytes = colors * 2;
    for (let i = 0; i < out.length; i += 2) {
      const sum = ((raw[i]! << 8) | raw[i + 1]!) + (i >= pixelBytes ? (out[i - pixelBytes]! << 8) | out[i - pixelBytes + 1]! : 0);
      out[i] = (sum >> 8) & 0xff;
      out[i + 1] = sum & 0xff;
    }
    return;
  }
  // 1, 2 or 4 bits a component: add each component to the one a pixel before.
  const mask = (1 << bits) - 1;
  const components = new Uint8Array(colors);
  let inBits = 0;
  let inBuffer = 0;
  let outBits = 0;
  let outBuffer = 0;
  let read = 0;
  let written = 0;
  for (let column = 0; column < columns; column += 1) {
    for (let k = 0; k < colors; k += 1) {
      if (inBits < bits) {
        inBuffer = (inBuffer << 8) | (raw[read++] ?? 0);
        inBits += 8;
      }
      components[k] = (components[k]! + (inBuffer >> (inBits - bits))) & mask;
      inBits -= bits;
      outBuffer = (outBuffer << bits) | components[k]!;
      outBits += bits;
      if (outBits >= 8) {
        out[written++] = (outBuffer >> (outBits - 8)) & 0xff;
        outBits -= 8;
      }
    }
  }
  if (outBits > 0 && written < out.length) out[written] = (outBuffer << (8 - outBits)) & 0xff;
}

/** A zlib header (as pdf.js checks it) or an LZW clear code (256 in 9 bits) at the start. */
export function guessFormat(first: Uint8Array): 'flate' | 'lzw' | null {
  const [a = -1, b = -1] = first;
  if (b < 0) return null;
  if ((a & 0x0f) === 8 && ((a << 8) + b) % 31 === 0 && !(b & 0x20)) return 'flate';
  if (a === 0x80 && b < 0x80) return 'lzw';
  return null;
}

/**
 * For a stream whose filters cannot be read from the file (a reference into a compressed object
 * stream, say): guess from the data, Flate when it starts with a zlib header, LZW when it starts
 * with a clear code, and guess again on what comes out, a few layers deep.
 */
export function guessingDecoder(next: ByteSink, depth = 4): ByteSink {
  let head: Uint8Array | null = new Uint8Array(0);
  let chosen: ByteSink | null = null;
  const choose = (first: Uint8Array) => {
    const format = guessFormat(first);
    if (depth > 0 && format === 'flate') return flateDecoder(guessingDecoder(next, depth - 1));
    if (depth > 0 && format === 'lzw') return lzwDecoder(guessingDecoder(next, depth - 1), 1);
    return next;
  };
  return {
    write(chunk) {
      if (chosen) return chosen.write(chunk);
      const joined = new Uint8Array(head!.length + chunk.length);
      joined.set(head!);
      joined.set(chunk, head!.length);
      if (joined.length < 2) {
        head = joined;
        return;
      }
      head = null;
      chosen = choose(joined);
      chosen.write(joined);
    },
    end() {
      if (!chosen && head && head.length > 0) next.write(head);
      (chosen ?? next).end();
    },
    // Data that matched no format passes through as it is: nothing more to read.
    finished: () => (chosen ? chosen.finished?.() ?? true : false),
  };
}
