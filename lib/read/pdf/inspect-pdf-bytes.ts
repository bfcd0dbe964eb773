import { isDict, isName, isRef, isRegular, isWhitespace, readPdfValue, skipSpace, type PdfDict, type PdfValue } from './pdf-object-syntax';
import {
  ascii85Decoder,
  asciiHexDecoder,
  flateDecoder,
  guessFormat,
  guessingDecoder,
  lzwDecoder,
  predictorDecoder,
  predictorRowBytes,
  runLengthDecoder,
  type ByteSink,
} from './stream-decoders';

// A look at a PDF's raw bytes before pdf.js parses it. pdf.js decodes streams synchronously and
// whole, so a "stream bomb" (a few kilobytes decoding to hundreds of megabytes) would block for
// tens of seconds where no timeout can fire; and it decodes images whole, so a 150-megapixel page
// would exhaust memory. Both are found here, cheaply: every stream goes through its whole filter
// chain (Flate, LZW, RunLength, ASCII85, ASCIIHex, predictors, in any order and number) with the
// output counted and never kept, under a cap per stream and one for the file; and image
// dictionaries give their size.

export interface PdfInspection {
  /** Why the file must not reach pdf.js (a stream decodes far beyond any CV), or null. */
  hostileStream: string | null;
  /** Largest image declared, in pixels. */
  largestImagePixels: number;
  /** Bytes decoded by the inspection, every stage of every chain counted. */
  decodedBytes: number;
}

/** No stream of a CV comes near this decoded: a scanned A4 page in raw RGB is 26 MB. */
export const MAX_STREAM_BYTES = 64 * 1024 * 1024;
/** Every stream and every stage of its chain together: four such pages and then some. */
export const MAX_DECODED_BYTES = 256 * 1024 * 1024;
/** Over this ratio and this size, a stream (or all of them) is a bomb whatever it holds. Images
 *  are spared the ratio: a blank background compresses a thousandfold. */
export const BOMB_RATIO = 400;
export const BOMB_MIN_BYTES = 16 * 1024 * 1024;
/** Producers write one filter, two at most; a longer chain is built to get past a check. */
const MAX_FILTERS = 8;
/** Raw bytes fed at a time, so that the ratio is checked as the stream goes. */
const RAW_SLICE = 4 * 1024;
/** How far before `stream` its dictionary may start. */
const DICTIONARY_WINDOW = 64 * 1024;

/** Filters whose output is an image of the declared size: pdf.js bounds it by the dimensions. */
const IMAGE_CODECS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JPX', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF']);

export function inspectPdfBytes(bytes: Uint8Array): PdfInspection {
  const text = latin1(bytes);
  const objects = new ObjectIndex(text);
  const budget: Budget = { decoded: 0, expanded: 0, expandedRaw: 0, fed: 0 };
  let largestImagePixels = largestImage(text);
  for (const stream of findStreams(text, objects)) {
    const image = stream.dictionary ? imagePixels(stream.dictionary, objects) : null;
    if (image !== null) largestImagePixels = Math.max(largestImagePixels, image);
    // Past a guessed end, a Flate stream that has not finished goes on: an `endstream` inside its
    // data must not cut the check short while pdf.js, told the real /Length, reads on.
    const beyond = stream.lengthKnown ? new Uint8Array(0) : bytes.subarray(stream.end);
    const hostileStream = checkStream(bytes.subarray(stream.start, stream.end), beyond, stream.dictionary, image !== null, objects, budget);
    if (hostileStream) return { hostileStream, largestImagePixels, decodedBytes: budget.decoded };
  }
  return { hostileStream: null, largestImagePixels, decodedBytes: budget.decoded };
}

/**
 * The bytes as text, one character per byte, so that indexes in the text are offsets in the file.
 * "latin1" is windows-1252 to TextDecoder: still one character per byte, ASCII unchanged, and ten
 * times faster than building the string by hand.
 */
function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

// ---------------------------------------------------------------------------------------------
// Finding streams and their dictionaries, as pdf.js's parser does

interface FoundStream {
  dictionary: PdfDict | null;
  start: number;
  end: number;
  /** The end comes from a direct /Length that pdf.js will use too; otherwise it is a guess. */
  lengthKnown: boolean;
}

