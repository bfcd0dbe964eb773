import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { latin1, pdfWithPages } from '../read/build-pdf';

// CVs "optimised" for applicant-tracking systems hide keywords where a robot reads them and a
// person does not: white text on the white page, or invisible text (render mode 3). The counsellor
// would see skills that are not on the CV. Yet the same two tricks are everyday drawing: a scan
// made searchable (ocrmypdf, Adobe's "searchable image") draws its OCR text invisibly over the page
// image, and a CV template writes the name in white on a coloured header band or a photo. Those
// are read.

const CV = ['EXPERIENCE', '2019 - 2024 Soudeur, Chantiers de l\'Atlantique, Saint-Nazaire', 'COMPETENCES', 'Soudure TIG et MIG, lecture de plans', 'FORMATION', '2018 CAP Realisations industrielles en chaudronnerie', 'LANGUES', 'Anglais : notions'];
const escape = (text: string) => text.replace(/[()\\]/g, '\\$&');
const line = (text: string, y: number, size = 11) => `BT /F1 ${size} Tf 56 ${y} Td (${escape(text)}) Tj ET`;
/** The CV's lines from y = 700 down, in black. */
const body = CV.map((text, index) => line(text, 700 - index * 18)).join('\n');
/** `/Clear` sets fill and stroke alpha 0 (drawn fully transparent), `/Opaque` sets them back. */
const ALPHA = '/ExtGState << /Clear << /ca 0 /CA 0 >> /Opaque << /ca 1 /CA 1 >> >>';
const pdf = (content: string) => pdfWithPages([[{ dictionary: '', data: latin1(content) }]], undefined, ALPHA);
const texts = async (content: string) => (await readDocument(pdf(content))).lines.map((entry) => entry.text);

