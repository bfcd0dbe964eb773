import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { describeError } from '../../lib/i18n';
import { readDocument } from '../../lib/read/read-document';
import { buildDoc } from '../read/build-doc';

// Files people hand a counsellor that the reader cannot read: a Word 95 .doc, an Excel sheet,
// slides, an iPhone photo, a zip. Each is refused, and the sentence says how to get a file we can
// read, instead of the generic "type not supported".

const ascii = (text: string) => new TextEncoder().encode(text);

/** An OLE compound file whose directory names `stream` (UTF-16LE), as Office 97–2003 writes it. */
function compoundFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  [...`Root Entry`].forEach((char, index) => (bytes[1024 + index * 2] = char.charCodeAt(0)));
  [...stream].forEach((char, index) => (bytes[1152 + index * 2] = char.charCodeAt(0)));
  return bytes;
}

function openDocument(mimetype: string): Uint8Array {
  return zipSync({ mimetype: strToU8(mimetype), 'content.xml': strToU8('<office:document-content/>') });
}

async function refusal(bytes: Uint8Array): Promise<CvError> {
  const error = await readDocument(bytes).then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(CvError);
  expect((error as CvError).code).toBe('unsupported-type');
  return error as CvError;
}

describe('a file we cannot read says what to do with it', () => {
  it.each([
    // Word 97–2003 .doc files are read; Word 6 and 95 ones (nFib under 106) are not.
    ['a Word 95 .doc', buildDoc({ body: ['Curriculum vitae\r'], nFib: 104 }), /document Word est trop ancien.*enregistrez-le en \.docx ou en PDF/, /Word document is too old.*save it as \.docx or PDF/],
    ['an Excel 97 sheet', compoundFile('Workbook'), /tableur, pas un CV/, /spreadsheet, not a CV/],
    ['PowerPoint 97 slides', compoundFile('PowerPoint Document'), /présentation.*enregistrez-le en PDF/, /presentation.*save it as a PDF/],
    ['an Excel .xlsx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), /tableur/, /spreadsheet/],
    ['PowerPoint .pptx slides', zipSync({ 'ppt/presentation.xml': strToU8('<presentation/>') }), /présentation/, /presentation/],
    ['a LibreOffice Calc sheet', openDocument('application/vnd.oasis.opendocument.spreadsheet'), /tableur/, /spreadsheet/],
    ['LibreOffice Impress slides', openDocument('application/vnd.oasis.opendocument.presentation'), /présentation/, /presentation/],
    ['an iPhone photo', (() => { const heic = new Uint8Array(64); heic.set(ascii('\u0000\u0000\u0000\u0018ftypheic')); return heic; })(), /HEIC.*JPEG/, /HEIC.*JPEG/],
    ['a Pages document from a Mac', zipSync({ 'Index/Document.iwa': new Uint8Array(16), 'preview.jpg': new Uint8Array(16) }), /Pages.*Exportez-le en PDF/, /Pages.*Export it as a PDF/],
    ['a zip of documents', zipSync({ 'cv.pdf': strToU8('%PDF-1.4') }), /archive.*déposez le CV qu’elle contient/, /archive.*upload the CV it contains/],
  ])('%s', async (_name, bytes, french, english) => {
    const error = await refusal(bytes);
    expect(describeError('fr', error)).toMatch(french);
    expect(describeError('en', error)).toMatch(english);
  });

  it('a Word 97–2003 .doc is read, not refused', async () => {
    const document = await readDocument(buildDoc({ body: ['Curriculum vitae\r'] }));
    expect(document).toMatchObject({ kind: 'doc', lines: [{ text: 'Curriculum vitae' }] });
  });

  it('a password-protected .docx (also an OLE file) is still told apart from an old .doc', async () => {
    const bytes = compoundFile('EncryptedPackage');
    [...'EncryptionInfo'].forEach((char, index) => (bytes[1280 + index * 2] = char.charCodeAt(0)));
    const error = await readDocument(bytes).then(() => null, (reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'encrypted-document' });
  });

  it('a zip named as a Word file but holding no document is a damaged file, not an archive to open', async () => {
    const bytes = zipSync({ 'notes.txt': strToU8('bonjour') });
    const error = await readDocument(bytes, { fileName: 'CV Martin.docx' }).then(() => null, (reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'corrupt-file' });
    expect(describeError('fr', error as CvError)).toMatch(/endommagé/);
  });

  it('a file of unknown bytes keeps the general sentence, listing the formats we read', async () => {
    const random = new Uint8Array(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256));
    const error = await refusal(random);
    expect(describeError('fr', error)).toMatch(/PDF, un document Word \(\.docx, \.doc\), LibreOffice \(\.odt\) ou RTF \(\.rtf\), ou une photo ou un scan \(PNG, JPEG, WebP, TIFF\)/);
    expect(describeError('en', error)).toMatch(/PDF, a Word \(\.docx, \.doc\), LibreOffice \(\.odt\) or RTF \(\.rtf\) document, or a photo or scan \(PNG, JPEG, WebP, TIFF\)/);
  });
});
