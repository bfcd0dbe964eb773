import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { isJunkLine } from '../../lib/read/layout/assess-text-layer';
import { replaceJunkLines } from '../../lib/read/layout/replace-junk-lines';
import { checkDocumentLength } from '../../lib/read/office/check-document-length';
import { prepareWordml } from '../../lib/read/office/prepare-wordml';
import { readAltChunk } from '../../lib/read/office/read-alt-chunk';
import { rewriteElements } from '../../lib/read/office/rewrite-elements';
import { findUprightRotation } from '../../lib/read/pdf/find-upright-rotation';
import { readDocument } from '../../lib/read/read-document';
import type { TextLine } from '../../lib/types';
import { PdfBuilder } from './build-pdf';

// The small rules behind reading files made unlike our fixtures (see test/read-in-the-wild).

describe('findUprightRotation', () => {
  // Viewport matrices of an A4 page (595 × 842) turned by 0, 90, 180 and 270 degrees, as pdf.js makes them.
  const candidates = [
    { rotation: 0, matrix: [1, 0, 0, -1, 0, 842] },
    { rotation: 90, matrix: [0, 1, 1, 0, 0, 0] },
    { rotation: 180, matrix: [-1, 0, 0, 1, 595, 0] },
    { rotation: 270, matrix: [0, -1, -1, 0, 842, 595] },
  ];

  it('keeps an upright page as it is shown', () => {
    expect(findUprightRotation([{ dx: 11, dy: 0, weight: 120 }], candidates)).toBe(0);
  });

  it('turns a page whose text runs up the page so that it reads left to right', () => {
    // Text drawn along +y in user space runs up the shown page: a quarter turn clockwise lays it flat.
    const rotation = findUprightRotation([{ dx: 0, dy: 11, weight: 120 }], candidates);
    const matrix = candidates.find((candidate) => candidate.rotation === rotation)!.matrix;
    expect(matrix[0]! * 0 + matrix[2]! * 11).toBeGreaterThan(0);
  });

  it('follows most of the text, not a vertical name in the margin', () => {
    expect(findUprightRotation([{ dx: 0, dy: 11, weight: 12 }, { dx: 11, dy: 0, weight: 400 }], candidates)).toBe(0);
  });
});

describe('junk lines of a font without a Unicode map', () => {
  const line = (text: string, y: number): TextLine => ({ text, page: 1, x: 56, y, width: 200, height: 12 });

  it('calls a heading of private-use glyphs junk, not a line with one or two icon glyphs', () => {
    expect(isJunkLine('\uE045\uE058\uE050\uE045\uE052')).toBe(true);
    expect(isJunkLine('\uF095 06 45 12 78 90')).toBe(false);
    expect(isJunkLine('\uF0E0 \uF095')).toBe(false);
  });

  it('leaves a rating drawn in a symbol font alone (one or two glyphs repeated): no OCR pass for it', () => {
    expect(isJunkLine('\uF111\uF111\uF111\uF10C\uF10C')).toBe(false);
    expect(isJunkLine('Anglais \uF111\uF111\uF111\uF111\uF10C')).toBe(false);
    expect(isJunkLine('\uE000\uE000\uE000\uE000')).toBe(false);
    // A heading of the same length is junk: its letters are different glyphs.
    expect(isJunkLine('\uE04C\uE041\uE04E\uE047\uE055\uE045\uE053')).toBe(true);
    expect(isJunkLine('(cid:12)(cid:40)(cid:7)(cid:12)')).toBe(true);
  });

  it('puts the OCR line read at the same height in place of a junk line, and drops junk nothing replaces', () => {
    const textLayer = [line('Karim HADDAD', 40), line('\uE046\uE04F\uE052\uE04D\uE041', 100), line('2018 CAP', 120), line('\uE04C\uE041\uE04E\uE047', 300)];
    const ocr = [line('Karim HADDAD', 40.5), line('FORMATION', 101)];
    expect(replaceJunkLines(textLayer, ocr).map((read) => read.text)).toEqual(['Karim HADDAD', 'FORMATION', '2018 CAP']);
  });
});

