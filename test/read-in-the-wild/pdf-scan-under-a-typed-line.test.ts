import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { terminateOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { readDocument } from '../../lib/read/read-document';
import { PdfBuilder } from '../read/build-pdf';

// A scanned CV with one real line of text on it: the stamp a scanning service or an agency adds
// ("Document numérisé le … page 1/1"), or the line a job seeker types above the photo of a paper CV
// pasted into Word before exporting to PDF. The page's text layer is then one line long while the
// CV itself is the picture; the picture must still be read.

afterAll(() => terminateOcrEngine());

/** An A4 page drawing a JPEG over the whole page, then `line` in 8 pt Helvetica at its foot. */
function scanWithTypedLine(jpeg: Uint8Array, width: number, height: number, line: string): Uint8Array {
  const builder = new PdfBuilder();
  const font = builder.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const image = builder.stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, jpeg);
  const content = `q 595 0 0 842 0 0 cm /Im1 Do Q\nBT /F1 8 Tf 56 20 Td (${line}) Tj ET`;
  const contents = builder.stream('', new Uint8Array(Buffer.from(content, 'latin1')));
  const pages = builder.reserve();
  const page = builder.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${contents} 0 R >>`);
  builder.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  return builder.build(builder.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`));
}

describe('scanned PDF page with a short line of real text', () => {
  it('reads the scanned CV by OCR, not only the stamped line', async () => {
    // 2479 × 3508 pixels: an A4 page at 300 dpi (see test/fixtures/read/README.md).
    const jpeg = new Uint8Array(readFileSync('test/fixtures/read/scan-magasinier-bruit.jpg'));
    const stamp = 'Document numerise le 30/11/2026 par l\'agence France Travail de Toulouse Nord - page 1/1';
    const document = await readDocument(scanWithTypedLine(jpeg, 2479, 3508, stamp));
    const lines = document.lines.map((line) => line.text);
    expect(lines).toContain('yasmina.benali31@gmail.com');
    expect(lines).toContain('07 62 18 45 93');
  }, 240_000);
});
