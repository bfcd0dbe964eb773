import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// DOCX markup as Word, WPS Office, Google Docs and web editors write it, around a short CV.

const texts = async (bytes: Uint8Array) => (await readDocument(bytes)).lines.map((line) => line.text);
const relationship = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;

const boxContent = (lines: string[]) => `<w:txbxContent>${lines.map((line) => p(line)).join('')}</w:txbxContent>`;
/** A modern (DrawingML) text box anchored in a run. */
const drawingTextBox = (lines: string[]) =>
  `<w:drawing><wp:anchor><wp:docPr id="1" name="Zone de texte 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:txbx>${boxContent(lines)}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
/** The legacy (VML) copy Word writes beside it for older readers. */
const vmlTextBox = (lines: string[]) => `<w:pict><v:shape><v:textbox>${boxContent(lines)}</v:textbox></v:shape></w:pict>`;

const SIDEBAR = ['Karim HADDAD', '06 45 12 78 90', 'karim.haddad@orange.fr'];
const MAIN = [p('EXPÉRIENCE'), p('2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon')].join('');

describe('DOCX text boxes', () => {
  it('reads a Word text box once although Choice and Fallback both hold its text', async () => {
    const box = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawingTextBox(SIDEBAR)}</mc:Choice><mc:Fallback>${vmlTextBox(SIDEBAR)}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const lines = await texts(buildDocx({ body: box + MAIN }));
    expect(lines.filter((line) => line === 'karim.haddad@orange.fr')).toHaveLength(1);
    expect(lines).toEqual([...SIDEBAR, 'EXPÉRIENCE', '2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon']);
  });

  it('reads a text box written without a VML fallback (WPS Office, web editors)', async () => {
    const box = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawingTextBox(SIDEBAR)}</mc:Choice></mc:AlternateContent></w:r></w:p>`;
    expect(await texts(buildDocx({ body: box + MAIN }))).toEqual(expect.arrayContaining(SIDEBAR));
  });

  it('reads a DrawingML text box that is not wrapped in mc:AlternateContent', async () => {
    const box = `<w:p><w:r>${drawingTextBox(SIDEBAR)}</w:r></w:p>`;
    expect(await texts(buildDocx({ body: box + MAIN }))).toEqual(expect.arrayContaining(SIDEBAR));
  });
});

