import { strToU8 } from 'fflate';

// Office parts are XML, and XML says its own encoding: a byte-order mark, the byte pattern of
// "<?xml" (XML 1.0, appendix F) or the declaration's encoding="…". Word and LibreOffice write
// UTF-8, but some generators (.NET's XmlWriter with its default Encoding.Unicode, older reporting
// tools) write UTF-16, and a few a single-byte encoding. Read as UTF-8, such a part was garbage and
// the CV "damaged".

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const DECLARED_ENCODING = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The encoding of an XML part, as a TextDecoder label. */
export function xmlEncoding(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === UTF8_BOM[0] && b === UTF8_BOM[1] && c === UTF8_BOM[2]) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  // "<?" in UTF-16 without a byte-order mark.
  if (a === 0x3c && b === 0x00 && c === 0x3f) return 'utf-16le';
  if (a === 0x00 && b === 0x3c && c === 0x00) return 'utf-16be';
  const declared = DECLARED_ENCODING.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))?.[1]?.toLowerCase();
  // A UTF-16 declaration on single bytes is wrong about itself; the bytes tell.
  if (!declared || declared.startsWith('utf-16') || declared === 'unicode') return 'utf-8';
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8'; // an encoding the platform does not know: UTF-8 reads the ASCII of the markup
  }
}

/** An XML part as text, in the encoding it says it is in (an absent part is empty). */
export function decodeXml(bytes: Uint8Array | undefined): string {
  if (!bytes) return '';
  // TextDecoder drops a byte-order mark of its own encoding.
  return new TextDecoder(xmlEncoding(bytes)).decode(bytes);
}

/**
 * The part in UTF-8 with its declaration saying so, for readers that take every part as UTF-8
 * (mammoth), or null when it already is UTF-8.
 */
export function xmlToUtf8(bytes: Uint8Array): Uint8Array | null {
  if (xmlEncoding(bytes) === 'utf-8') return null;
  return strToU8(decodeXml(bytes).replace(/^(<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2'));
}
