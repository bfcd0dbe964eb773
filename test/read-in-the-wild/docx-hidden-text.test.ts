import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// Text formatted as hidden (w:vanish) is neither shown nor printed by Word: template instructions
// left in a downloaded CV model, or keywords hidden to game applicant-tracking systems. What the
// counsellor never sees in the CV must not become evidence for a suggestion.

const hidden = (text: string) => `<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('DOCX hidden text', () => {
  it('leaves out hidden runs and paragraphs, in the body and in the page header', async () => {
    const body = [
      p('Karim HADDAD'),
      `<w:p>${hidden('[Tapez ici le poste recherché]')}</w:p>`,
      p('Chauffeur livreur'),
      `<w:p><w:r><w:t xml:space="preserve">Permis C</w:t></w:r>${hidden(' soudure TIG, chaudronnerie, management d’équipe')}</w:p>`,
    ].join('');
    const header = `<w:hdr %W%><w:p>${hidden('Modèle de CV – supprimez cette ligne')}</w:p>${p('karim.haddad@orange.fr')}</w:hdr>`;
    const document = await readDocument(
      buildDocx({
        body,
        parts: { 'word/header1.xml': header },
        relationships: '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
      }),
    );
    expect(document.lines.map((line) => line.text)).toEqual(['karim.haddad@orange.fr', 'Karim HADDAD', 'Chauffeur livreur', 'Permis C']);
  });
});
