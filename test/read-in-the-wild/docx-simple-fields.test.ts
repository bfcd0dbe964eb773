import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// Word keeps a field's last result inside it: a complex field between w:fldChar marks, or a simple
// field (w:fldSimple) wrapping the runs it shows. CV builders and mail-merge templates write
// e-mail addresses, web sites and merged names as simple fields; their text is on the page and
// must be read, without the field's instruction.

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('DOCX simple fields', () => {
  it('reads the text a simple field shows (a hyperlink, a merged name), not its instruction', async () => {
    const body = [
      `<w:p><w:fldSimple w:instr=" MERGEFIELD Nom \\* MERGEFORMAT ">${run('Karim HADDAD')}</w:fldSimple></w:p>`,
      `<w:p>${run('Email : ')}<w:fldSimple w:instr=" HYPERLINK &quot;mailto:karim.haddad@orange.fr&quot; "><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>karim.haddad@orange.fr</w:t></w:r></w:fldSimple>${run(' - 06 45 12 78 90')}</w:p>`,
      p('Chauffeur livreur'),
    ].join('');
    const lines = (await readDocument(buildDocx({ body }))).lines.map((line) => line.text);
    expect(lines).toEqual(['Karim HADDAD', 'Email : karim.haddad@orange.fr - 06 45 12 78 90', 'Chauffeur livreur']);
  });
});