describe('DOCX inline markup', () => {
  it('keeps the text of fields, hyperlinks, content controls, smart tags, insertions, breaks and tabs, never the field code', async () => {
    const body = [
      `<w:sdt><w:sdtPr><w:alias w:val="Nom"/></w:sdtPr><w:sdtContent><w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName"><w:r><w:t>Karim</w:t></w:r></w:smartTag><w:r><w:t xml:space="preserve"> HADDAD</w:t></w:r></w:p></w:sdtContent></w:sdt>`,
      `<w:p><w:r><w:t xml:space="preserve">Courriel : </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:karim.haddad@orange.fr" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>karim.haddad@orange.fr</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      `<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>linkedin.com/in/karimhaddad</w:t></w:r></w:hyperlink></w:p>`,
      `<w:p><w:r><w:t>12 rue Garibaldi</w:t><w:br/><w:t>69003 Lyon</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>2019 – 2024</w:t><w:tab/><w:t>Magasinier cariste</w:t></w:r><w:ins w:id="1" w:author="K"><w:r><w:t xml:space="preserve"> – Leroy Merlin</w:t></w:r></w:ins><w:del w:id="2" w:author="K"><w:r><w:delText> – Castorama</w:delText></w:r></w:del></w:p>`,
    ].join('');
    const lines = await texts(buildDocx({ body, relationships: relationship('rIdLink', 'hyperlink', 'https://linkedin.com/in/karimhaddad', true) }));
    expect(lines).toEqual([
      'Karim HADDAD',
      'Courriel : karim.haddad@orange.fr',
      'linkedin.com/in/karimhaddad',
      '12 rue Garibaldi',
      '69003 Lyon',
      '2019 – 2024\tMagasinier cariste – Leroy Merlin',
    ]);
  });

  it('reads text Word wrapped in a right-to-left embedding or a direction override (an Arabic word among French ones)', async () => {
    const body = [
      p('Karim HADDAD'),
      `<w:p><w:r><w:t xml:space="preserve">Langues : </w:t></w:r><w:dir w:val="rtl"><w:r><w:rPr><w:rtl/></w:rPr><w:t>العربية</w:t></w:r></w:dir><w:r><w:t xml:space="preserve"> (langue maternelle), français courant</w:t></w:r></w:p>`,
      `<w:p><w:bdo w:val="ltr"><w:r><w:t>2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon</w:t></w:r></w:bdo></w:p>`,
    ].join('');
    expect(await texts(buildDocx({ body }))).toEqual(['Karim HADDAD', 'Langues : العربية (langue maternelle), français courant', '2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon']);
  });

  it('reads a Google Docs export without styles.xml', async () => {
    expect(await texts(buildDocx({ noStyles: true, body: p('Karim HADDAD') + MAIN }))).toEqual(['Karim HADDAD', 'EXPÉRIENCE', '2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon']);
  });

  it('keeps a job title with a footnote mark clean, and no back-link arrow after the note', async () => {
    const body = p('Karim HADDAD') + `<w:p><w:r><w:t>Magasinier cariste</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>` + MAIN;
    const footnotes = `<w:footnotes %W%><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> CACES R489 catégories 1, 3 et 5</w:t></w:r></w:p></w:footnote></w:footnotes>`;
    const lines = await texts(buildDocx({ body, parts: { 'word/footnotes.xml': footnotes }, relationships: relationship('rIdNotes', 'footnotes', 'footnotes.xml') }));
    expect(lines[1]).toBe('Magasinier cariste');
    expect(lines.join('\n')).not.toMatch(/↑|\[1\]/);
  });
});

describe('DOCX layout table', () => {
  it('reads a two-column layout table with merged cells column by column', async () => {
    const cell = (paragraphs: string[], properties = '') => `<w:tc><w:tcPr>${properties}</w:tcPr>${paragraphs.map((text) => p(text)).join('') || '<w:p/>'}</w:tc>`;
    const body = `<w:tbl><w:tr>${cell(['Karim HADDAD'], '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${cell(['CONTACT', '06 45 12 78 90', 'karim.haddad@orange.fr'], '<w:vMerge w:val="restart"/>')}${cell(['EXPÉRIENCE', 'Magasinier cariste, Leroy Merlin'])}</w:tr><w:tr>${cell([], '<w:vMerge/>')}${cell(['FORMATION', 'CAP Opérateur logistique'])}</w:tr></w:tbl>`;
    const document = await readDocument(buildDocx({ body }));
    const lines = document.lines.map((line) => line.text);
    expect(lines).toEqual(['Karim HADDAD', 'CONTACT', '06 45 12 78 90', 'karim.haddad@orange.fr', 'EXPÉRIENCE', 'Magasinier cariste, Leroy Merlin', 'FORMATION', 'CAP Opérateur logistique']);
    const block = (text: string) => document.lines.find((line) => line.text === text)?.block;
    expect(block('CONTACT')).not.toBe(block('EXPÉRIENCE'));
  });
});

describe('hostile DOCX', () => {
  const refusal = async (bytes: Uint8Array) => {
    const started = Date.now();
    const error = await readDocument(bytes).then(
      () => null,
      (caught: unknown) => caught,
    );
    return { error, ms: Date.now() - started };
  };
  const lol = Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ''};`.repeat(10)}">`).join('');

  it('refuses entity expansion (billion laughs) in document.xml fast', async () => {
    const { error, ms } = await refusal(buildDocx({ prolog: `<!DOCTYPE w:document [<!ENTITY lol "lol">${lol}]>`, body: p('Karim HADDAD') + p('&lol9;') }));
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toBe('corrupt-file');
    expect(ms).toBeLessThan(5_000);
  });

  it('does not expand entities declared in a page header', async () => {
    const header = `<!DOCTYPE w:hdr [<!ENTITY lol "lol">${lol}]><w:hdr %W%>${p('&lol9;')}</w:hdr>`;
    const lines = await texts(buildDocx({ body: p('Karim HADDAD') + MAIN, parts: { 'word/header1.xml': header }, relationships: relationship('rIdH', 'header', 'header1.xml') }));
    expect(lines.join('\n').length).toBeLessThan(1_000);
    expect(lines).toContain('Karim HADDAD');
  });

  it('refuses a deeply nested document body as a damaged file', async () => {
    const { error } = await refusal(buildDocx({ body: '<w:sdt><w:sdtContent>'.repeat(20_000) + p('Karim HADDAD') + '</w:sdtContent></w:sdt>'.repeat(20_000) }));
    expect((error as CvError).code).toBe('corrupt-file');
  });

  it('refuses a deeply nested page header as a damaged file, not as an internal error', async () => {
    const header = `<w:hdr %W%>${'<w:sdt><w:sdtContent>'.repeat(20_000)}${p('Karim HADDAD')}${'</w:sdtContent></w:sdt>'.repeat(20_000)}</w:hdr>`;
    const { error } = await refusal(buildDocx({ body: MAIN, parts: { 'word/header1.xml': header }, relationships: relationship('rIdH', 'header', 'header1.xml') }));
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toBe('corrupt-file');
  });
});
