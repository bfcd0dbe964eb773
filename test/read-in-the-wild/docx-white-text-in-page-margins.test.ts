import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// The page footer is where stuffed keywords hide best: white, in small print, repeated on every
// page, away from the text the candidate wrote. White runs there are left out as in the body;
// the name in the page header is read.

const run = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const WHITE = '<w:color w:val="FFFFFF"/>';

describe('DOCX white text in the page header and footer', () => {
  it('leaves out white keywords in the footer and reads the header', async () => {
    const relationships = [
      '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
      '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>',
    ].join('');
    const parts = {
      'word/header1.xml': `<w:hdr %W%>${p('Karim HADDAD - 06 45 12 78 90')}</w:hdr>`,
      'word/footer1.xml': `<w:ftr %W%><w:p>${run('Disponible immediatement')}${run(' Python Java Kubernetes SAP', WHITE)}</w:p><w:p>${run('Leadership negociation management', WHITE)}</w:p></w:ftr>`,
    };
    const document = await readDocument(buildDocx({ body: p('Chauffeur livreur'), parts, relationships }));
    const lines = document.lines.map((line) => line.text);
    expect(lines.join(' ')).not.toMatch(/Python|Kubernetes|Leadership|negociation/);
    expect(lines).toEqual(['Karim HADDAD - 06 45 12 78 90', 'Chauffeur livreur', 'Disponible immediatement']);
  });
});
