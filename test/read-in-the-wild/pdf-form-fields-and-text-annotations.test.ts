import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { latin1, PdfBuilder } from '../read/build-pdf';

// "CV à remplir": a fillable PDF template (or a job application form) filled in Acrobat or a
// browser and saved without flattening keeps what the applicant typed in form fields, drawn from
// the fields' appearances and not from the page's content. A PDF edited with a viewer's "add text"
// tool keeps the additions as FreeText annotations the same way. Every viewer and printer shows
// both; the text layer of the page holds neither. A field the document hides is not shown.

interface Annotation {
  /** The annotation's dictionary, without /Type, /Rect, /P and /AP. */
  dictionary: string;
  rect: [number, number, number, number];
  /** Text drawn by its appearance, if it has one. */
  appearance?: string;
}

function formPdf(content: string, annotations: Annotation[], { needAppearances = false } = {}): Uint8Array {
  const builder = new PdfBuilder();
  const font = builder.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pages = builder.reserve();
  const page = builder.reserve();
  const refs = annotations.map(({ dictionary, rect, appearance }) => {
    const [x1, y1, x2, y2] = rect;
    const ap = appearance === undefined ? '' : `/AP << /N ${builder.stream(`/Type /XObject /Subtype /Form /BBox [0 0 ${x2 - x1} ${y2 - y1}] /Resources << /Font << /Helv ${font} 0 R >> >>`, latin1(`/Tx BMC BT /Helv 11 Tf 2 5 Td (${appearance}) Tj ET EMC`))} 0 R >>`;
    return builder.add(`<< /Type /Annot ${dictionary} /Rect [${rect.join(' ')}] /P ${page} 0 R ${ap} >>`);
  });
  const contents = builder.stream('', latin1(content));
  builder.set(page, `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R /Annots [${refs.map((ref) => `${ref} 0 R`).join(' ')}] >>`);
  builder.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  const fields = refs.filter((_, index) => annotations[index]!.dictionary.includes('/Widget'));
  const catalog = builder.add(`<< /Type /Catalog /Pages ${pages} 0 R /AcroForm << /Fields [${fields.map((ref) => `${ref} 0 R`).join(' ')}] /DA (/Helv 0 Tf 0 g) ${needAppearances ? '/NeedAppearances true' : ''} >> >>`);
  return builder.build(catalog);
}

const labels = ['Nom :', 'Poste recherche :', 'Experience :', 'Langues :'].map((text, index) => `BT /F1 11 Tf 56 ${780 - index * 40} Td (${text}) Tj ET`).join('\n');
const field = (name: string, value: string, y: number, extra = '') => ({ dictionary: `/Subtype /Widget /FT /Tx /T (${name}) /V (${value}) /F 4 ${extra}`, rect: [200, y - 5, 540, y + 15] as [number, number, number, number], appearance: value });
const texts = async (bytes: Uint8Array) => (await readDocument(bytes)).lines.map((line) => line.text);

describe('PDF form fields and text added as annotations', () => {
  it('reads what was typed in the fields of a filled-in CV form, beside their labels, and not a field the form hides', async () => {
    const bytes = formPdf(labels, [
      field('nom', 'Karim HADDAD', 780),
      field('poste', 'Soudeur TIG MIG', 740),
      field('experience', '2019 - 2024 Soudeur, Chantiers de l\'Atlantique', 700),
      field('langues', 'Anglais : notions', 660),
      // A field the form hides (a template's note to its author) is not shown.
      field('note', 'Python Java Kubernetes', 620, '/F 6'),
    ]);
    // Each value is read on its label's line, where the field's appearance draws it.
    const lines = await texts(bytes);
    expect(lines.map((line) => line.replace(/\s+/g, ' '))).toEqual(['Nom : Karim HADDAD', 'Poste recherche : Soudeur TIG MIG', 'Experience : 2019 - 2024 Soudeur, Chantiers de l\'Atlantique', 'Langues : Anglais : notions']);
  });

  it('reads a field without an appearance (the form asks viewers to draw it) and text added with an "add text" tool', async () => {
    const bytes = formPdf(
      labels,
      [
        { dictionary: '/Subtype /Widget /FT /Tx /T (nom) /V (Karim HADDAD) /F 4 /DA (/Helv 11 Tf 0 g)', rect: [200, 775, 540, 795] },
        { dictionary: '/Subtype /FreeText /Contents (Permis C et FIMO) /F 4 /DA (/Helv 11 Tf 0 g)', rect: [56, 500, 300, 520], appearance: 'Permis C et FIMO' },
      ],
      { needAppearances: true },
    );
    const lines = await texts(bytes);
    expect(lines.map((line) => line.replace(/\s+/g, ' '))).toEqual(expect.arrayContaining(['Nom : Karim HADDAD', 'Permis C et FIMO']));
  });
});
