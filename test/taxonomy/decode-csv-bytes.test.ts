import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../lib/taxonomy/decode-csv-bytes';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Single-byte encoders for the test: Latin-1 plus the few places where Windows-1252 and ISO-8859-15 differ. */
function singleByte(text: string, specials: Record<string, number>): Uint8Array {
  return Uint8Array.from([...text].map((char) => specials[char] ?? (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f)));
}
const windows1252 = (text: string) => singleByte(text, { '’': 0x92, 'œ': 0x9c, '€': 0x80 });
const iso885915 = (text: string) => singleByte(text, { 'œ': 0xbd, '€': 0xa4 });

const ROW = 'conceptUri,preferredLabel\nhttp://x/1,"gérer des stocks"\nhttp://x/2,"chef de manœuvre l’après-midi"\n';

describe('decodeCsvBytes', () => {
  it('reads UTF-8 as it is, and drops its byte-order mark', () => {
    expect(decodeCsvBytes(utf8(ROW), 'skills_fr.csv')).toBe(ROW);
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(ROW)]), 'skills_fr.csv')).toBe(ROW);
  });

  it('reads a file Excel saved on a French Windows (Windows-1252) with its accents, œ and apostrophes', () => {
    expect(decodeCsvBytes(windows1252(ROW), 'skills_fr.csv')).toBe(ROW);
  });

  it('reads ROME’s ISO-8859-15 copies by their name, where œ is not at its Windows-1252 place', () => {
    const text = decodeCsvBytes(iso885915('"10521","Agent / Agente de manœuvre du réseau ferré"\n'), 'unix_referentiel_appellation_v460_iso8859-15.csv');
    expect(text).toContain('manœuvre du réseau ferré');
  });

  it('reads UTF-16 with its byte-order mark (Excel’s "Unicode text"), little- and big-endian', () => {
    const little = new Uint8Array(2 + ROW.length * 2);
    little.set([0xff, 0xfe]);
    const big = new Uint8Array(2 + ROW.length * 2);
    big.set([0xfe, 0xff]);
    [...ROW].forEach((char, index) => {
      const code = char.charCodeAt(0);
      little.set([code & 0xff, code >> 8], 2 + index * 2);
      big.set([code >> 8, code & 0xff], 2 + index * 2);
    });
    expect(decodeCsvBytes(little, 'skills_fr.csv')).toBe(ROW);
    expect(decodeCsvBytes(big, 'skills_fr.csv')).toBe(ROW);
  });

  it('falls back to Windows-1252 when a file named utf8 is not valid UTF-8', () => {
    expect(decodeCsvBytes(windows1252('"1","Chef / Cheffe de chantier gros œuvre"'), 'unix_referentiel_appellation_v460_utf8.csv')).toContain('gros œuvre');
  });
});
