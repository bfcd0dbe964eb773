import { buildDoc, type DocOptions } from '../read/build-doc';

// CVs as Word 97–2003 documents, laid out as Word 2003 saves them: the contact line in the page
// header (the same text in the first-page header), a PAGE field in the footer, headings in the
// 'Titre 1' style, the experience as a two-column table, a hyperlink field, and — the hostile
// trick — keywords in hidden text. Word stores text it can as 8-bit pieces and the rest (or an edited run, after a
// fast save) as UTF-16 pieces.

const CONTACT = 'claire.moreau44@orange.fr\t\t07 81 23 45 67\r';

export const FRENCH_DOC_CV: DocOptions = {
  body: [
    { text: 'Claire MOREAU\r', bold: true },
    'Aide-soignante diplômée d’État',
    { text: ' infirmière cadre de santé directrice', hidden: true },
    '\r',
    { text: 'Expérience professionnelle\r', paragraphStyle: 1 },
    { rows: [['Depuis 2020', 'Aide-soignante, EHPAD Les Tilleuls, Nantes'], ['2015 – 2020', 'Agent de service hospitalier, CHU de Nantes']] },
    { text: 'Compétences\r', paragraphStyle: 1 },
    { text: 'Soins d’hygiène et de confort\r', unicode: true },
    'Aide à la prise des repas\r',
    'Profil : \u0013 HYPERLINK "https://www.linkedin.com/in/claire-moreau" \u0014linkedin.com/in/claire-moreau\u0015\r',
  ],
  headerStories: ['', CONTACT, '', '\u0013 PAGE \\* MERGEFORMAT \u00141\u0015\r', CONTACT, ''],
  // Word's 'Titre 1' is the built-in Heading 1 (sti 1): bold by the style, not on the characters.
  styles: [
    { name: 'Normal', kind: 'paragraph', sti: 0 },
    { name: 'Titre 1', kind: 'paragraph', sti: 1, base: 0, bold: true },
  ],
  paragraphProperties: true,
  prc: true,
};

export const ENGLISH_DOC_CV: DocOptions = {
  body: [
    { text: 'John Smith\r', bold: true },
    'Warehouse Operative – Leeds – john.smith@example.co.uk – 07700 900123\r',
    { text: 'WORK EXPERIENCE\r', bold: true },
    { rows: [['2019 – present', 'Forklift Driver, Tesco Distribution, Leeds'], ['2014 – 2019', 'Picker Packer, Amazon, Doncaster']] },
    { text: 'SKILLS\r', bold: true },
    'Counterbalance and reach trucks; stock control; health and safety\r',
  ],
  paragraphProperties: true,
};

export const docBytes = (options: DocOptions) => buildDoc(options);