function* findStreams(text: string, objects: ObjectIndex): Generator<FoundStream> {
  const keyword = /stream/g;
  const lineBreak = /[\r\n]/g;
  const endKeyword = /end(?:stream|steam[ \t\r\n]|strea[ \t\r\n])/g;
  // Tokens come in file order, so the next line break and the next `endstream` found for one
  // serve the following ones until they are passed: the scan stays linear in the file's size,
  // even for a file made of nothing but `stream` tokens.
  let nextBreak = -1;
  let nextEnd = -1;
  let floor = 0;
  // Every `stream` token is looked at, even inside the data of the one before: a fake stream in
  // a string must not hide the real one that follows.
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    const at = match.index;
    // A token of its own: not "endstream", "/stream" or "streams".
    if ((at > 0 && isRegular(text.charCodeAt(at - 1))) || isRegular(text.charCodeAt(at + 6))) continue;
    const dictionary = dictionaryBefore(text, at, floor);
    floor = at + 6;

    // pdf.js skips to the next line after `stream`, whatever precedes the line break.
    if (nextBreak < at + 6) {
      lineBreak.lastIndex = at + 6;
      nextBreak = lineBreak.exec(text)?.index ?? text.length;
    }
    const start = Math.min(text.length, nextBreak + (text.startsWith('\r\n', nextBreak) ? 2 : 1));

    // Where /Length says, if `endstream` follows there; else the first `endstream`, as pdf.js.
    const declared = dictionary?.get('Length');
    const length = typeof declared === 'number' ? declared : objects.resolve(declared);
    if (typeof length === 'number' && Number.isInteger(length) && length >= 0 && start + length <= text.length && text.startsWith('endstream', skipSpace(text, start + length))) {
      yield { dictionary, start, end: start + length, lengthKnown: typeof declared === 'number' };
      continue;
    }
    if (nextEnd < start) {
      endKeyword.lastIndex = start;
      nextEnd = endKeyword.exec(text)?.index ?? text.length;
    }
    yield { dictionary, start, end: nextEnd, lengthKnown: false };
  }
}

/**
 * The dictionary that ends just before `stream`: the nearest `<<` whose dictionary closes there
 * (nested dictionaries close earlier), read with the object syntax so that escaped names, extra
 * keys and nested /DecodeParms are all seen. Only the text since the previous `stream` token is
 * searched.
 */
function dictionaryBefore(text: string, at: number, floor: number): PdfDict | null {
  let close = at;
  while (close > floor && isWhitespace(text.charCodeAt(close - 1))) close -= 1;
  if (close - 2 < floor || !text.startsWith('>>', close - 2)) return null;
  const window = text.slice(Math.max(floor, close - DICTIONARY_WINDOW), close);
  let open = window.length - 2;
  for (let tries = 0; tries < 64 && open > 0; tries += 1) {
    open = window.lastIndexOf('<<', open - 1);
    if (open < 0) return null;
    const parsed = readPdfValue(window, open);
    if (parsed && parsed.end === window.length && isDict(parsed.value)) return parsed.value;
  }
  return null;
}

/** `12 0 obj` positions, for values given by reference; built on first use, latest wins. */
class ObjectIndex {
  private index: Map<string, number> | null = null;
  /** Each object is read once, however many streams point to it. */
  private readonly values = new Map<string, PdfValue | undefined>();
  constructor(private readonly text: string) {}

  resolve(value: PdfValue | undefined): PdfValue | undefined {
    let current = value;
    for (let hops = 0; hops < 4 && isRef(current); hops += 1) current = this.read(`${current.ref} ${current.generation}`);
    return isRef(current) ? undefined : current;
  }

  private read(key: string): PdfValue | undefined {
    if (!this.values.has(key)) {
      this.index ??= this.build();
      const at = this.index.get(key);
      this.values.set(key, at === undefined ? undefined : readPdfValue(this.text, at)?.value ?? undefined);
    }
    return this.values.get(key);
  }

  private build(): Map<string, number> {
    const index = new Map<string, number>();
    const header = /(\d+)\s+(\d+)\s+obj\b/g;
    for (let match = header.exec(this.text); match; match = header.exec(this.text)) {
      index.set(`${Number(match[1])} ${Number(match[2])}`, match.index + match[0].length);
    }
    return index;
  }
}

// ---------------------------------------------------------------------------------------------
// Decoding a stream's chain under the caps

