// Bytes of a referential CSV -> text. The official files are UTF-8, but the files users bring are not
// always: ROME's open-data release also ships ISO-8859-15 copies, and a CSV re-saved from Excel on a
// French Windows is Windows-1252 (or UTF-16 for "Unicode text"). Read as UTF-8 they would give
// "g�rer des stocks", labels nobody's CV ever matches. Browser-safe (TextDecoder only).

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The encoding a file name announces (ROME: `…_v460_iso8859-15.csv`, `…_utf8.csv`), if any. */
function encodingInName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop()!.toLowerCase();
  if (/iso[-_]?8859[-_]?15|latin[-_]?9/.test(base)) return 'iso-8859-15';
  if (/iso[-_]?8859[-_]?1(?!\d)|latin[-_]?1(?!\d)|cp[-_]?1252|windows[-_]?1252/.test(base)) return 'windows-1252';
  if (/utf[-_]?8/.test(base)) return 'utf-8';
  return undefined;
}

/**
 * Decode a CSV file's bytes: a byte-order mark decides first, then an encoding named in the file name,
 * then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (a superset of Latin-1, what Excel writes).
 * The byte-order mark is never part of the text.
 */
export function decodeCsvBytes(bytes: Uint8Array, name = ''): string {
  if (startsWith(bytes, UTF8_BOM)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const named = encodingInName(name);
  if (named && named !== 'utf-8') return new TextDecoder(named).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A file named utf8 that is not valid UTF-8 is still more likely Windows-1252 than anything else.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
