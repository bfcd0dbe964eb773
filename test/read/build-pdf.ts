// Builds small PDFs for reader tests: a page of Helvetica text, extra objects and streams written
// byte for byte, with a correct cross-reference table.
import { deflateSync } from 'node:zlib';

export type PdfObjectBody = string | { dictionary: string; data: Uint8Array; length?: string };

export class PdfBuilder {
  private readonly objects: (PdfObjectBody | null)[] = [];

  /** Reserves an object number, to be set later. */
  reserve(): number {
    this.objects.push(null);
    return this.objects.length;
  }

  add(body: PdfObjectBody): number {
    this.objects.push(body);
    return this.objects.length;
  }

  set(number: number, body: PdfObjectBody): void {
    this.objects[number - 1] = body;
  }

  /**
   * A stream; `dictionary` holds every key but /Length, which is the data's size unless `length`
   * says otherwise (`"12 0 R"`, or a wrong number).
   */
  stream(dictionary: string, data: Uint8Array, length?: string): number {
    return this.add({ dictionary, data, length });
  }

  build(root: number): Uint8Array {
    const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let size = chunks[0]!.length;
    const offsets: number[] = [];
    const push = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
    };
    this.objects.forEach((body, index) => {
      if (body === null) throw new Error(`object ${index + 1} reserved but never set`);
      offsets.push(size);
      push(Buffer.from(`${index + 1} 0 obj\n`, 'latin1'));
      if (typeof body === 'string') push(Buffer.from(`${body}\nendobj\n`, 'latin1'));
      else {
        push(Buffer.from(`<< ${body.dictionary} /Length ${body.length ?? body.data.length} >>\nstream\n`, 'latin1'));
        push(Buffer.from(body.data));
        push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
      }
    });
    const xref = size;
    const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
    push(Buffer.from(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${entries}`, 'latin1'));
    push(Buffer.from(`trailer\n<< /Size ${offsets.length + 1} /Root ${root} 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
    return new Uint8Array(Buffer.concat(chunks));
  }
}

/** Text lines drawn in Helvetica, top to bottom, as a content stream. */
export function textContent(lines: string[], size = 11): string {
  return lines.map((line, index) => `BT /F1 ${size} Tf 56 ${790 - index * size * 1.6} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
}

/**
 * A PDF whose pages draw the given content streams (already encoded, with their filter keys), with
 * Helvetica as /F1 (object 1) and `/Im1` as a small grey image (object 2) for pages that draw one.
 * `extra` adds objects from number 3 on; `resources` adds entries to every page's resources
 * (`/ExtGState << /GS0 << /ca 0 >> >>`).
 */
export function pdfWithPages(pages: { dictionary: string; data: Uint8Array; length?: string }[][], extra: (builder: PdfBuilder) => void = () => undefined, resources = ''): Uint8Array {
  const builder = new PdfBuilder();
  const font = builder.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const image = builder.stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8', new Uint8Array(256).fill(90));
  extra(builder);
  const pagesRef = builder.reserve();
  const kids = pages.map((contents) => {
    const refs = contents.map((content) => builder.stream(content.dictionary, content.data, content.length));
    return builder.add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> ${resources} >> /Contents [${refs.map((ref) => `${ref} 0 R`).join(' ')}] >>`);
  });
  builder.set(pagesRef, `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const catalog = builder.add(`<< /Type /Catalog /Pages ${pagesRef} 0 R >>`);
  return builder.build(catalog);
}

export const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** A Flate content stream of `text`. */
export function flateContent(text: string): { dictionary: string; data: Uint8Array } {
  return { dictionary: '/Filter /FlateDecode', data: new Uint8Array(deflateSync(Buffer.from(text, 'latin1'))) };
}