interface Budget {
  /** Output of every stage of every stream. */
  decoded: number;
  /** Final output of the streams that are not images, and their raw size. */
  expanded: number;
  expandedRaw: number;
  /** Raw bytes fed to decoders: more than the file only when streams overlap, as fakes do. */
  fed: number;
}

class TooLarge extends Error {}

type Stage = (next: ByteSink) => ByteSink;

const MB = 2 ** 20;

/** The stream's verdict: why it is hostile, or null. `beyond` is read on while a Flate head is unfinished. */
function checkStream(raw: Uint8Array, beyond: Uint8Array, dictionary: PdfDict | null, image: boolean, objects: ObjectIndex, budget: Budget): string | null {
  const chain = dictionary ? filterChain(dictionary, image, objects) : { stages: [guessingDecoder] };
  if ('hostile' in chain) return chain.hostile;
  if (chain.stages.length === 0) return null;
  // Without a dictionary, only data that starts like a compressed stream is worth decoding.
  if (!dictionary && guessFormat(raw.subarray(0, 2)) === null) return null;

  let consumed = 0;
  let output = 0;
  const last: ByteSink = {
    write(chunk) {
      output += chunk.length;
      budget.decoded += chunk.length;
      if (!image) budget.expanded += chunk.length;
      if (output > MAX_STREAM_BYTES) throw new TooLarge(`a stream decodes to more than ${MAX_STREAM_BYTES / MB} MB`);
      if (!image && output > BOMB_MIN_BYTES && output > BOMB_RATIO * consumed) {
        throw new TooLarge(`a stream of ${consumed} bytes decodes to more than ${Math.floor(output / MB)} MB`);
      }
      if (budget.decoded > MAX_DECODED_BYTES) throw new TooLarge(`the streams decode to more than ${MAX_DECODED_BYTES / MB} MB in all`);
      if (budget.expanded > BOMB_MIN_BYTES && budget.expanded > BOMB_RATIO * (budget.expandedRaw + consumed)) {
        throw new TooLarge(`the streams decode to ${Math.floor(budget.expanded / MB)} MB from ${budget.expandedRaw + consumed} bytes`);
      }
    },
    end() {},
  };
  // Between stages, the intermediate output is counted too: a cap on the last stage alone would
  // let an inner layer decode without limit.
  const metered = (next: ByteSink): ByteSink => {
    let stageOutput = 0;
    return {
      write(chunk) {
        stageOutput += chunk.length;
        budget.decoded += chunk.length;
        if (stageOutput > MAX_STREAM_BYTES) throw new TooLarge(`a filter stage decodes to more than ${MAX_STREAM_BYTES / MB} MB`);
        if (budget.decoded > MAX_DECODED_BYTES) throw new TooLarge(`the streams decode to more than ${MAX_DECODED_BYTES / MB} MB in all`);
        next.write(chunk);
      },
      end: () => next.end(),
    };
  };
  let head = last;
  for (const [index, stage] of [...chain.stages].reverse().entries()) head = stage(index === 0 ? head : metered(head));

  const feed = (slice: Uint8Array) => {
    budget.fed += slice.length;
    if (budget.fed > MAX_DECODED_BYTES) throw new TooLarge('streams overlap far beyond the size of the file');
    consumed += slice.length;
    head.write(slice);
  };
  try {
    for (let offset = 0; offset < raw.length && !head.finished?.(); offset += RAW_SLICE) feed(raw.subarray(offset, offset + RAW_SLICE));
    if (head.finished) {
      for (let offset = 0; offset < beyond.length && !head.finished(); offset += RAW_SLICE) feed(beyond.subarray(offset, offset + RAW_SLICE));
    }
    head.end();
  } catch (error) {
    if (error instanceof TooLarge) return error.message;
    // Damaged data: pdf.js stops there too, and what it decoded so far has been counted.
  }
  if (!image) budget.expandedRaw += consumed;
  return null;
}

