import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, buildOdt, p } from './build-office';

// Word and LibreOffice write their XML parts in UTF-8, but XML lets a part be in UTF-16 (with a
// byte-order mark, or told by the bytes of "<?xml") or in a single-byte encoding its declaration
// names. Generators do write them so: .NET's XmlWriter defaults to UTF-16, some HR and reporting
// tools export Latin-1. Such a CV was told to be damaged.

const CV = ['Karim HADDAD', 'Magasinier cariste à Vénissieux', 'CACES R489 – catégories 1, 3 et 5', 'Français, arabe, anglais (B1)'];

type Encoding = 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'iso-8859-1';

/** The part re-encoded, its declaration naming the encoding. */
function encode(xml: string, encoding: Encoding): Uint8Array {
  const declared = xml.replace(/encoding="UTF-8"/, `encoding="${encoding === 'iso-8859-1' ? 'ISO-8859-1' : 'UTF-16'}"`);
  // A Latin-1 writer spells what Latin-1 lacks ('–') as a character reference.
  if (encoding === 'iso-8859-1') return new Uint8Array(Buffer.from(declared.replace(/[^\u0000-\u00ff]/g, (char) => `&#${char.codePointAt(0)};`), 'latin1'));
  const little = Buffer.from(`${encoding.endsWith('bom') ? '\uFEFF' : ''}${declared}`, 'utf16le');
  return new Uint8Array(encoding === 'utf-16be-bom' ? little.swap16() : little);
}

/** The package with its XML parts (those `which` picks) re-encoded. */
function reencode(zip: Uint8Array, encoding: Encoding, which: (name: string) => boolean = () => true): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(zip);
  for (const name of Object.keys(files)) if (/\.(?:xml|rels)$/.test(name) && which(name)) files[name] = encode(strFromU8(files[name]!), encoding);
  return zipSync(files);
}

const texts = async (bytes: Uint8Array) => (await readDocument(bytes, { fileName: 'cv.docx' })).lines.map((line) => line.text);

describe('office XML parts not in UTF-8', () => {
  const docx = () => buildDocx({ body: CV.slice(1).map((line) => p(line)).join(''), parts: { 'word/header1.xml': `<w:hdr %W%>${p(CV[0]!)}</w:hdr>` }, relationships: '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' });

  it.each(['utf-16le-bom', 'utf-16be-bom', 'utf-16le'] as const)('reads a DOCX whose every XML part is in %s', async (encoding) => {
    expect(await texts(reencode(docx(), encoding))).toEqual(CV);
  });

  it('reads a DOCX whose main document alone is in UTF-16, and one whose parts declare ISO-8859-1', async () => {
    expect(await texts(reencode(docx(), 'utf-16le-bom', (name) => name === 'word/document.xml'))).toEqual(CV);
    expect(await texts(reencode(docx(), 'iso-8859-1'))).toEqual(CV);
  });

  it('reads an ODT whose content.xml is in UTF-16', async () => {
    const odt = reencode(buildOdt(CV.map((line) => `<text:p>${line}</text:p>`).join('')), 'utf-16le-bom');
    expect((await readDocument(odt)).lines.map((line) => line.text)).toEqual(CV);
  });
});
