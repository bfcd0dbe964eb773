// The file type comes from the bytes, never from the name: a photo renamed .pdf is a photo.
// Types we cannot read are still named (an old Word .doc, an iPhone HEIC photo) so that the error
// can say what to do.
import { isWebArchive } from './html/decode-web-page';
import { utf16WithoutMark } from './utf16-without-mark';

export type SniffedType =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'webp'
  | 'gif'
  | 'bmp'
  | 'zip'
  | 'flat-opendocument'
  | 'text'
  | 'ole'
  | 'rtf'
  | 'html'
  | 'mhtml'
  | 'heic'
  | 'tiff'
  | 'unknown';

export function sniffFileType(bytes: Uint8Array): SniffedType {
  const ascii = (from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
  // PDF allows up to 1 KB of junk before the header.
  if (indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0) return 'pdf';
  if (bytes[0] === 0x89 && ascii(1, 3) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 2) === 'BM' && [12, 40, 52, 56, 64, 108, 124].includes(bytes[14]! | (bytes[15]! << 8))) return 'bmp';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  // Compound File Binary: Word 97–2003 .doc (and .xls, .ppt).
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  if (ascii(4, 4) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1|avif)$/.test(ascii(8, 4))) return 'heic';
  // Classic TIFF (42) and BigTIFF (43), either byte order.
  if (['II*\u0000', 'MM\u0000*', 'II+\u0000', 'MM\u0000+'].includes(ascii(0, 4))) return 'tiff';
  // An RTF file may hold a picture's raw bytes (\binN) early on: its header decides, not the sample.
  if (/^(?:\xef\xbb\xbf)?\s*\{\\rtf/i.test(ascii(0, 64))) return 'rtf';
  const text = decodeTextSample(bytes.subarray(0, 4096));
  if (text === null) return 'unknown';
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (HTML_START.test(text.replace(/^\uFEFF/, '').trimStart().slice(0, 2048).toLowerCase().replace(LEADING_MARKUP, ''))) return 'html';
  if (isWebArchive(text)) return 'mhtml';
  if (FLAT_OPENDOCUMENT.test(text.replace(/^\uFEFF/, '').trimStart())) return 'flat-opendocument';
  return 'text';
}

/** A web page, after any XML declaration and comments (browsers write "<!-- saved from url=… -->"); a
 *  fragment without <html> (a CV builder's export) starts with one of its usual first tags. */
const LEADING_MARKUP = /^(?:(?:<\?xml[^>]*\?>|<!--[\s\S]*?-->)\s*)+/;
const HTML_START = /^(?:<!doctype html|<(?:html|head|body|meta|title|style|div|table|h[1-6])[\s>])/;

/** A flat OpenDocument (.fodt, LibreOffice's "Flat XML ODF"): one XML file whose root is
 *  office:document, after the XML declaration and any comments. */
const FLAT_OPENDOCUMENT = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<office:document[\s>]/;

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/**
 * The sample as text if it reads as text: UTF-16 with a byte-order mark or without one
 * (utf16-without-mark.ts), valid UTF-8, or else a single-byte Windows-1252 / Latin-1 file; in
 * every case with almost no control characters.
 */
function decodeTextSample(sample: Uint8Array): string | null {
  if (sample.length === 0) return null;
  let text: string;
  const unmarked = utf16WithoutMark(sample);
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    text = new TextDecoder(sample[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(sample);
  } else if (unmarked) {
    text = new TextDecoder(unmarked).decode(sample);
  } else {
    try {
      // A sample cut in the middle of a multi-byte character is still UTF-8.
      text = new TextDecoder('utf-8', { fatal: true }).decode(trimPartialUtf8(sample));
    } catch {
      if (sample.includes(0)) return null;
      text = new TextDecoder('windows-1252').decode(sample);
    }
  }
  const control = text.replace(/[\t\n\r\f]/g, '').match(/[\u0000-\u001f\u007f]/g)?.length ?? 0;
  return control / text.length < 0.01 ? text : null;
}

function trimPartialUtf8(sample: Uint8Array): Uint8Array {
  let end = sample.length;
  // Step back over continuation bytes to the start of the last character, and drop it if cut.
  let back = 0;
  while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1]! & 0xc0) === 0x80) back += 1;
  const lead = sample[end - back - 1];
  if (lead === undefined) return sample;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (length > back + 1) end -= back + 1;
  return sample.subarray(0, end);
}
