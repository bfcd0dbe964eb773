import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { docBytes, ENGLISH_DOC_CV, FRENCH_DOC_CV } from './doc-cvs';

// A CV saved by Word 2003 as .doc reads as the same CV saved as .docx would: the contact line of
// the page header first, bold headings, each experience row as one 'dates ⇥ job' line, accented
// words whole, the link's visible text, and no hidden keywords.

describe('a .doc CV from Word 97–2003', () => {
  it('reads a French CV: header, name, headings, table rows, accents; hidden keywords dropped', async () => {
    const document = await readDocument(docBytes(FRENCH_DOC_CV), { fileName: 'CV Claire Moreau.doc' });
    expect(document.kind).toBe('doc');
    expect(document.lines.map((line) => [line.text, line.bold])).toEqual([
      ['claire.moreau44@orange.fr\t07 81 23 45 67', false],
      ['Claire MOREAU', true],
      ['Aide-soignante diplômée d’État', false],
      ['Expérience professionnelle', true],
      ['Depuis 2020\tAide-soignante, EHPAD Les Tilleuls, Nantes', false],
      ['2015 – 2020\tAgent de service hospitalier, CHU de Nantes', false],
      ['Compétences', true],
      ['Soins d’hygiène et de confort', false],
      ['Aide à la prise des repas', false],
      ['Profil : linkedin.com/in/claire-moreau', false],
    ]);
    expect(JSON.stringify(document)).not.toContain('cadre de santé');
    expect(JSON.stringify(document)).not.toContain('HYPERLINK');
  });

  it('reads an English CV', async () => {
    const document = await readDocument(docBytes(ENGLISH_DOC_CV), { fileName: 'John Smith CV.doc' });
    expect(document.lines.map((line) => line.text)).toEqual([
      'John Smith',
      'Warehouse Operative – Leeds – john.smith@example.co.uk – 07700 900123',
      'WORK EXPERIENCE',
      '2019 – present\tForklift Driver, Tesco Distribution, Leeds',
      '2014 – 2019\tPicker Packer, Amazon, Doncaster',
      'SKILLS',
      'Counterbalance and reach trucks; stock control; health and safety',
    ]);
  });
});
