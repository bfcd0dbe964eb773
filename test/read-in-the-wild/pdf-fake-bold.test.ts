import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { latin1, pdfWithPages } from '../read/build-pdf';

// "Fake bold": report generators, older word processors and some CV sites thicken text by drawing
// it twice (or three times) a fraction of a point apart, when the font has no bold face. The text
// layer holds every copy; each must be read once, and the thickened text is bold as it looks.

const CV = ['Karim HADDAD', 'Chauffeur livreur', 'karim.haddad@orange.fr', 'EXPERIENCE', '2019 - 2024 Chauffeur livreur, Chronopost, Lyon', 'COMPETENCES', 'Conduite poids lourds, gestion des tournees'];
const THICKENED = new Set(['Karim HADDAD', 'EXPERIENCE', 'COMPETENCES']);
const escape = (text: string) => text.replace(/[()\\]/g, '\\$&');
const pdf = (content: string) => pdfWithPages([[{ dictionary: '', data: latin1(content) }]]);

describe('PDF text drawn twice for a bold look', () => {
  it('reads each copied line once, as bold, when each copy is its own text object', async () => {
    const content = CV.map((line, index) => {
      const y = 790 - index * 18;
      const copies = THICKENED.has(line) ? [0, 0.3, 0.6] : [0];
      return copies.map((shift) => `BT /F1 11 Tf ${56 + shift} ${y + shift / 2} Td (${escape(line)}) Tj ET`).join(' ');
    });
    const document = await readDocument(pdf(content.join('\n')));
    expect(document.lines.map((line) => line.text)).toEqual(CV);
    expect(document.lines.filter((line) => line.bold).map((line) => line.text)).toEqual([...THICKENED]);
  });

  it('reads a line once when the copy is drawn in the same text object, stepping back over it', async () => {
    const content = CV.map((line, index) => `BT /F1 11 Tf 56 ${790 - index * 18} Td (${escape(line)}) Tj 0.25 0 Td (${escape(line)}) Tj ET`);
    const document = await readDocument(pdf(content.join('\n')));
    expect(document.lines.map((line) => line.text)).toEqual(CV);
  });

  it('reads each letter once, as bold, when every letter is drawn twice or three times before the next', async () => {
    // Helvetica's advance widths (per 1000 em) of the letters drawn.
    const widths: Record<string, number> = { ' ': 278, A: 667, C: 722, D: 722, E: 667, H: 722, I: 278, K: 667, M: 833, N: 722, O: 778, P: 667, R: 722, S: 667, T: 611, X: 667, a: 556, i: 222, m: 833, r: 333 };
    const size = 11;
    // Two ways generators do it: a TJ array stepping back over each letter, or a Td before each copy.
    const stepBack = (line: string, copies: number) =>
      `[${[...line].map((char) => Array.from({ length: copies }, (_, copy) => `(${escape(char)})${copy < copies - 1 ? ` ${widths[char]! - (0.3 * 1000) / size}` : ''}`).join(' ')).join(' ')}] TJ`;
    const moveEach = (line: string) => [...line].map((char) => `(${escape(char)}) Tj 0.3 0 Td (${escape(char)}) Tj ${(widths[char]! * size) / 1000 - 0.3} 0 Td`).join(' ');
    const drawn = [
      ['Karim HADDAD', (line: string) => stepBack(line, 2)],
      ['EXPERIENCE', moveEach],
      ['COMPETENCES', (line: string) => stepBack(line, 3)],
    ] as const;
    const content = CV.map((line, index) => {
      const way = drawn.find(([text]) => text === line)?.[1];
      return `BT /F1 ${size} Tf 56 ${790 - index * 18} Td ${way ? way(line) : `(${escape(line)}) Tj`} ET`;
    });
    const document = await readDocument(pdf(content.join('\n')));
    expect(document.lines.map((line) => line.text)).toEqual(CV);
    expect(document.lines.filter((line) => line.bold).map((line) => line.text)).toEqual([...THICKENED]);
  });

  it('keeps doubled letters a word spells ("bookkeeper", "HADDAD"), drawn one after the other', async () => {
    const lines = ['Karim HADDAD', 'Bookkeeper, Aarons Accounting, Leeds', 'Committee member'];
    const content = lines.map((line, index) => `BT /F1 11 Tf 56 ${790 - index * 18} Td (${line}) Tj ET`).join('\n');
    expect((await readDocument(pdf(content))).lines.map((line) => line.text)).toEqual(lines);
  });

  it('keeps letters a narrow face draws close together, and the same word printed twice on a line', async () => {
    // "ll" in a condensed face: the second "l" starts 0.18 em after the first.
    const glyphs = [...'Chantilly'].map((char, index) => `BT /F1 11 Tf ${56 + index * 0.18 * 11} 790 Td (${char}) Tj ET`).join(' ');
    const twice = 'BT /F1 11 Tf 56 760 Td (Lyon) Tj ET BT /F1 11 Tf 200 760 Td (Lyon) Tj ET';
    const texts = (await readDocument(pdf(`${glyphs}\n${twice}`))).lines.map((line) => line.text.replace(/\s/g, ''));
    expect(texts[0]).toBe('Chantilly');
    expect(texts[1]).toBe('LyonLyon');
  });
});