describe('word-processing markup', () => {
  it('rewrites nested elements innermost first (the outer one sees "[9]" for its child) and leaves the rest byte for byte', () => {
    const markup = '<?xml version="1.0"?><!-- note --><a x="1>2"><b>one<b>two</b></b><c/></a>';
    const rewritten = rewriteElements(markup, new Set(['b']), (_, outer) => `[${outer.length}]`);
    expect(rewritten).toBe('<?xml version="1.0"?><!-- note --><a x="1>2">[14]<c/></a>');
  });

  it('refuses markup nested thousands deep as a damaged file', () => {
    expect(() => rewriteElements('<w:sdt>'.repeat(5_000), new Set(['w:r']), (_, outer) => outer)).toThrow(CvError);
  });

  it('counts elements before parsing and refuses a document far longer than a CV', () => {
    expect(() => checkDocumentLength('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(2_000))).not.toThrow();
    const error = (() => {
      try {
        checkDocumentLength('<w:p/>'.repeat(250_000));
      } catch (caught) {
        return caught as CvError;
      }
      return null;
    })();
    expect(error?.code).toBe('too-long');
  });

  it('removes hidden runs and note marks, and keeps runs whose w:vanish is turned off', () => {
    const body =
      '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>caché</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>visible</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>';
    const prepared = prepareWordml(body);
    expect(prepared).not.toContain('caché');
    expect(prepared).toContain('visible');
    expect(prepared).not.toContain('footnoteReference');
  });

  it('reads a base64 HTML chunk and leaves out its head and style', () => {
    const html = '<html><head><title>Modèle</title><style>p{color:red}</style></head><body><p>Karim HADDAD</p><p>Cariste</p></body></html>';
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(html).toString('base64')}\r\n--b--`;
    expect(readAltChunk('word/chunk.mht', strToU8(mht))).toEqual([
      { kind: 'paragraph', text: 'Karim HADDAD', bold: false },
      { kind: 'paragraph', text: 'Cariste', bold: false },
    ]);
    expect(readAltChunk('word/chunk.html', strToU8(html)).map((block) => block.kind === 'paragraph' && block.text)).toEqual(['Karim HADDAD', 'Cariste']);
  });
});

describe('file size in the too-large message', () => {
  it('rounds the size up, so that a file just over the limit never reads as within it', async () => {
    const bytes = new Uint8Array(Math.round(20.3 * 1024 * 1024));
    bytes[0] = 0x25;
    const error = (await readDocument(bytes).catch((caught: unknown) => caught)) as CvError;
    expect(error.code).toBe('too-large');
    expect(error.params).toEqual({ sizeMb: 21, maxMb: 20 });
  });
});

/** One page: a page-sized background picture under these lines of Helvetica 11. */
function pageOnBackgroundPicture(lines: string[]): Uint8Array {
  // Online builders paint a background (paper texture, coloured band) as one page-sized image.
  const builder = new PdfBuilder();
  const font = builder.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const background = builder.stream('/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8', new Uint8Array([235]));
  const text = lines.map((line, index) => `BT /F1 11 Tf 56 ${790 - index * 24} Td (${line}) Tj ET`).join('\n');
  const contents = builder.stream('', new Uint8Array(Buffer.from(`q 595 0 0 842 0 0 cm /Im1 Do Q\n${text}`, 'latin1')));
  const pages = builder.reserve();
  const page = builder.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${background} 0 R >> >> /Contents ${contents} 0 R >>`);
  builder.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  return builder.build(builder.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`));
}

describe('a typed page on a full-page background picture', () => {
  it('is read from its text layer, not sent to OCR as a scan', async () => {
    const lines = ['Karim HADDAD', 'Chauffeur livreur', 'karim.haddad@orange.fr', 'EXPERIENCE', ...Array.from({ length: 24 }, (_, index) => `${2000 + index} Livraison de colis en zone urbaine, tournee ${index + 1}`)];
    const document = await readDocument(pageOnBackgroundPicture(lines));
    expect(document.kind).toBe('pdf-text');
    expect(document.lines.map((line) => line.text)).toEqual(lines);
  });

  it('is read from its text layer even when its text is sparse (a student CV of a few short lines)', async () => {
    const lines = ['Lea GIRARD', 'Etudiante', 'lea.girard@yahoo.fr', '06 98 76 54 32', 'FORMATION', 'Bac STMG 2024', 'EXPERIENCE', 'Equipiere 2024', 'McDonald\'s Nantes', 'LANGUES', 'Anglais B1'];
    const document = await readDocument(pageOnBackgroundPicture(lines));
    expect(document.kind).toBe('pdf-text');
    expect(document.lines.map((line) => line.text)).toEqual(lines.map((line) => line.replace("\\'", "'")));
  });
});
