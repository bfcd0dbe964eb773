import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { flateContent, latin1, pdfWithPages } from '../read/build-pdf';

// Job seekers update a PDF CV in an online editor (Sejda, iLovePDF, Smallpdf, PDF-XChange): its
// "white-out" lays an opaque white rectangle over the old telephone number or an old job, and the
// new text is typed on top. The old text is still in the file, under the rectangle; no one sees it,
// and it must not come back as a second telephone number or a job the person took off.

const escape = (text: string) => text.replace(/[()\\]/g, '\\$&');
const line = (text: string, y: number, size = 11, x = 56) => `BT /F1 ${size} Tf ${x} ${y} Td (${escape(text)}) Tj ET`;
const CV = [
  line('Karim HADDAD', 790, 18),
  line('Magasinier cariste', 770),
  line('06 45 12 78 90', 752),
  line('EXPERIENCE', 720, 13),
  line('2019 - 2024 Magasinier cariste, Leroy Merlin, Lyon', 700),
  line('2016 - 2018 Vendeur, Carrefour, Villeurbanne', 682),
  line('FORMATION', 650, 13),
  line('2015 CAP Operateur logistique', 630),
].join('\n');
/** Highlighter: ExtGState with the Multiply blend mode; half-transparent ink. */
const RESOURCES = '/ExtGState << /Hl << /BM /Multiply /ca 1 >> /Half << /ca 0.4 >> >>';
const texts = async (content: string) => (await readDocument(pdfWithPages([[{ dictionary: '', data: latin1(content) }]], undefined, RESOURCES))).lines.map((entry) => entry.text);

describe('PDF text under a white-out', () => {
  it('leaves out an old telephone number and an old job covered by an opaque rectangle, and reads what was typed on top', async () => {
    const edited = [
      CV,
      // The white-out over the telephone number, then the new number typed on it.
      'q 1 1 1 rg 54 748 90 14 re f Q',
      line('07 61 22 33 44', 752),
      // A whole job taken off: a white rectangle over its line, nothing on it.
      'q 1 1 1 rg 54 678 300 15 re f Q',
    ].join('\n');
    const lines = await texts(edited);
    expect(lines).toContain('07 61 22 33 44');
    expect(lines.join('\n')).not.toMatch(/06 45 12 78 90|Carrefour/);
    expect(lines).toEqual(expect.arrayContaining(['Karim HADDAD', 'EXPERIENCE', '2019 - 2024 Magasinier cariste, Leroy Merlin, Lyon', '2015 CAP Operateur logistique']));
  });

  it('reads text under what lets it show: an underline, a strikethrough, a highlighter, a half-transparent box', async () => {
    const marked = [
      CV,
      // Underline and strikethrough: thin rectangles drawn after their text, as Word exports them.
      '0 g 56 628 170 0.6 re f',
      '0 g 56 684 220 0.6 re f',
      // A viewer's highlighter (Multiply) and a half-transparent box over the telephone number.
      'q /Hl gs 1 1 0 rg 54 698 260 14 re f Q',
      'q /Half gs 0.2 0.4 0.8 rg 54 748 90 14 re f Q',
    ].join('\n');
    const lines = await texts(marked);
    expect(lines).toEqual(expect.arrayContaining(['06 45 12 78 90', '2019 - 2024 Magasinier cariste, Leroy Merlin, Lyon', '2016 - 2018 Vendeur, Carrefour, Villeurbanne', '2015 CAP Operateur logistique']));
  });

  it('stays fast on a page of 100,000 glyphs with thousands of rules and boxes drawn after them', async () => {
    const glyphs = Array.from({ length: 400 }, (_, i) => `BT /F1 2 Tf 10 ${10 + i * 2} Td (${'abcdefghij'.repeat(25)}) Tj ET`).join('\n');
    const rules = Array.from({ length: 3000 }, (_, i) => `0 g ${(i % 60) * 10} ${Math.floor(i / 60) * 16} 9 0.2 re f`).join('\n');
    const boxes = Array.from({ length: 3000 }, (_, i) => `0.5 g ${(i % 60) * 10} ${Math.floor(i / 60) * 16} 9 9 re f`).join('\n');
    for (const cover of [rules, boxes]) {
      const started = Date.now();
      await readDocument(pdfWithPages([[flateContent(`${CV}\n${glyphs}\n${cover}`)]]));
      expect(Date.now() - started).toBeLessThan(8_000);
    }
  }, 30_000);
});