describe('PDF text no one sees on the page', () => {
  it('leaves out keywords written white on the white page, on a line of their own or after visible words', async () => {
    const header = '0 g ' + line('Karim HADDAD', 780, 16);
    const stuffed = [
      header,
      body,
      // A line of white keywords at the foot of the page, and white words after a visible skill.
      `1 1 1 rg ${line('Python Java Kubernetes SAP management gestion de projet', 80, 6)} 0 g`,
      `BT /F1 11 Tf 56 300 Td (Permis B) Tj 1 g ( Permis CE FIMO FCO CACES) Tj 0 g ( vehicule) Tj ET`,
      // White on a white box is still white on white.
      `1 g 40 200 300 40 re f 1 g ${line('Leadership negociation anglais courant', 215)} 0 g`,
    ].join('\n');
    const lines = await texts(stuffed);
    expect(lines.join(' ')).not.toMatch(/Python|Kubernetes|FIMO|CACES|Leadership|negociation/);
    expect(lines).toEqual(expect.arrayContaining(['Karim HADDAD', ...CV]));
    expect(lines.find((text) => text.startsWith('Permis B'))?.replace(/\s+/g, ' ')).toBe('Permis B vehicule');
  });

  it('leaves out invisible text (render mode 3) drawn where no image is', async () => {
    const stuffed = [line('Karim HADDAD', 780, 16), body, `BT 3 Tr /F1 8 Tf 56 100 Td (Python Java Kubernetes SAP) Tj ET 0 Tr`].join('\n');
    const lines = await texts(stuffed);
    expect(lines.join(' ')).not.toMatch(/Python|Kubernetes/);
    expect(lines).toEqual(['Karim HADDAD', ...CV]);
  });

  it('reads the invisible OCR text of a searchable scan, drawn over the page image or under it', async () => {
    const ocrText = `3 Tr ${line('Karim HADDAD', 780, 16)}\n${body}\n0 Tr`;
    const over = await readDocument(pdf(`q 595 0 0 842 0 0 cm /Im1 Do Q\n${ocrText}`));
    expect(over.kind).toBe('pdf-text');
    expect(over.lines.map((entry) => entry.text)).toEqual(['Karim HADDAD', ...CV]);
    const under = await texts(`${ocrText}\nq 595 0 0 842 0 0 cm /Im1 Do Q`);
    expect(under).toEqual(['Karim HADDAD', ...CV]);
  });

  it('reads white text on a coloured header band, on a photo and on a band painted as a shape', async () => {
    const designed = [
      // A dark blue band across the top, the name and title in white on it.
      `0.1 0.2 0.45 rg 0 740 595 102 re f 1 g ${line('Karim HADDAD', 790, 18)}\n${line('Soudeur TIG / MIG', 765, 12)} 0 g`,
      body,
      // A white caption on a picture, and a white label in a rounded dark badge (a curved path).
      `q 260 0 0 60 40 100 cm /Im1 Do Q 1 g ${line('Disponible immediatement', 120)} 0 g`,
      `0.8 0.1 0.1 rg 56 40 m 156 40 l 166 40 166 60 156 60 c 56 60 l 46 60 46 40 56 40 c f 1 g ${line('Permis B', 46)} 0 g`,
    ].join('\n');
    const lines = await texts(designed);
    expect(lines).toEqual(expect.arrayContaining(['Karim HADDAD', 'Soudeur TIG / MIG', ...CV, 'Disponible immediatement', 'Permis B']));
  });

  it('reads white text on a thick stroked line (a heading on a coloured rule), not on a hairline or inside a frame', async () => {
    const designed = [
      line('Karim HADDAD', 780, 16),
      body,
      // A section heading in white on a 20-point dark blue line across the page, drawn as a stroke.
      `q 0.1 0.2 0.45 RG 20 w 40 560 m 555 560 l S Q 1 g ${line('CENTRES D\'INTERET', 556, 12)} 0 g`,
      // Keywords in white over a hairline rule, and inside a thin stroked frame: white on white.
      `q 0 G 0.5 w 40 219 m 555 219 l S Q 1 g ${line('Python Java Kubernetes', 215, 11)} 0 g`,
      `q 0 G 1 w 30 30 535 782 re S Q 1 g ${line('Leadership negociation anglais courant', 150)} 0 g`,
    ].join('\n');
    const lines = await texts(designed);
    expect(lines).toEqual(expect.arrayContaining(['Karim HADDAD', ...CV, "CENTRES D'INTERET"]));
    expect(lines.join(' ')).not.toMatch(/Python|Kubernetes|Leadership|negociation/);
  });

  it('reads text drawn as a clip and filled with a gradient (render mode 7 then a shading), as design tools export it', async () => {
    const gradient = '<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [56 0 300 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [0.1 0.2 0.45] /C1 [0.8 0.1 0.1] /N 1 >> >>';
    // White keywords at the foot of the page make every glyph's ink looked at.
    const designed = [`q BT 7 Tr /F1 20 Tf 56 780 Td (Karim HADDAD) Tj ET /Grad sh Q`, body, `1 g ${line('Python Java', 80, 6)} 0 g`].join('\n');
    const bytes = pdfWithPages([[{ dictionary: '', data: latin1(designed) }]], undefined, `${ALPHA} /Shading << /Grad ${gradient} >>`);
    expect((await readDocument(bytes)).lines.map((entry) => entry.text)).toEqual(['Karim HADDAD', ...CV]);
  });

  it('leaves out text drawn fully transparent (fill alpha 0), on the page or on a band it would be seen on', async () => {
    const stuffed = [
      line('Karim HADDAD', 780, 16),
      body,
      `/Clear gs ${line('Python Java Kubernetes SAP', 100, 8)} /Opaque gs`,
      `BT /F1 11 Tf 56 300 Td (Permis B) Tj /Clear gs ( FIMO FCO CACES) Tj /Opaque gs ( vehicule) Tj ET`,
      // Transparent black text on a dark band, and white text on a band painted transparent.
      `0.1 0.2 0.45 rg 0 180 595 40 re f 0 g /Clear gs ${line('Leadership negociation', 195)} /Opaque gs`,
      `/Clear gs 0.1 0.2 0.45 rg 0 130 595 40 re f /Opaque gs 1 g ${line('Excel Word PowerPoint', 145)} 0 g`,
    ].join('\n');
    const lines = await texts(stuffed);
    expect(lines.join(' ')).not.toMatch(/Python|Kubernetes|FIMO|CACES|Leadership|negociation|Excel|PowerPoint/);
    expect(lines).toEqual(expect.arrayContaining(['Karim HADDAD', ...CV]));
    expect(lines.find((text) => text.startsWith('Permis B'))?.replace(/\s+/g, ' ')).toBe('Permis B vehicule');
  });

  // Invisible text over an image is the OCR layer of a scan only when the page is a scan: its
  // images (one, or strips and tiles as some scanners cut them) cover most of the page. Over a
  // portrait or a logo on a typed page, invisible or transparent text is no scan's text: hidden.
  // White text over a picture is still read: telling a dark photo from a light one needs the
  // image's pixels, and a caption on a photo is common (the test above).
  it('leaves out invisible and transparent text over a photo on a typed page, and reads a scan drawn in strips', async () => {
    const stuffed = [
      line('Karim HADDAD', 780, 16),
      body,
      // A portrait photo at the top right; keywords over it invisibly (render mode 3 and alpha 0).
      'q 120 0 0 150 430 640 cm /Im1 Do Q',
      `BT 3 Tr /F1 6 Tf 435 700 Td (Python Java Kubernetes SAP) Tj ET 0 Tr`,
      `/Clear gs BT /F1 6 Tf 435 680 Td (Leadership negociation) Tj ET /Opaque gs`,
    ].join('\n');
    const lines = await texts(stuffed);
    expect(lines.join(' ')).not.toMatch(/Python|Kubernetes|Leadership|negociation/);
    expect(lines).toEqual(['Karim HADDAD', ...CV]);
    // A scan cut into four strips, its OCR text drawn invisibly over them: read.
    const strips = [0, 1, 2, 3].map((strip) => `q 595 0 0 210.5 0 ${strip * 210.5} cm /Im1 Do Q`).join('\n');
    const scan = await readDocument(pdf(`${strips}\n3 Tr ${line('Karim HADDAD', 780, 16)}\n${body}\n0 Tr`));
    expect(scan.kind).toBe('pdf-text');
    expect(scan.lines.map((entry) => entry.text)).toEqual(['Karim HADDAD', ...CV]);
  });

  it('leaves out keywords in a font too small to read (1 point, or drawn with a size of zero)', async () => {
    const stuffed = [
      line('Karim HADDAD', 780, 16),
      body,
      line('Python Java Kubernetes SAP management gestion de projet', 100, 1),
      line('Leadership negociation anglais courant', 90, 0.3),
      `BT /F1 11 Tf 0 0 0 0 56 80 Tm (Excel Word PowerPoint) Tj ET`,
      // A footer in small print is still read.
      line('Karim HADDAD - CV mis a jour le 12/03/2024 - page 1', 30, 5),
    ].join('\n');
    const lines = await texts(stuffed);
    expect(lines.join(' ')).not.toMatch(/Python|Kubernetes|Leadership|negociation|Excel|PowerPoint/);
    expect(lines).toEqual(['Karim HADDAD', ...CV, 'Karim HADDAD - CV mis a jour le 12/03/2024 - page 1']);
    // On a page as long as a web page saved whole (595 by 4000 points), 9-point text is read.
    const long = pdfWithPages([[{ dictionary: '', data: latin1(CV.map((text, index) => line(text, 3900 - index * 14, 9)).join('\n')) }]]);
    const tall = new TextDecoder('latin1').decode(long).replace('/MediaBox [0 0 595 842] /Resources', '/MediaBox [0 0 595 4000]/Resources');
    expect((await readDocument(latin1(tall))).lines.map((entry) => entry.text)).toEqual(CV);
  });
});
