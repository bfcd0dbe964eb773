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

  it('keeps letters a narrow face draws close together, and the same word printed twice on a line', async () => {
    // "ll" in a condensed face: the second "l" starts 0.18 em after the first.
    const glyphs = [...'Chantilly'].map((char, index) => `BT /F1 11 Tf ${56 + index * 0.18 * 11} 790 Td (${char}) Tj ET`).join(' ');
    const twice = 'BT /F1 11 Tf 56 760 Td (Lyon) Tj ET BT /F1 11 Tf 200 760 Td (Lyon) Tj ET';
    const texts = (await readDocument(pdf(`${glyphs}\n${twice}`))).lines.map((line) => line.text.replace(/\s/g, ''));
    expect(texts[0]).toBe('Chantilly');
    expect(texts[1]).toBe('LyonLyon');
  });
});
