import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildOdt } from './build-office';

// LibreOffice keeps the text of a shape (a rectangle or callout drawn as a sidebar or a header
// band, and every Word text box of a .docx it saved as .odt) as paragraphs inside the shape,
// anchored in a paragraph of the body. Those paragraphs are lines of their own, read after the
// anchoring paragraph, as the text of a frame is.

const texts = async (bytes: Uint8Array) => (await readDocument(bytes)).lines.map((line) => line.text);
const geometry = '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="rectangle" draw:enhanced-path="M 0 0 L 21600 0 21600 21600 0 21600 0 0 Z N"/>';
const shape = (name: string, lines: string[], kind = 'draw:custom-shape') =>
  `<${kind} text:anchor-type="paragraph" draw:z-index="0" draw:name="${name}" draw:style-name="gr1" draw:text-style-name="P2" svg:width="6cm" svg:height="4cm" svg:x="0cm" svg:y="0cm">${lines
    .map((line) => `<text:p text:style-name="P2">${line}</text:p>`)
    .join('')}${kind === 'draw:custom-shape' ? geometry : ''}</${kind}>`;
const SIDEBAR = ['Karim HADDAD', '06 45 12 78 90', 'karim.haddad@orange.fr'];

describe('ODT shapes holding text', () => {
  it('reads each paragraph of a shape as its own line, not glued to the paragraph it is anchored in', async () => {
    const lines = await texts(buildOdt(`<text:p text:style-name="P1">${shape('Forme 1', SIDEBAR)}EXPÉRIENCE</text:p><text:p>2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon</text:p>`));
    expect(lines).toEqual(['EXPÉRIENCE', ...SIDEBAR, '2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon']);
  });

  it('does so for a rectangle, and for shapes grouped together in an otherwise empty paragraph', async () => {
    const grouped = `<text:p text:style-name="P1"><draw:g>${shape('Forme 1', SIDEBAR)}${shape('Forme 2', ['Permis B', 'CACES R489 cat. 3'], 'draw:rect')}</draw:g></text:p><text:p>EXPÉRIENCE</text:p>`;
    expect(await texts(buildOdt(grouped))).toEqual([...SIDEBAR, 'Permis B', 'CACES R489 cat. 3', 'EXPÉRIENCE']);
  });
});