/** The decoders pdf.js would chain for this dictionary, or why the chain itself is hostile. */
function filterChain(dictionary: PdfDict, image: boolean, objects: ObjectIndex): { stages: Stage[] } | { hostile: string } {
  // pdf.js reads /F before /Filter and /DP before /DecodeParms, and fetches references.
  const filter = objects.resolve(dictionary.get('F') !== undefined ? dictionary.get('F') : dictionary.get('Filter'));
  const parameters = objects.resolve(dictionary.get('DP') !== undefined ? dictionary.get('DP') : dictionary.get('DecodeParms'));
  if (filter === undefined && isRef(dictionary.get('F') ?? dictionary.get('Filter'))) return { stages: [guessingDecoder] };
  const names: (string | null)[] = [];
  const parameterList: (PdfValue | undefined)[] = [];
  if (isName(filter)) {
    names.push(filter.name);
    parameterList.push(parameters);
  } else if (Array.isArray(filter)) {
    for (const [index, item] of filter.entries()) {
      const resolved = objects.resolve(item);
      names.push(isName(resolved) ? resolved.name : null);
      parameterList.push(Array.isArray(parameters) ? objects.resolve(parameters[index]) : undefined);
    }
  }
  if (names.length > MAX_FILTERS) return { hostile: `a chain of ${names.length} filters` };

  const stages: Stage[] = [];
  for (const [index, name] of names.entries()) {
    // A name that cannot be read (a reference into a compressed object): guess from the data.
    if (name === null) return { stages: [...stages, guessingDecoder] };
    const stageParameters = parameterList[index];
    const predictor = isDict(stageParameters) ? stageParameters : null;
    switch (name) {
      case 'FlateDecode':
      case 'Fl':
      case 'LZWDecode':
      case 'LZW': {
        if (predictor && predictorRowBytes(predictor) > MAX_STREAM_BYTES) return { hostile: 'a predictor row larger than any image' };
        const lzw = name.startsWith('LZW');
        const earlyChange = predictor?.get('EarlyChange');
        stages.push((next) => {
          const withPredictor = predictor ? predictorDecoder(next, predictor) : null;
          const target = withPredictor ?? next;
          return lzw ? lzwDecoder(target, typeof earlyChange === 'number' ? earlyChange : 1) : flateDecoder(target);
        });
        break;
      }
      case 'RunLengthDecode':
      case 'RL':
        stages.push(runLengthDecoder);
        break;
      case 'ASCII85Decode':
      case 'A85':
        stages.push(ascii85Decoder);
        break;
      case 'ASCIIHexDecode':
      case 'AHx':
        stages.push(asciiHexDecoder);
        break;
      case 'BrotliDecode':
        // Decoded whole by pdf.js, and not written by any CV producer yet: nothing to check it with.
        return { hostile: 'a Brotli stream' };
      case 'Crypt':
        return { stages }; // encrypted from here on: pdf.js decrypts, we cannot
      default:
        if (IMAGE_CODECS.has(name)) {
          // An image codec decodes to the size the image declares, which is checked on its own.
          // Elsewhere (a content stream, a font) it would decode to whatever its data says.
          if (!image) return { hostile: `an image filter (${name}) on a stream that is not an image` };
          return { stages };
        }
        // pdf.js passes unknown filters through unchanged.
        break;
    }
  }
  return { stages };
}

// ---------------------------------------------------------------------------------------------
// Image sizes

/** Pixels of an image or thumbnail dictionary, or null for a stream that is not an image. */
function imagePixels(dictionary: PdfDict, objects: ObjectIndex): number | null {
  const width = objects.resolve(dictionary.get('W') ?? dictionary.get('Width'));
  const height = objects.resolve(dictionary.get('H') ?? dictionary.get('Height'));
  const subtype = objects.resolve(dictionary.get('Subtype'));
  if (typeof width === 'number' && typeof height === 'number') return Math.max(0, width) * Math.max(0, height);
  return isName(subtype) && subtype.name === 'Image' ? 0 : null;
}

/** Image sizes from the text around every /Subtype /Image, whatever the state of its dictionary. */
function largestImage(text: string): number {
  let largest = 0;
  const image = /\/Subtype\s*\/Image\b/g;
  for (let match = image.exec(text); match; match = image.exec(text)) {
    const around = text.slice(Math.max(0, match.index - 600), match.index + 600);
    const width = Number(/\/Width\s+(\d+)/.exec(around)?.[1] ?? 0);
    const height = Number(/\/Height\s+(\d+)/.exec(around)?.[1] ?? 0);
    largest = Math.max(largest, width * height);
  }
  return largest;
}
