// One-page PDFs of Helvetica text lines with a page /Rotate, as viewers write when a user turns a
// page and saves, and as print drivers write for landscape pages.
import { PdfBuilder } from '../read/build-pdf';

/**
 * `rotate` is the page's /Rotate; `upright` draws the text turned the other way first, so the page
 * shows upright (a print driver's landscape page); otherwise the text shows turned (a saved rotation).
 */
export function rotatedPdf(lines: string[], rotate: 90 | 180 | 270, upright = false): Uint8Array {
  const builder = new PdfBuilder();
  const font = builder.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const [width, height] = [595, 842];
  // Text laid out on an upright page of the displayed size, then mapped into user space.
  const shown = rotate === 180 ? [width, height] : [height, width];
  const undo: Record<number, string> = { 90: `0 1 -1 0 ${width} 0`, 180: `-1 0 0 -1 ${width} ${height}`, 270: `0 -1 1 0 0 ${height}` };
  const text = lines
    .map((line, index) => `BT /F1 11 Tf 56 ${shown[1]! - 50 - index * 18} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`)
    .join('\n');
  const content = upright ? `q ${undo[rotate]} cm\n${text}\nQ` : text;
  const stream = builder.stream('', new Uint8Array(Buffer.from(content, 'latin1')));
  const pagesRef = builder.reserve();
  const page = builder.add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${width} ${height}] /Rotate ${rotate} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`);
  builder.set(pagesRef, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  return builder.build(builder.add(`<< /Type /Catalog /Pages ${pagesRef} 0 R >>`));
}
