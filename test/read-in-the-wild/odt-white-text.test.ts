import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildOdt } from './build-office';

// LibreOffice writes a colour chosen by hand as an automatic style (fo:color="#ffffff" in
// content.xml): white keywords stuffed for applicant-tracking systems look like any other span.
// On the white page no one sees them; on a paragraph or table cell with a background, or in a
// document with pictures or shapes that may lie under the text, white text is a template's design
// and is read.

const texts = async (text: string, automaticStyles: string) => (await readDocument(buildOdt(text, { automaticStyles }))).lines.map((line) => line.text);
const STYLES = [
  '<style:style style:name="T1" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style>',
  '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:color="#FEFEFE"/></style:style>',
  '<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:background-color="#1f3864"/><style:text-properties fo:color="#ffffff"/></style:style>',
  '<style:style style:name="T2" style:family="text"><style:text-properties fo:color="#000000"/></style:style>',
  '<style:style style:name="Cell1" style:family="table-cell"><style:table-cell-properties fo:background-color="#2e74b5"/></style:style>',
].join('');

describe('ODT white text', () => {
  it('leaves out white keywords on the white page, by a span or a paragraph style, and reads white text on a background', async () => {
    const body = [
      '<text:p text:style-name="P2">Karim HADDAD</text:p>',
      '<text:p>Permis C<text:span text:style-name="T1"> FIMO FCO CACES</text:span> et ADR</text:p>',
      '<text:p text:style-name="P1">Python Java Kubernetes</text:p>',
      '<text:p text:style-name="P1"><text:span text:style-name="T2">Chauffeur livreur</text:span></text:p>',
      '<table:table><table:table-row><table:table-cell table:style-name="Cell1"><text:p><text:span text:style-name="T1">COMPETENCES</text:span></text:p></table:table-cell><table:table-cell><text:p>Conduite<text:span text:style-name="T1"> Leadership negociation</text:span></text:p></table:table-cell></table:table-row></table:table>',
    ].join('');
    const lines = await texts(body, STYLES);
    expect(lines.join('\n')).not.toMatch(/FIMO|CACES|Python|Kubernetes|Leadership|negociation/);
    expect(lines.join('\n')).toMatch(/COMPETENCES/);
    expect(lines.slice(0, 3)).toEqual(['Karim HADDAD', 'Permis C et ADR', 'Chauffeur livreur']);
  });

  it('reads white text in a document with a picture that may lie under it', async () => {
    const body = '<text:p><draw:frame draw:name="Image1" text:anchor-type="page" svg:width="21cm" svg:height="5cm"><draw:image xlink:href="Pictures/bandeau.png"/></draw:frame></text:p><text:p><text:span text:style-name="T1">Karim HADDAD</text:span></text:p><text:p>Chauffeur livreur</text:p>';
    expect(await texts(body, STYLES)).toEqual(['Karim HADDAD', 'Chauffeur livreur']);
  });
});
