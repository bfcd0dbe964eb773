import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { latin1, PdfBuilder } from '../read/build-pdf';

// Fonts as LaTeX CV classes (moderncv, europecv) and old drivers write them: a Type 1 font whose
// /Differences map codes to the ligature glyphs /fi, /fl, /ffi (the text reads "Certiﬁcation"
// glyph by glyph), and a Type 3 font whose glyphs are drawn by procedures and named in /Differences.

function onePage(fonts: (builder: PdfBuilder) => string, content: string): Uint8Array {
  const builder = new PdfBuilder();
  const resources = fonts(builder);
  const contents = builder.stream('', latin1(content));
  const pages = builder.reserve();
  const page = builder.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${resources} >> >> /Contents ${contents} 0 R >>`);
  builder.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  return builder.build(builder.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`));
}
const lines = (font: string, texts: string[]) => texts.map((text, index) => `BT /${font} 11 Tf 56 ${790 - index * 18} Td (${text}) Tj ET`).join('\n');
const texts = async (bytes: Uint8Array) => (await readDocument(bytes)).lines.map((line) => line.text);

/** A Type 3 font (F1) whose glyphs carry standard names and each draw a box, advancing 6 × `unit`
 *  in glyph space, and Helvetica (F2); `bbox` and `scale` are the Type 3 font's FontBBox and
 *  FontMatrix. */
function type3AndHelvetica(builder: PdfBuilder, name: string, { unit, bbox, scale }: { unit: number; bbox: string; scale: number }): string {
  const chars = [...new Set(name)];
  const glyphName = (char: string) => (char === ' ' ? 'space' : char);
  const [box, advance, height] = [5 * unit, 6 * unit, 7 * unit];
  const procedures = chars.map((char) => `/${glyphName(char)} ${builder.stream('', latin1(char === ' ' ? `${box} 0 d0` : `${advance} 0 0 0 ${box} ${height} d1 0 0 ${box} ${height} re f`))} 0 R`).join(' ');
  const differences = chars.map((char) => `${char.charCodeAt(0)} /${glyphName(char)}`).join(' ');
  const type3 = builder.add(
    `<< /Type /Font /Subtype /Type3 /FontBBox [${bbox}] /FontMatrix [${scale} 0 0 ${scale} 0 0] /CharProcs << ${procedures} >> /Encoding << /Type /Encoding /Differences [${differences}] >> /FirstChar 32 /LastChar 122 /Widths [${Array.from({ length: 91 }, () => advance).join(' ')}] >>`,
  );
  const helvetica = builder.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  return `/F1 ${type3} 0 R /F2 ${helvetica} 0 R`;
}

describe('PDF fonts from LaTeX and old drivers', () => {
  it('reads ligature glyphs named in /Differences as their letters', async () => {
    const bytes = onePage(
      (builder) => `/F1 ${builder.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /fi /fl /ff /ffi] >> >>')} 0 R`,
      lines('F1', ['Karim HADDAD', 'Certi\\200cation CACES R489', 'Anglais \\201uent, e\\203cace, O\\203ce']),
    );
    expect(await texts(bytes)).toEqual(['Karim HADDAD', 'Certification CACES R489', 'Anglais fluent, efficace, Office']);
  });

  it('reads a Type 3 font whose glyphs carry standard names', async () => {
    const name = 'Karim HADDAD';
    const bytes = onePage((builder) => type3AndHelvetica(builder, name, { unit: 100, bbox: '0 0 600 700', scale: 0.001 }), `${lines('F1', [name])}\n${lines('F2', ['', 'Chauffeur livreur', 'EXPERIENCE'])}`);
    expect(await texts(bytes)).toEqual(['Karim HADDAD', 'Chauffeur livreur', 'EXPERIENCE']);
  });

  it('reads a Type 3 font drawn at size 1 whose matrix holds the size (bitmap fonts from dvips and ps2pdf), not as small print', async () => {
    const name = 'Karim HADDAD';
    const bytes = onePage((builder) => type3AndHelvetica(builder, name, { unit: 10, bbox: '0 0 0 0', scale: 0.11 }), `BT /F1 1 Tf 56 790 Td (${name}) Tj ET\n${lines('F2', ['', 'Chauffeur livreur', 'EXPERIENCE'])}`);
    expect(await texts(bytes)).toEqual(['Karim HADDAD', 'Chauffeur livreur', 'EXPERIENCE']);
  });
});
