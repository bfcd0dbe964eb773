import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { describeWarning } from '../../lib/i18n';
import { readDocument } from '../../lib/read/read-document';
import { sniffFileType } from '../../lib/read/sniff-file-type';
import { flateContent, latin1, pdfWithPages, textContent } from './build-pdf';

// Files a counsellor may be handed that cannot be read: each must fail fast (well within the
// 10 s the contract allows) with a CvError whose code says what is wrong.

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/read/${name}`));
const ascii = (text: string) => new TextEncoder().encode(text);

async function failure(bytes: Uint8Array, options = {}): Promise<{ error: CvError; ms: number }> {
  const started = Date.now();
  try {
    await readDocument(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(CvError);
    return { error: error as CvError, ms: Date.now() - started };
  }
  throw new Error('the file was read');
}

/** A PNG whose header claims a size; no pixel data follows. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 0, 0, 0, 0], 24);
  return bytes;
}

/** A one-page PDF with nothing on the page. */
function blankPdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = `xref\n0 4\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  return ascii(`${body}${xref}trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${body.length}\n%%EOF\n`);
}

describe('files that cannot be read', () => {
  it.each([
    ['an empty file', () => fixture('vide.pdf'), 'empty-file'],
    ['a truncated PDF', () => fixture('pdf-tronque.pdf'), 'corrupt-file'],
    ['a PDF protected by a password', () => fixture('pdf-chiffre.pdf'), 'encrypted-pdf'],
    ['a PDF whose page is blank', blankPdf, 'no-text'],
    ['random bytes', () => new Uint8Array(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)), 'unsupported-type'],
    ['a PNG cut after its header', () => pngHeader(1200, 1600), 'corrupt-file'],
    ['a DOCX that is not a zip inside', () => ascii('PK\u0003\u0004 this is not a zip archive at all'), 'corrupt-file'],
  ] as const)('%s', async (_, make, code) => {
    const { error, ms } = await failure(make());
    expect(error.code).toBe(code);
    expect(ms).toBeLessThan(10_000);
  });

  it('names the unsupported formats people actually send', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const heic = new Uint8Array(64);
    heic.set(ascii('\u0000\u0000\u0000\u0018ftypheic'));
    for (const [bytes, type] of [
      [ole, 'doc'],
      [heic, 'heic'],
    ] as const) {
      const { error } = await failure(bytes);
      expect(error).toMatchObject({ code: 'unsupported-type', params: { type } });
    }
  });

  it('reads a saved web page instead of naming it unsupported', async () => {
    const document = await readDocument(ascii('<!DOCTYPE html><html><body>Curriculum vitae</body></html>'));
    expect(document).toMatchObject({ kind: 'html', lines: [{ text: 'Curriculum vitae' }] });
  });

  it('reads an RTF document instead of naming it unsupported', async () => {
    const document = await readDocument(ascii('{\\rtf1\\ansi Curriculum vitae}'));
    expect(document).toMatchObject({ kind: 'rtf', lines: [{ text: 'Curriculum vitae' }] });
  });

  it('refuses a file over 20 MB before looking inside', async () => {
    const { error } = await failure(new Uint8Array(20 * 1024 * 1024 + 1));
    expect(error).toMatchObject({ code: 'too-large', params: { maxMb: 20 } });
  });

  it('refuses an image over 40 megapixels from its header, without decoding it', async () => {
    const { error, ms } = await failure(pngHeader(10_000, 8_000));
    expect(error).toMatchObject({ code: 'image-too-large', params: { megapixels: 80, maxMegapixels: 40 } });
    expect(ms).toBeLessThan(1_000);
  });

  it('stops at once when the reading is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const { error } = await failure(fixture('fr-magasinier-sidebar-gauche.pdf'), { signal: controller.signal });
    expect(error.code).toBe('cancelled');
  });
});

describe('a page pdf.js cannot draw for OCR', () => {
  // A scanned page (an image, no text layer) whose content stream carries a stray "ID" operator,
  // the kind of damage the fuzzer makes by flipping bits: pdf.js reads its text layer (empty) but
  // throws "Should not call beginImageData" when drawing it for OCR.
  const damagedScan = { dictionary: '', data: latin1('q 200 0 0 200 100 500 cm /Im1 Do Q\nID\n') };

  it('is a damaged file when it is the only page', async () => {
    const { error, ms } = await failure(pdfWithPages([[damagedScan]]));
    expect(error.code).toBe('corrupt-file');
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it('is a page without text when another page holds the CV', async () => {
    const cv = flateContent(textContent(['Karim HADDAD', 'Agent de propreté', 'karim.haddad@example.fr']));
    const document = await readDocument(pdfWithPages([[cv], [damagedScan]]));
    expect(document.kind).toBe('pdf-text');
    expect(document.lines.map((line) => line.text)).toContain('karim.haddad@example.fr');
    expect(document.warnings).toEqual([{ code: 'pages-without-text', message: '1 page(s) without readable text: 2.', params: { pages: '2' } }]);
  }, 30_000);
});

describe('page budget', () => {
  it('reads the first pages and warns that the rest was skipped', async () => {
    const document = await readDocument(fixture('fr-secretaire-2pages.pdf'), { maxPages: 1 });
    expect(document.pages).toBe(1);
    expect(document.lines.every((line) => line.page === 1)).toBe(true);
    expect(document.warnings.map((warning) => warning.code)).toEqual(['pages-truncated']);
    // The review screen says how many pages were read, in the person's language.
    expect(describeWarning('fr', 'pages-truncated', document.warnings[0]!.params)).toBe('Ce document est long : seule la première page a été lue.');
    expect(describeWarning('en', 'pages-truncated', { maxPages: 10 })).toBe('This document is long: only the first 10 pages were read.');
    // Without the number, no sentence with a hole in it: the engine's own message is shown.
    expect(describeWarning('fr', 'pages-truncated')).toBeNull();
  });
});

describe('sniffFileType', () => {
  it('recognises a format from its bytes, whatever the file is called', () => {
    expect(sniffFileType(fixture('photo-renommee.pdf'))).toBe('png');
    expect(sniffFileType(fixture('scan-magasinier-bruit.jpg'))).toBe('jpeg');
    expect(sniffFileType(fixture('scan-magasinier.webp'))).toBe('webp');
    expect(sniffFileType(fixture('fr-conducteur-bus.docx'))).toBe('zip');
    expect(sniffFileType(fixture('fr-plombier-latin1.txt'))).toBe('text');
    expect(sniffFileType(ascii('garbage before %PDF-1.7 header'))).toBe('pdf');
  });
});
