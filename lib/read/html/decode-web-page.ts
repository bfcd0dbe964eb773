import { utf16WithoutMark } from '../utf16-without-mark';

// A saved web page's bytes as text, and the page inside a web archive (.mht, .mhtml).
//
// Encodings, as a browser finds them: a byte-order mark; else a <meta charset> or
// <meta http-equiv="Content-Type" content="…; charset=…"> within the first 1024 bytes (or the
// charset a web archive's part header names); UTF-16 without a mark is told by its zero bytes
// (utf16-without-mark.ts); else UTF-8, or Windows-1252 when the bytes are not
// valid UTF-8 (Word saves "Web Page" files in Windows-1252, and says so in a meta tag).

/** How far a browser looks for a <meta charset> (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;

export function decodeWebPage(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked) return new TextDecoder(unmarked).decode(bytes);
  const label = encodingLabel(declared) ?? encodingLabel(metaCharset(bytes));
  if (label && label !== 'utf-8') return new TextDecoder(label).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Declared UTF-8 but not: the bytes are older than their declaration (a page edited by hand).
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The charset a <meta> tag declares in the first 1024 bytes. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(tag)?.[1];
    if (charset) return charset;
  }
  return undefined;
}

/** A TextDecoder label for a declared charset, or undefined when the platform does not know it.
 *  A UTF-16 declaration on single bytes is wrong about itself (the HTML standard reads it as UTF-8). */
function encodingLabel(charset: string | undefined): string | undefined {
  if (!charset) return undefined;
  try {
    const encoding = new TextDecoder(charset.trim()).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}

/** A web archive starts with mail headers naming a multipart/related body, before any text. */
export function isWebArchive(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const end = /\r?\n\r?\n/.exec(start);
  if (!end) return false;
  const header = start.slice(0, end.index);
  if (!header.split(/\r?\n/).every((line) => /^[!-9;-~]+:/.test(line) || /^[ \t]/.test(line))) return false;
  return /^mime-version\s*:/im.test(header) && /^content-type\s*:\s*multipart\/related\b/im.test(header);
}

export interface WebArchivePage {
  bytes: Uint8Array;
  charset?: string;
}

/** The first text/html part of a MIME multipart web archive (the page; the parts after it are its
 *  pictures, style sheets and frames), decoded from quoted-printable or base64. */
export function pageOfWebArchive(bytes: Uint8Array): WebArchivePage | null {
  const text = binaryString(bytes);
  const headerEnd = /\r?\n\r?\n/.exec(text);
  const topHeader = headerEnd ? text.slice(0, headerEnd.index) : text.slice(0, 4096);
  const boundary = /boundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;"]+))/i.exec(topHeader) ?? /boundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;"]+))/i.exec(text.slice(0, 8192));
  const delimiter = boundary ? `--${boundary[1] ?? boundary[2]}` : null;
  let at = delimiter ? text.indexOf(delimiter) : 0;
  while (at >= 0 && at < text.length) {
    const start = delimiter ? at + delimiter.length : at;
    const next = delimiter ? text.indexOf(delimiter, start) : -1;
    const part = text.slice(start, next < 0 ? text.length : next);
    at = next;
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = unfold(part.slice(0, split.index));
    if (!/^content-type\s*:\s*text\/html\b/im.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /^content-transfer-encoding\s*:\s*([\w-]+)/im.exec(headers)?.[1]?.toLowerCase();
    const decoded = encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? decodeBase64(body) : latin1Bytes(body);
    const charset = /^content-type\s*:[^\n]*\bcharset\s*=\s*"?([A-Za-z0-9._:-]+)/im.exec(headers)?.[1];
    return { bytes: decoded, charset };
  }
  return null;
}

/** One character a byte. (TextDecoder's "latin1" is Windows-1252: it would turn byte 0x92 into U+2019.) */
function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let at = 0; at < bytes.length; at += 8192) chunks.push(String.fromCharCode(...bytes.subarray(at, at + 8192)));
  return chunks.join('');
}

function unfold(headers: string): string {
  return headers.replace(/\r?\n[ \t]+/g, ' ');
}

const HEX = /^[0-9A-Fa-f]{2}$/;

function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x3d) {
      // "=" at a line end is a soft line break; "=XX" a byte.
      if (text[i + 1] === '\n') { i += 1; continue; }
      if (text[i + 1] === '\r' && text[i + 2] === '\n') { i += 2; continue; }
      const hex = text.slice(i + 1, i + 3);
      if (HEX.test(hex)) {
        bytes[length++] = parseInt(hex, 16);
        i += 2;
        continue;
      }
    }
    bytes[length++] = code & 0xff;
  }
  return bytes.subarray(0, length);
}

function decodeBase64(text: string): Uint8Array {
  // Forgiving base64 (what atob takes) without its padding; a dangling sixth of a byte goes.
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  try {
    return latin1Bytes(atob(clean.length % 4 === 1 ? clean.slice(0, -1) : clean));
  } catch {
    return new Uint8Array();
  }
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
