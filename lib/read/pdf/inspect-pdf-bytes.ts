import { Unzlib } from 'fflate';

// A look at a PDF's raw bytes before pdf.js parses it. pdf.js inflates streams synchronously, so a
// "stream bomb" (a few kilobytes inflating to hundreds of megabytes) would block for tens of seconds
// where no timeout can fire; and it decodes images whole, so a 150-megapixel page would exhaust
// memory. Both are found here, cheaply: Flate streams are inflated with a running cap, and image
// dictionaries give their size.

export interface PdfInspection {
  /** A Flate stream inflates beyond any sane CV content (and far beyond its own size). */
  bomb: boolean;
  /** Largest image declared, in pixels. */
  largestImagePixels: number;
}

/** No stream of a CV comes near this inflated: a scanned A4 page in raw RGB is 26 MB. */
const MAX_STREAM_BYTES = 64 * 1024 * 1024;
/** Over this ratio and this size, a stream is a bomb whatever it holds. */
const BOMB_RATIO = 400;
const BOMB_MIN_BYTES = 16 * 1024 * 1024;
const CHUNK = 64 * 1024;
/** Inflating 4 KB at a time, one push can never produce more than about 4 MB. */
const INFLATE_CHUNK = 4 * 1024;

export function inspectPdfBytes(bytes: Uint8Array): PdfInspection {
  const text = latin1(bytes);
  return { bomb: hasBombStream(bytes, text), largestImagePixels: largestImage(text) };
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += CHUNK) text += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return text;
}

function hasBombStream(bytes: Uint8Array, text: string): boolean {
  const streamKeyword = /stream\r?\n/g;
  for (let match = streamKeyword.exec(text); match; match = streamKeyword.exec(text)) {
    if (text.slice(Math.max(0, match.index - 3), match.index) === 'end') continue;
    const dictionary = text.slice(Math.max(0, match.index - 1024), match.index);
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    streamKeyword.lastIndex = end + 9;
    if (!/\/FlateDecode|\/Fl\b/.test(dictionary.slice(dictionary.lastIndexOf('<<')))) continue;
    if (inflatesTooFar(bytes.subarray(start, end))) return true;
  }
  return false;
}

/** Inflates chunk by chunk and stops as soon as the output passes the cap. */
function inflatesTooFar(compressed: Uint8Array): boolean {
  let inflated = 0;
  let tooFar = false;
  const inflater = new Unzlib((chunk) => {
    inflated += chunk.length;
  });
  try {
    for (let offset = 0; offset < compressed.length && !tooFar; offset += INFLATE_CHUNK) {
      inflater.push(compressed.subarray(offset, offset + INFLATE_CHUNK), offset + INFLATE_CHUNK >= compressed.length);
      tooFar = inflated > MAX_STREAM_BYTES || (inflated > BOMB_MIN_BYTES && inflated > BOMB_RATIO * (offset + INFLATE_CHUNK));
    }
  } catch {
    return false; // damaged data: pdf.js decides what to make of it
  }
  return tooFar;
}

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
