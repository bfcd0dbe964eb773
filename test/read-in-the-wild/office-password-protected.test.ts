import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { CvError } from '../../lib/errors';
import { readDocument } from '../../lib/read/read-document';
import { buildDoc } from '../read/build-doc';

// Word's "Encrypt with password" saves a .docx as an OLE compound file holding the streams
// EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO), the container of an old .doc. Telling that
// user "this type is not supported, use a Word (.docx) document" sends them round in circles: the
// file is a .docx with a password, and what to do is remove the password.

/** A minimal compound file (512-byte sectors): FAT in sector 0, the directory in sector 1. */
function compoundFile(streamNames: string[]): Uint8Array {
  const sector = 512;
  const bytes = new Uint8Array(sector * 3).fill(0);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true); // minor version
  view.setUint16(26, 3, true); // major version 3: 512-byte sectors
  view.setUint16(28, 0xfffe, true); // little-endian
  view.setUint16(30, 9, true); // sector shift
  view.setUint16(32, 6, true); // mini sector shift
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, 1, true); // directory starts at sector 1
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, 0xfffffffe, true); // no mini FAT
  view.setUint32(68, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i += 1) view.setUint32(76 + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = sector;
  for (let i = 0; i < 128; i += 1) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true); // sector 0 is the FAT
  view.setUint32(fat + 4, 0xfffffffe, true); // sector 1, the directory, ends its chain
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = 2 * sector + index * 128;
    for (const [offset, char] of [...name].entries()) view.setUint16(at + offset * 2, char.charCodeAt(0), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = type;
    bytes[at + 67] = 1; // black
    view.setUint32(at + 68, 0xffffffff, true); // left sibling
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, 0xfffffffe, true); // empty stream
  };
  entry(0, 'Root Entry', 5, 1, 0xffffffff);
  streamNames.forEach((name, index) => entry(index + 1, name, 2, 0xffffffff, index + 2 < streamNames.length + 1 ? index + 2 : 0xffffffff));
  return bytes;
}

describe('password-protected Word document', () => {
  it('says the .docx is protected by a password instead of calling its type unsupported', async () => {
    const error = await readDocument(compoundFile(['EncryptionInfo', 'EncryptedPackage'])).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).not.toBe('unsupported-type');
    expect((error as CvError).code).toMatch(/^encrypted/);
  });

  it('says a password-protected Word 97–2003 .doc is protected, and reads an unprotected one', async () => {
    const error = (await readDocument(buildDoc({ body: ['Curriculum vitae\r'], flags: 0x0100 })).catch((caught: unknown) => caught)) as CvError;
    expect(error.code).toBe('encrypted-document');
    const document = await readDocument(buildDoc({ body: ['Curriculum vitae\r'] }));
    expect(document.kind).toBe('doc');
  });

  it('still names an Excel 97–2003 sheet, not a password', async () => {
    const error = (await readDocument(compoundFile(['Workbook'])).catch((caught: unknown) => caught)) as CvError;
    expect(error.code).toBe('unsupported-type');
    expect(error.params.type).toBe('xls');
  });
});

// LibreOffice's "Save with password" keeps the zip but encrypts content.xml and styles.xml (Blowfish
// or AES, declared in META-INF/manifest.xml by manifest:encryption-data). Calling that file damaged
// is wrong too: it opens fine in LibreOffice once the password is typed.

/** An ODT whose content.xml and styles.xml hold encrypted bytes, as the manifest declares. */
function passwordProtectedOdt(): Uint8Array {
  let seed = 20261130;
  const random = (length: number) =>
    Uint8Array.from({ length }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 16;
    });
  const encryption = (checksum: string) =>
    `<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="${checksum}"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="kQ5o1rS0c2R3bnQ4ZVhZWg=="/><manifest:start-key-generation manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="c2FsdHNhbHRzYWx0c2FsdA=="/></manifest:encryption-data>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="4211">${encryption('m1yJ3ZtYXh1c2VkY2hlY2tzdW0xMjM0NTY3OA==')}</manifest:file-entry><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml" manifest:size="9876">${encryption('c3R5bGVzY2hlY2tzdW0xMjM0NTY3ODkwMTI=')}</manifest:file-entry></manifest:manifest>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    // Encrypted bytes do not compress: LibreOffice stores them as they are.
    'content.xml': [random(1536), { level: 0 }],
    'styles.xml': [random(2048), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest),
  });
}

describe('password-protected OpenDocument text', () => {
  it('says the .odt is protected by a password instead of calling it empty or damaged', async () => {
    const error = await readDocument(passwordProtectedOdt()).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toMatch(/^encrypted/);
  });
});
