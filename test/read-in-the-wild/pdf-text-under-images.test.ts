import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { latin1, PdfBuilder } from '../read/build-pdf';

// Pictures hide text as well as colours do. A CV stuffed for applicant-tracking systems draws its
// keywords, then pastes a picture over them (a decorative block, a photo): the reader of the page
// sees the picture, a robot reads the words. A design tool's CV lays the name over a photo or a
// coloured picture, and a searchable scan draws its OCR text under or over the page image: those
// are read.

const CV = ['EXPERIENCE', "2019 - 2024 Soudeur, Chantiers de l'Atlantique, Saint-Nazaire", 'COMPETENCES', 'Soudure TIG et MIG, lecture de plans', 'FORMATION', '2018 CAP Realisations industrielles en chaudronnerie'];
const escape = (text: string) => text.replace(/[()\\]/g, '\\$&');
const line = (text: string, y: number, size = 11) => `BT /F1 ${size} Tf 56 ${y} Td (${escape(text)}) Tj ET`;
const body = [line('Karim HADDAD', 780, 16), ...CV.map((text, index) => line(text, 700 - index * 18))].join('\n');

/** Pictures of 16 by 16 pixels: dark grey, light grey (a pale background), a dark one with a soft mask (a cut-out PNG), and a page background. */
function pdf(content: string): Uint8Array {
  const builder = new PdfBuilder();
  const font = builder.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const gray = (level: number) => builder.stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8', new Uint8Array(256).fill(level));
  const dark = gray(60);
  const pale = gray(246);
  const mask = builder.stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8', new Uint8Array(256).fill(0));
  // A page background flattened into one picture, as design tools export it: a dark sidebar on the left third, pale grey beyond.
  const background = builder.stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceRGB /BitsPerComponent 8', new Uint8Array(Array.from({ length: 256 }, (_, pixel) => (pixel % 16 < 5 ? [20, 40, 90] : [244, 244, 246])).flat()));
  const cutOut = builder.stream(`/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /SMask ${mask} 0 R`, new Uint8Array(256).fill(60));
  const contents = builder.stream('', latin1(content));
  const pages = builder.reserve();
  const page = builder.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Dark ${dark} 0 R /Pale ${pale} 0 R /CutOut ${cutOut} 0 R /Background ${background} 0 R >> >> /Contents ${contents} 0 R >>`);
  builder.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  return builder.build(builder.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`));
}
const texts = async (content: string) => (await readDocument(pdf(content))).lines.map((entry) => entry.text);

