import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { readDocument } from '../../lib/read/read-document';
import { sniffFileType } from '../../lib/read/sniff-file-type';

// LibreOffice's "Flat XML ODF" (.fodt) keeps an OpenDocument text as one XML file instead of a zip:
// content.xml and styles.xml together under an office:document root. Some administrations' and
// schools' templates come that way, and it is what LibreOffice offers to keep a file diffable. It is
// read like an .odt, found by its content whatever its name.

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"';

/** A flat OpenDocument as LibreOffice 24 writes it (meta, fonts, styles, master page, body). */
function flatOdt(text: string, mimetype = 'application/vnd.oasis.opendocument.text'): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>

<office:document ${NS} office:version="1.3" office:mimetype="${mimetype}">
 <office:meta><meta:generator xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">LibreOffice/24.2.7.2$Linux_X86_64</meta:generator></office:meta>
 <office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
 <office:styles>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="T2" style:family="text"><style:text-properties text:display="none"/></style:style>
  <style:page-layout style:name="pm1"/>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header-first><text:p><text:span text:style-name="T1">Karim HADDAD</text:span></text:p><text:p>06 45 12 78 90 – karim.haddad@orange.fr</text:p></style:header-first>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
   ${text}
  </office:text>
 </office:body>
</office:document>
`;
  return new Uint8Array(Buffer.from(xml, 'utf8'));
}

const BODY = [
  '<text:h text:style-name="Heading_20_1" text:outline-level="1">Expérience</text:h>',
  '<text:p>2019<text:s/>–<text:s/>2024<text:tab/>Magasinier cariste, Geodis, Vénissieux</text:p>',
  '<text:p>CACES R489 catégories 1, 3 et 5<text:span text:style-name="T2"> SAP WMS Excel avancé</text:span></text:p>',
  '<table:table><table:table-row><table:table-cell><text:p>2018</text:p></table:table-cell><table:table-cell><text:p>CAP Opérateur logistique</text:p></table:table-cell></table:table-row></table:table>',
].join('\n   ');

describe('flat OpenDocument text (.fodt)', () => {
  it('is read as an ODT, not as text full of XML tags: first-page header, headings, tables, hidden text left out', async () => {
    const document = await readDocument(flatOdt(BODY), { fileName: 'CV Karim.fodt' });
    expect(document.kind).toBe('odt');
    expect(document.lines.map((line) => line.text)).toEqual([
      'Karim HADDAD',
      '06 45 12 78 90 – karim.haddad@orange.fr',
      'Expérience',
      '2019 – 2024\tMagasinier cariste, Geodis, Vénissieux',
      'CACES R489 catégories 1, 3 et 5',
      '2018\tCAP Opérateur logistique',
    ]);
    expect(document.lines.filter((line) => line.bold).map((line) => line.text)).toEqual(['Karim HADDAD', 'Expérience']);
  });

  it('is found by its content whatever its name, with or without a byte-order mark', async () => {
    const bytes = flatOdt(BODY);
    expect(sniffFileType(bytes)).toBe('flat-opendocument');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    for (const [file, fileName] of [[bytes, 'cv.xml'], [withBom, undefined]] as const) {
      const lines = (await readDocument(file, { fileName })).lines.map((line) => line.text);
      expect(lines).toContain('CACES R489 catégories 1, 3 et 5');
      expect(lines.join('\n')).not.toMatch(/<|office:/);
    }
  });

  it('names a flat spreadsheet as a spreadsheet', async () => {
    const error = await readDocument(flatOdt('', 'application/vnd.oasis.opendocument.spreadsheet')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toBe('unsupported-type');
    expect((error as CvError).params.type).toBe('ods');
  });
});
