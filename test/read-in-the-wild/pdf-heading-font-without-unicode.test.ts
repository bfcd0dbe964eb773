import { afterAll, describe, expect, it } from 'vitest';
import { terminateOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { readDocument } from '../../lib/read/read-document';
import { PdfBuilder } from '../read/build-pdf';

// Online CV builders embed a display font for the headings beside a plain body font; when only the
// heading font's Unicode map is broken (codes sent to the private-use area), the page is mostly
// good text and the headings are junk. Under the page-level garbage threshold the page is taken as
// is and the headings are lost: the section structure of the CV with them.

afterAll(() => terminateOcrEngine());

const BODY = 1;
const HEADING = 2;
const CV: [string, number][] = [
  ['Karim HADDAD', BODY],
  ['Chauffeur livreur poids lourd', BODY],
  ['06 45 12 78 90 - karim.haddad@orange.fr', BODY],
  ['EXPERIENCE PROFESSIONNELLE', HEADING],
  ['2019 - 2024 Chauffeur livreur, Chronopost, Lyon', BODY],
  ['Livraison de colis en zone urbaine, chargement du camion, tournees de 80 points.', BODY],
  ['2015 - 2019 Chauffeur poids lourd, Transports Perrin, Vienne', BODY],
  ['Transport regional de marchandises, arrimage, controle du vehicule.', BODY],
  ['FORMATION', HEADING],
  ['2015 Permis C et FIMO marchandises', BODY],
  ['2012 CAP Conducteur livreur de marchandises', BODY],
  ['COMPETENCES', HEADING],
  ['Conduite en securite, gestion des tournees, relation client', BODY],
  ['LANGUES', HEADING],
  ['Anglais : B1', BODY],
  ['Arabe : langue maternelle', BODY],
  ['Centres d interet : football en club, randonnee, bricolage', BODY],
];

function cvWithBrokenHeadingFont(): Uint8Array {
  const builder = new PdfBuilder();
  const body = builder.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const codes: string[] = [];
  for (let code = 0x21; code <= 0x7e; code += 1) codes.push(`<${code.toString(16)}> <${(0xe000 + code).toString(16)}>`);
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Broken def /CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange ${codes.length} beginbfchar ${codes.join(' ')} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  const toUnicode = builder.stream('', new Uint8Array(Buffer.from(cmap, 'latin1')));
  const heading = builder.add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding /ToUnicode ${toUnicode} 0 R >>`);
  const text = CV.map(([line, font], index) => `BT /F${font} ${font === HEADING ? 13 : 11} Tf 56 ${790 - index * 22} Td (${line}) Tj ET`).join('\n');
  const contents = builder.stream('', new Uint8Array(Buffer.from(text, 'latin1')));
  const pages = builder.reserve();
  const page = builder.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F${BODY} ${body} 0 R /F${HEADING} ${heading} 0 R >> >> /Contents ${contents} 0 R >>`);
  builder.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  return builder.build(builder.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`));
}

describe('PDF whose heading font has a broken Unicode map', () => {
  it('reads the headings as words, with no private-use characters in any line', async () => {
    const document = await readDocument(cvWithBrokenHeadingFont());
    const lines = document.lines.map((line) => line.text);
    expect(lines.join('\n')).not.toMatch(/[\uE000-\uF8FF]/u);
    expect(lines).toEqual(expect.arrayContaining(['EXPERIENCE PROFESSIONNELLE', 'FORMATION', 'COMPETENCES', 'LANGUES']));
    expect(lines).toContain('06 45 12 78 90 - karim.haddad@orange.fr');
  }, 240_000);
});
