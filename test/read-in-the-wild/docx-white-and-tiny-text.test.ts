import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// The commonest way to stuff a CV for applicant-tracking systems is in Word: keywords typed in
// white, or in a 1-point font, at the end of a paragraph or on a line of their own. Word shows
// white on the white page and a 1-point line as nothing; a robot reads both. Yet white text is
// everyday design in Word too: a name on a shaded paragraph, in a dark table cell, on a text box or
// a shape drawn behind the text. Only white runs where nothing can lie beneath them are left out:
// on an unshaded paragraph outside tables, in a document without a background, shapes or text
// boxes; a document with any of those keeps its white text (read as before).

const run = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const WHITE = '<w:color w:val="FFFFFF" w:themeColor="background1"/>';
const texts = async (body: string, parts: Record<string, string> = {}) => (await readDocument(buildDocx({ body, parts }))).lines.map((line) => line.text);

describe('DOCX text no one sees', () => {
  it('leaves out white keywords on the white page, and keywords in a 1-point font', async () => {
    const body = [
      p('Karim HADDAD'),
      p('Chauffeur livreur'),
      `<w:p>${run('Permis C')}${run(' soudure TIG chaudronnerie management', WHITE)}${run(' et FIMO')}</w:p>`,
      `<w:p>${run('Python Java Kubernetes SAP gestion de projet', `<w:color w:val="FEFEFE"/><w:sz w:val="16"/>`)}</w:p>`,
      `<w:p>${run('Leadership negociation anglais courant', '<w:sz w:val="2"/><w:szCs w:val="2"/>')}</w:p>`,
      // In a table too, tiny print is left out (a cell may be shaded, so its white text is read).
      `<w:tbl><w:tr><w:tc>${p('Anglais : notions')}<w:p>${run('Excel PowerPoint', '<w:sz w:val="2"/>')}</w:p></w:tc></w:tr></w:tbl>`,
    ].join('');
    const lines = await texts(body);
    expect(lines.join(' ')).not.toMatch(/soudure|chaudronnerie|Python|Kubernetes|Leadership|negociation|Excel|PowerPoint/);
    expect(lines).toEqual(['Karim HADDAD', 'Chauffeur livreur', 'Permis C et FIMO', 'Anglais : notions']);
  });

  it('reads white text on a shaded run, paragraph or paragraph style, in a table cell, and in a document with shapes in its body or page header', async () => {
    const styles = `<w:styles %W%><w:style w:type="paragraph" w:styleId="Bandeau"><w:name w:val="Bandeau"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="BandeauTitre"><w:basedOn w:val="Bandeau"/></w:style></w:styles>`;
    const body = [
      `<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:pPr>${run('Karim HADDAD', WHITE)}</w:p>`,
      `<w:p>${run('Chauffeur livreur', `${WHITE}<w:shd w:val="clear" w:color="auto" w:fill="C00000"/>`)}</w:p>`,
      `<w:p><w:pPr><w:pStyle w:val="BandeauTitre"/></w:pPr>${run('EXPERIENCE', WHITE)}</w:p>`,
      `<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="2E74B5"/></w:tcPr><w:p>${run('COMPETENCES', WHITE)}</w:p></w:tc></w:tr></w:tbl>`,
    ].join('');
    expect(await texts(body, { 'word/styles.xml': styles })).toEqual(['Karim HADDAD', 'Chauffeur livreur', 'EXPERIENCE', 'COMPETENCES']);
    // A rectangle drawn behind the text (a header band) may lie under any white paragraph.
    const band = `<w:p><w:r><w:drawing><wp:anchor behindDoc="1" distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="7560000" cy="1440000"/><wp:wrapNone/><wp:docPr id="1" name="Rectangle 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr><a:prstGeom prst="rect"/><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>`;
    expect(await texts(`${band}<w:p>${run('Karim HADDAD', WHITE)}</w:p>${p('Chauffeur livreur')}`)).toEqual(['Karim HADDAD', 'Chauffeur livreur']);
    // Templates anchor that band in the page header, so that it repeats on every page.
    const header = `<w:hdr %W%>${band}</w:hdr>`;
    const relationships = '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>';
    const document = await readDocument(buildDocx({ body: `<w:p>${run('Karim HADDAD', WHITE)}</w:p>${p('Chauffeur livreur')}`, parts: { 'word/header1.xml': header }, relationships }));
    expect(document.lines.map((line) => line.text)).toEqual(['Karim HADDAD', 'Chauffeur livreur']);
  });
});
