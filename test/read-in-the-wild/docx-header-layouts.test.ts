import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// Word's built-in header and footer layouts ("Blank (Three Columns)" and the like) place the name
// on the left and the telephone on the right with a positional tab (w:ptab), and many people type
// dates and compound names with Word's non-breaking hyphen (Ctrl+Shift+-) so that "2019-2024"
// never wraps. Revisions tracked as moves keep the old place of the text (w:moveFrom) beside the
// new one (w:moveTo); Word shows the text once.

const texts = async (bytes: Uint8Array) => (await readDocument(bytes)).lines.map((line) => line.text);
const header = (paragraphs: string) => ({
  parts: { 'word/header1.xml': `<w:hdr %W%>${paragraphs}</w:hdr>` },
  relationships: '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
});
const PTAB = '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const HYPHEN = '<w:r><w:noBreakHyphen/></w:r>';
const MAIN = p('EXPÉRIENCE') + p('Magasinier cariste, Leroy Merlin, Lyon');

describe('DOCX header layouts and special characters', () => {
  it('keeps the name and the telephone of a header apart when a positional tab separates them', async () => {
    const lines = await texts(buildDocx({ body: MAIN, ...header(`<w:p>${run('Karim HADDAD')}${PTAB}${run('06 45 12 78 90')}</w:p>`) }));
    expect(lines[0]).toBe('Karim HADDAD\t06 45 12 78 90');
  });

  it('keeps them apart in the body too', async () => {
    const lines = await texts(buildDocx({ body: `<w:p>${run('Karim HADDAD')}${PTAB}${run('karim.haddad@orange.fr')}</w:p>` + MAIN }));
    expect(lines[0]).toBe('Karim HADDAD\tkarim.haddad@orange.fr');
  });

  it('reads a non-breaking hyphen as a hyphen, in the body and in a header', async () => {
    const lines = await texts(
      buildDocx({
        body: `<w:p>${run('2019')}${HYPHEN}${run('2024 Magasinier cariste')}</w:p>` + MAIN,
        ...header(`<w:p>${run('Jean')}${HYPHEN}${run('Pierre MARTIN')}</w:p>`),
      }),
    );
    expect(lines.slice(0, 2)).toEqual(['Jean-Pierre MARTIN', '2019-2024 Magasinier cariste']);
  });

  it('reads text moved with tracked changes once, at its new place, in the body and in a header', async () => {
    const moved = (text: string) => [`<w:p><w:moveFrom w:id="1" w:author="K">${run(text)}</w:moveFrom></w:p>`, `<w:p><w:moveTo w:id="2" w:author="K">${run(text)}</w:moveTo></w:p>`];
    const [fromBody, toBody] = moved('CACES R489 catégories 1, 3 et 5');
    const [fromHeader, toHeader] = moved('karim.haddad@orange.fr');
    const lines = await texts(buildDocx({ body: fromBody + MAIN + toBody, ...header(p('Karim HADDAD') + fromHeader + toHeader) }));
    expect(lines).toEqual(['Karim HADDAD', 'karim.haddad@orange.fr', 'EXPÉRIENCE', 'Magasinier cariste, Leroy Merlin, Lyon', 'CACES R489 catégories 1, 3 et 5']);
  });
});
