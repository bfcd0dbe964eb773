import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// Text hidden through a style rather than by hand: a character style "Caché" (or one based on
// it) applied to keywords stuffed for applicant-tracking systems, a paragraph style a template uses
// for its instructions. Word neither shows nor prints it, like text formatted hidden.

const STYLES = `<w:styles %W%>
  <w:style w:type="character" w:styleId="Cache"><w:name w:val="Caché"/><w:rPr><w:vanish/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="MotsCles"><w:name w:val="Mots clés"/><w:basedOn w:val="Cache"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Visible"><w:name w:val="Visible"/><w:basedOn w:val="Cache"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Consigne"><w:name w:val="Consigne"/><w:rPr><w:vanish/><w:i/></w:rPr></w:style>
</w:styles>`;
const styled = (style: string, text: string) => `<w:r><w:rPr><w:rStyle w:val="${style}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const instruction = (text: string, run = `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`) => `<w:p><w:pPr><w:pStyle w:val="Consigne"/></w:pPr>${run}</w:p>`;
const texts = async (bytes: Uint8Array) => (await readDocument(bytes)).lines.map((line) => line.text);

describe('DOCX text hidden by a style', () => {
  it('leaves out text in a hiding character style, one based on it, and a hiding paragraph style', async () => {
    const body = [
      p('Karim HADDAD'),
      `<w:p><w:r><w:t xml:space="preserve">Magasinier cariste</w:t></w:r>${styled('Cache', ' python java kubernetes')}${styled('MotsCles', ' SAP Salesforce')}</w:p>`,
      instruction('Décrivez ici vos missions en trois lignes.'),
      p('EXPÉRIENCE'),
      `<w:p>${styled('Visible', '2019 – 2024 Leroy Merlin, Lyon')}</w:p>`,
      instruction('', `<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>CACES R489</w:t></w:r>`),
    ].join('');
    expect(await texts(buildDocx({ body, parts: { 'word/styles.xml': STYLES } }))).toEqual(['Karim HADDAD', 'Magasinier cariste', 'EXPÉRIENCE', '2019 – 2024 Leroy Merlin, Lyon', 'CACES R489']);
  });

  it('leaves it out of a page header too', async () => {
    const header = `<w:hdr %W%>${p('Karim HADDAD')}${instruction('Votre nom et votre téléphone')}<w:p>${styled('MotsCles', 'manager')}</w:p></w:hdr>`;
    const lines = await texts(
      buildDocx({
        body: p('EXPÉRIENCE'),
        parts: { 'word/styles.xml': STYLES, 'word/header1.xml': header },
        relationships: '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
      }),
    );
    expect(lines).toEqual(['Karim HADDAD', 'EXPÉRIENCE']);
  });
});
