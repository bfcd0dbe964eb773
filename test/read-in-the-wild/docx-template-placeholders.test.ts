import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// A CV begun from one of Word's templates: each field is a content control that shows a grey prompt
// until the job seeker types in it. The prompts left untouched are the template's words, not the
// CV's: they are not read. What was typed in the other controls is.

const texts = async (bytes: Uint8Array) => (await readDocument(bytes)).lines.map((line) => line.text);
const run = (text: string, style = '') => `<w:r>${style ? `<w:rPr><w:rStyle w:val="${style}"/></w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
/** A content control around runs (inline) or paragraphs (block), showing its prompt or typed in. */
const control = (alias: string, content: string, prompt: boolean) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="${alias}"/><w:id w:val="${alias.length * 7919}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>${prompt ? '<w:showingPlcHdr/>' : ''}<w:text/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;

describe('DOCX made from a template of content controls', () => {
  it('leaves out the prompts of controls no one typed in, in the body and the page header, and reads the typed ones', async () => {
    const header = `<w:hdr %W%>${p('Karim HADDAD')}<w:p>${control('Téléphone', run('06 45 12 78 90'), false)}${run(' | ')}${control('Adresse', run('[Adresse]', 'PlaceholderText'), true)}</w:p></w:hdr>`;
    const body = [
      control('Objectif', `<w:p>${run('Cliquez ou appuyez ici pour entrer du texte.', 'PlaceholderText')}</w:p>`, true),
      p('EXPÉRIENCE'),
      `<w:p>${control('Poste', run('Magasinier cariste'), false)}${run(', ')}${control('Employeur', run('[Nom de la société]', 'PlaceholderText'), true)}</w:p>`,
      p('COMPÉTENCES'),
      control('Compétences', `<w:p>${run('Indiquez vos compétences clés.', 'PlaceholderText')}</w:p>`, true),
      p('Conduite de chariots élévateurs'),
    ].join('');
    const lines = await texts(buildDocx({ body, parts: { 'word/header1.xml': header }, relationships: relationship('rIdH', 'header', 'header1.xml') }));
    expect(lines).toEqual(['Karim HADDAD', '06 45 12 78 90 |', 'EXPÉRIENCE', 'Magasinier cariste,', 'COMPÉTENCES', 'Conduite de chariots élévateurs']);
  });

  it('keeps the cells of a layout table whose cell is a control still showing its prompt', async () => {
    const cell = (content: string) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
    const body = `<w:tbl><w:tr>${cell(p('2019 – 2024'))}${control('Poste', cell(`<w:p>${run('[Intitulé du poste]', 'PlaceholderText')}</w:p>`), true)}${cell(p('Leroy Merlin, Lyon'))}</w:tr></w:tbl>`;
    const lines = await texts(buildDocx({ body: p('Karim HADDAD') + body }));
    expect(lines.join('\n')).not.toContain('Intitulé du poste');
    expect(lines.join('\n')).toMatch(/2019 – 2024\s+Leroy Merlin, Lyon/);
  });
});