describe('PDF text hidden by a picture', () => {
  it('leaves out keywords a picture drawn after them covers, and reads text beside the picture, under a cut-out one, outside a round or cropped one', async () => {
    const stuffed = [
      body,
      line('Python Java Kubernetes SAP', 300),
      'q 300 0 0 30 50 292 cm /Dark Do Q',
      // A logo drawn last, beside the text: nothing is covered.
      'q 60 0 0 60 480 760 cm /Dark Do Q',
      // A picture with a soft mask (a cut-out PNG) lets the text under it show through.
      line('Permis B', 200),
      'q 200 0 0 30 50 192 cm /CutOut Do Q',
      // A round photo (clipped to a circle) beside the name: the corners of its square hide nothing.
      'q 158 752 m 158 775 177 794 200 794 c 223 794 242 775 242 752 c 242 729 223 710 200 710 c 177 710 158 729 158 752 c W n 84 0 0 84 158 710 cm /Dark Do Q',
      // A rectangular clip keeps only the part of a picture inside it.
      line('Disponible immediatement', 450),
      'q 50 400 200 20 re W n 500 0 0 200 50 300 cm /Dark Do Q',
    ].join('\n');
    const lines = await texts(stuffed);
    expect(lines.join(' ')).not.toMatch(/Python|Kubernetes/);
    expect(lines).toEqual(['Karim HADDAD', ...CV, 'Disponible immediatement', 'Permis B']);
  });

  it('still reads a searchable scan whose text is drawn under the page image', async () => {
    const scan = await readDocument(pdf(`${body}\nq 595 0 0 842 0 0 cm /Dark Do Q`));
    expect(scan.lines.map((entry) => entry.text)).toEqual(['Karim HADDAD', ...CV]);
  });

  it('leaves out white keywords on a pale picture or a pale grey band, and reads white text where the picture is dark', async () => {
    const sidebar = (text: string, y: number) => line(text, y, 10).replace('56 ', '20 ');
    const designed = [
      'q 595 0 0 842 0 0 cm /Background Do Q',
      // White text in the dark sidebar of the background picture: the contact details.
      `1 g ${sidebar('CONTACT', 780)} ${sidebar('06 12 34 56 78', 760)} 0 g`,
      body.replace(/ 56 /g, ' 230 '),
      // White keywords on the pale part of the same picture, and on a pale picture of their own.
      `1 g ${line('Python Java Kubernetes SAP', 300).replace(' 56 ', ' 230 ')} 0 g`,
      `q 300 0 0 40 230 180 cm /Pale Do Q 1 g ${line('Leadership negociation', 195).replace(' 56 ', ' 240 ')} 0 g`,
      // On a pale grey band drawn as a shape.
      `0.93 g 230 120 300 30 re f 1 g ${line('Excel Word PowerPoint', 130).replace(' 56 ', ' 240 ')} 0 g`,
      // A white caption on a dark photo is still read.
      `q 200 0 0 60 230 30 cm /Dark Do Q 1 g ${line('Disponible immediatement', 50).replace(' 56 ', ' 240 ')} 0 g`,
    ].join('\n');
    const lines = await texts(designed);
    expect(lines.join(' ')).not.toMatch(/Python|Kubernetes|Leadership|negociation|Excel|PowerPoint/);
    const words = lines.join(' ').split(/\s+/);
    for (const seen of ['CONTACT', '06 12 34 56 78', 'Karim HADDAD', ...CV, 'Disponible immediatement']) expect(words.join(' ')).toContain(seen);
  });

  it('leaves out invisible keywords on a page-size background picture under a typed CV, and still reads a scan with a typed line on it', async () => {
    const more = ['2016 - 2019 Chaudronnier, Naval Group, Lorient', 'Assemblage de structures, soudage a l\'arc, controle visuel', 'LANGUES', 'Anglais : notions, Espagnol : courant', 'PERMIS', 'Permis B, vehicule personnel'];
    const typed = [...CV, ...more].map((text, index) => line(text, 700 - index * 18)).join('\n');
    const designed = ['q 595 0 0 842 0 0 cm /Pale Do Q', line('Karim HADDAD', 780, 16), typed, `BT 3 Tr /F1 8 Tf 56 100 Td (Python Java Kubernetes SAP) Tj ET 0 Tr`].join('\n');
    const lines = await texts(designed);
    expect(lines.join(' ')).not.toMatch(/Python|Kubernetes/);
    expect(lines).toEqual(['Karim HADDAD', ...CV, ...more]);
    // A scan (its text in its pixels, drawn invisibly over it) with a line typed over it: all read.
    const scan = await texts(`q 595 0 0 842 0 0 cm /Pale Do Q\n${line('Document numerise le 12/03/2024', 20, 8)}\n3 Tr ${line('Karim HADDAD', 780, 16)}\n${typed}\n0 Tr`);
    expect(scan).toEqual(['Karim HADDAD', ...CV, ...more, 'Document numerise le 12/03/2024']);
    // A scan whose recognised text is drawn visibly, then covered by the page image (FineReader's "text under the page image").
    const under = await texts(`${line('Karim HADDAD', 780, 16)}\n${typed}\nq 595 0 0 842 0 0 cm /Pale Do Q`);
    expect(under).toEqual(['Karim HADDAD', ...CV, ...more]);
  });
});
