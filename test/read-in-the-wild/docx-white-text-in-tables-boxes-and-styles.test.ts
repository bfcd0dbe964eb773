import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// White keywords are stuffed wherever Word lets them be typed: in a layout table (most CV
// templates are one), in a text box, or through a character or paragraph style coloured white
// rather than a run's own colour. Where nothing is painted under them they are white on the
// white page and left out; a shaded cell, a table style that shades, or a filled text box is a
// template's design, and its white text is read.

const run = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const WHITE = '<w:color w:val="FFFFFF"/>';
const cell = (content: string, properties = '') => `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ''}${content}</w:tc>`;
const table = (rows: string[][], properties = '') => `<w:tbl><w:tblPr>${properties}</w:tblPr>${rows.map((row) => `<w:tr>${row.join('')}</w:tr>`).join('')}</w:tbl>`;
const styles = (inner: string) => `<w:styles %W%>${inner}</w:styles>`;
const texts = async (body: string, parts: Record<string, string> = {}) => (await readDocument(buildDocx({ body, parts }))).lines.map((line) => line.text).join('\n');

/** A text box anchored in a paragraph (Word writes it twice: DrawingML, then VML for older readers). */
function textBox(content: string, fill: string): string {
  const vmlFill = fill === '<a:noFill/>' ? 'filled="f"' : 'fillcolor="#1f3864"';
  return `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0" distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="500000"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="3" name="Zone de texte 3"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:prstGeom prst="rect"/>${fill}<a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Zone 3" type="#_x0000_t202" style="width:157pt;height:39pt" ${vmlFill} stroked="f"><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

describe('DOCX white text in tables, text boxes and styles', () => {
  it('leaves out white keywords in an unshaded layout table, and reads white text in a shaded cell', async () => {
    const body = [
      p('Karim HADDAD'),
      table([
        [cell(p('COMPETENCES')), cell(`<w:p>${run('Soudure TIG')}${run(' Python Java Kubernetes', WHITE)}</w:p>`)],
        [cell(`<w:p>${run('LANGUES', WHITE)}</w:p>`, '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'), cell(p('Anglais : notions'))],
      ]),
    ].join('');
    const lines = await texts(body);
    expect(lines).not.toMatch(/Python|Kubernetes/);
    expect(lines).toMatch(/Soudure TIG/);
    expect(lines).toMatch(/LANGUES/);
    expect(lines).toMatch(/Anglais : notions/);
  });

  it('reads white text in a table whose table style shades it, or shaded as a whole', async () => {
    const banded = styles('<w:style w:type="table" w:styleId="Bandeau"><w:name w:val="Bandeau"/><w:tblStylePr w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="2E74B5"/></w:tcPr></w:tblStylePr></w:style>');
    const body = [p('Karim HADDAD'), table([[cell(`<w:p>${run('EXPERIENCE', WHITE)}</w:p>`)], [cell(p('Soudeur'))]], '<w:tblStyle w:val="Bandeau"/>')].join('');
    expect(await texts(body, { 'word/styles.xml': banded })).toMatch(/EXPERIENCE/);
    const shaded = [p('Karim HADDAD'), table([[cell(`<w:p>${run('FORMATION', WHITE)}</w:p>`)]], '<w:shd w:val="clear" w:color="auto" w:fill="2E74B5"/>')].join('');
    expect(await texts(shaded)).toMatch(/FORMATION/);
  });

  it('leaves out white keywords in an unfilled text box, and reads white text in a filled one', async () => {
    const unfilled = [p('Karim HADDAD'), textBox(`<w:p>${run('Permis C')}${run(' FIMO FCO CACES', WHITE)}</w:p>`, '<a:noFill/>'), p('Chauffeur livreur')].join('');
    const lines = await texts(unfilled);
    expect(lines).not.toMatch(/FIMO|CACES/);
    expect(lines).toMatch(/Permis C/);
    expect(lines).toMatch(/Chauffeur livreur/);
    const filled = [p('Karim HADDAD'), textBox(`<w:p>${run('Permis C', WHITE)}</w:p>`, '<a:solidFill><a:srgbClr val="1F3864"/></a:solidFill>')].join('');
    expect(await texts(filled)).toMatch(/Permis C/);
  });

  it('leaves out keywords white through a character or paragraph style, and reads a white style on a shaded paragraph', async () => {
    const whiteStyles = styles(
      [
        '<w:style w:type="character" w:styleId="Invisible"><w:name w:val="Invisible"/><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="InvisibleBis"><w:name w:val="InvisibleBis"/><w:basedOn w:val="Invisible"/></w:style>',
        '<w:style w:type="paragraph" w:styleId="Cache"><w:name w:val="Cache"/><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Titre"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:pPr><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>',
      ].join(''),
    );
    const body = [
      `<w:p><w:pPr><w:pStyle w:val="Titre"/></w:pPr>${run('Karim HADDAD')}</w:p>`,
      `<w:p>${run('Permis C')}${run(' FIMO FCO', '<w:rStyle w:val="Invisible"/>')}${run(' CACES R489', '<w:rStyle w:val="InvisibleBis"/>')}</w:p>`,
      `<w:p><w:pPr><w:pStyle w:val="Cache"/></w:pPr>${run('Python Java Kubernetes')}</w:p>`,
      // A run of its own colour in a white paragraph style is seen.
      `<w:p><w:pPr><w:pStyle w:val="Cache"/></w:pPr>${run('Chauffeur livreur', '<w:color w:val="000000"/>')}</w:p>`,
    ].join('');
    const lines = await texts(body, { 'word/styles.xml': whiteStyles });
    expect(lines).not.toMatch(/FIMO|CACES|Python|Kubernetes/);
    expect(lines.split('\n')).toEqual(['Karim HADDAD', 'Permis C', 'Chauffeur livreur']);
  });
});
