import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { latin1, PdfBuilder } from '../read/build-pdf';

// CVs designed in InDesign, Illustrator or Affinity keep layers (PDF optional content): a
// bilingual CV draws its French and its English text at the same places, one layer shown and the
// other hidden; a template keeps its instructions on a hidden layer. Viewers and printers show only
// the shown layers, and so must the reader: the hidden text is not on the CV the counsellor sees.

const FRENCH = ['Karim HADDAD', 'EXPERIENCE', '2019 - 2024 Chauffeur livreur, Chronopost, Lyon', 'COMPETENCES', 'Conduite de poids lourds'];
const ENGLISH = ['Karim HADDAD', 'WORK HISTORY', '2019 - 2024 Delivery driver, Chronopost, Lyon', 'SKILLS', 'Heavy goods vehicle driving'];
const lines = (texts: string[], top = 790) => texts.map((text, index) => `BT /F1 11 Tf 56 ${top - index * 18} Td (${text}) Tj ET`).join('\n');

/** A one-page PDF whose content marks each layer's text with /OC; `config` is the default /D. */
function layeredPdf(content: (french: string, english: string) => string, config: (french: number, english: number) => string, { form = false } = {}): Uint8Array {
  const builder = new PdfBuilder();
  const font = builder.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const french = builder.add('<< /Type /OCG /Name (Français) >>');
  const english = builder.add('<< /Type /OCG /Name (English) >>');
  const resources = `/Font << /F1 ${font} 0 R >> /Properties << /Fr ${french} 0 R /En ${english} 0 R >>`;
  let xobjects = '';
  let drawn = content('/OC /Fr BDC', '/OC /En BDC');
  if (form) {
    // Illustrator draws a layer as a form XObject carrying its /OC.
    const englishForm = builder.stream(`/Type /XObject /Subtype /Form /BBox [0 0 595 842] /OC ${english} 0 R /Resources << ${resources} >>`, latin1(lines(ENGLISH)));
    xobjects = `/XObject << /EnLayer ${englishForm} 0 R >>`;
    drawn = `/OC /Fr BDC\n${lines(FRENCH)}\nEMC\n/EnLayer Do`;
  }
  const contents = builder.stream('', latin1(drawn));
  const pages = builder.reserve();
  const page = builder.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << ${resources} ${xobjects} >> /Contents ${contents} 0 R >>`);
  builder.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  const catalog = builder.add(`<< /Type /Catalog /Pages ${pages} 0 R /OCProperties << /OCGs [${french} 0 R ${english} 0 R] /D << ${config(french, english)} >> >> >>`);
  return builder.build(catalog);
}

const bothLanguages = (french: string, english: string) => `${french}\n${lines(FRENCH)}\nEMC\n${english}\n${lines(ENGLISH)}\nEMC`;
const texts = async (bytes: Uint8Array) => (await readDocument(bytes)).lines.map((line) => line.text);

describe('PDF layers (optional content)', () => {
  it('reads only the shown language of a bilingual CV drawn at the same places', async () => {
    expect(await texts(layeredPdf(bothLanguages, (fr, en) => `/ON [${fr} 0 R] /OFF [${en} 0 R]`))).toEqual(FRENCH);
  });

  it('follows the document: the English layer when it is the one shown', async () => {
    expect(await texts(layeredPdf(bothLanguages, (fr, en) => `/ON [${en} 0 R] /OFF [${fr} 0 R]`))).toEqual(ENGLISH);
  });

  it('leaves out a hidden layer drawn as a form, and a hidden layer of instructions elsewhere on the page', async () => {
    expect(await texts(layeredPdf(bothLanguages, (fr, en) => `/OFF [${en} 0 R]`, { form: true }))).toEqual(FRENCH);
    const instructions = (french: string, english: string) => `${french}\n${lines(FRENCH)}\nEMC\n${english}\n${lines(['Remplacez ce texte par vos competences : Excel, SAP, anglais courant'], 200)}\nEMC`;
    expect(await texts(layeredPdf(instructions, (fr, en) => `/BaseState /ON /OFF [${en} 0 R]`))).toEqual(FRENCH);
  });

  it('reads every layer when all are shown', async () => {
    const all = await texts(layeredPdf(bothLanguages, () => '/BaseState /ON'));
    expect(all).toEqual(expect.arrayContaining(['SKILLS', 'COMPETENCES'].map((heading) => expect.stringContaining(heading))));
  });
});
