import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildOdt } from './build-office';

// LibreOffice files as people make them: the name and contact details in the header of the first
// page only ("Same content on first page" unticked: style:header-first since LibreOffice 7.6,
// loext:header-first before), and text hidden with the "Hidden" character attribute or in a hidden
// section: keywords stuffed for applicant-tracking systems, a template's instructions.

const texts = async (bytes: Uint8Array) => (await readDocument(bytes)).lines.map((line) => line.text);
const BODY = '<text:h text:outline-level="1">EXPÉRIENCE</text:h><text:p>2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon</text:p>';

/** The ODT with this master page in styles.xml. */
function withMasterPage(bytes: Uint8Array, masterPage: string): Uint8Array {
  const files = unzipSync(bytes);
  files['styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3"><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${masterPage}</style:master-page></office:master-styles></office:document-styles>`,
  );
  return zipSync(files);
}

describe('ODT first-page header', () => {
  it('reads the name from the first page header, before the body', async () => {
    const master = '<style:header><text:p>Karim HADDAD – CV</text:p></style:header><style:header-first><text:p>Karim HADDAD</text:p><text:p>06 45 12 78 90 – karim.haddad@orange.fr</text:p></style:header-first>';
    expect(await texts(withMasterPage(buildOdt(BODY), master))).toEqual([
      'Karim HADDAD',
      '06 45 12 78 90 – karim.haddad@orange.fr',
      'Karim HADDAD – CV',
      'EXPÉRIENCE',
      '2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon',
    ]);
  });

  it('reads it once when LibreOffice 7.x writes it twice (loext: and style:), and reads a left-page footer', async () => {
    const first = '<text:p>Karim HADDAD</text:p><text:p>06 45 12 78 90</text:p>';
    const master = `<style:header-first>${first}</style:header-first><loext:header-first>${first}</loext:header-first><style:footer-left><text:p>Permis B – véhiculé</text:p></style:footer-left>`;
    expect(await texts(withMasterPage(buildOdt(BODY), master))).toEqual(['Karim HADDAD', '06 45 12 78 90', 'EXPÉRIENCE', '2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon', 'Permis B – véhiculé']);
  });
});

describe('ODT hidden text', () => {
  const automaticStyles =
    '<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>' +
    '<style:style style:name="P1" style:family="paragraph"><style:text-properties text:display="none"/></style:style>' +
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="P1"/>' +
    '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>';

  it('leaves out text hidden by its style, a paragraph style or a parent style, and hidden sections', async () => {
    const content = [
      '<text:p>Karim HADDAD</text:p>',
      '<text:p>Magasinier cariste<text:span text:style-name="T1"> python java kubernetes</text:span></text:p>',
      '<text:p text:style-name="P1">Remplacez ce texte par votre expérience.</text:p>',
      '<text:p text:style-name="P2">manager directeur commercial</text:p>',
      '<text:section text:name="Mots-clés" text:display="none"><text:p>SAP Salesforce comptabilité</text:p></text:section>',
      '<text:section text:name="Formation"><text:p>CAP Opérateur logistique, <text:span text:style-name="T2">2018</text:span></text:p></text:section>',
    ].join('');
    expect(await texts(buildOdt(content, { automaticStyles }))).toEqual(['Karim HADDAD', 'Magasinier cariste', 'CAP Opérateur logistique, 2018']);
  });

  it('leaves out keywords in a font too small to read (1 point), by a span or a paragraph style, and reads small print', async () => {
    const tiny =
      '<style:style style:name="T9" style:family="text"><style:text-properties fo:font-size="1pt" style:font-size-asian="1pt"/></style:style>' +
      '<style:style style:name="P9" style:family="paragraph"><style:text-properties fo:font-size="0.03cm"/></style:style>' +
      '<style:style style:name="P10" style:family="paragraph" style:parent-style-name="P9"><style:text-properties fo:font-size="6pt"/></style:style>';
    const content = [
      '<text:p>Karim HADDAD</text:p>',
      '<text:p>Magasinier cariste<text:span text:style-name="T9"> python java kubernetes</text:span></text:p>',
      '<text:p text:style-name="P9">manager directeur commercial SAP</text:p>',
      '<text:p text:style-name="P10">CV mis a jour le 12/03/2024</text:p>',
    ].join('');
    expect(await texts(buildOdt(content, { automaticStyles: tiny }))).toEqual(['Karim HADDAD', 'Magasinier cariste', 'CV mis a jour le 12/03/2024']);
  });
});
