import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { readDocument } from '../../lib/read/read-document';

// A text CV saved as "Unicode" by a program that writes no byte-order mark (exports of older job
// sites and HR tools, scripts): UTF-16, little- or big-endian. It is read as the text it is, not
// refused as a file of an unknown type.

const CV = 'Karim HADDAD\r\nMagasinier cariste – Lyon\r\n\r\nEXPÉRIENCE\r\n2019 – 2024\tMagasinier cariste, Leroy Merlin\r\nCompétences : CACES® R489, « manutention »\r\n';
const LINES = ['Karim HADDAD', 'Magasinier cariste – Lyon', 'EXPÉRIENCE', '2019 – 2024\tMagasinier cariste, Leroy Merlin', 'Compétences : CACES® R489, « manutention »'];
const littleEndian = () => new Uint8Array(Buffer.from(CV, 'utf16le'));
const bigEndian = () => new Uint8Array(Buffer.from(CV, 'utf16le').swap16());

describe('UTF-16 text without a byte-order mark', () => {
  it.each([
    ['little-endian', littleEndian],
    ['big-endian', bigEndian],
  ])('reads a %s file as text', async (_, make) => {
    const document = await readDocument(make(), { fileName: 'cv.txt' });
    expect(document.kind).toBe('text');
    expect(document.lines.map((line) => line.text)).toEqual(LINES);
  });

  it('still refuses binary bytes as of an unknown type', async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    const error = await readDocument(noise).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toBe('unsupported-type');
  });
});
