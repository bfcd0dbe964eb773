import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx } from './build-office';

// Web CV builders often export "Word" files by wrapping their HTML in a DOCX as an alternative
// format chunk (w:altChunk → word/afchunk.mht), as the html-docx-js library and docx4j's importer
// do. Word shows the whole CV; the body holds no paragraph of its own.

const html = [
  '<!DOCTYPE html><html><head><meta charset=3D"utf-8"><title>CV</title></head><body>',
  '<h1>Karim HADDAD</h1><p>Chauffeur livreur poids lourd</p>',
  '<p>06 45 12 78 90 =E2=80=93 karim.haddad@orange.fr</p>',
  '<h2>Exp=C3=A9rience</h2><p>2019 =E2=80=93 2024 Chauffeur livreur, Chronopost, Lyon</p>',
  '<h2>Formation</h2><p>2015 Permis C et FIMO marchandises</p>',
  '</body></html>',
].join('\r\n');
const mht = [
  'MIME-Version: 1.0',
  'Content-Type: multipart/related; type="text/html"; boundary="--mht-boundary"',
  '',
  '----mht-boundary',
  'Content-Location: file:///C:/fake/document.html',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Type: text/html; charset="utf-8"',
  '',
  html,
  '',
  '----mht-boundary--',
].join('\r\n');

describe('DOCX made of an HTML chunk', () => {
  it('reads the CV held in a w:altChunk, rather than calling the document empty', async () => {
    const bytes = buildDocx({
      body: '<w:altChunk r:id="htmlChunk"/>',
      parts: { 'word/afchunk.mht': mht },
      relationships: '<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="/word/afchunk.mht"/>',
    });
    const lines = (await readDocument(bytes)).lines.map((line) => line.text);
    expect(lines[0]).toBe('Karim HADDAD');
    expect(lines).toContain('06 45 12 78 90 – karim.haddad@orange.fr');
    expect(lines).toContain('Expérience');
  });

  it('an HTML chunk is read as a web page: keywords it hides by style are not read', async () => {
    const page = '<html><head><style>.ats{display:none}</style></head><body><h1>Karim HADDAD</h1><p>Chauffeur livreur</p>' +
      '<p class="ats">cariste magasinier</p><p style="color:#ffffff">logistique</p><p style="font-size:1px">transport</p><p>Permis C</p></body></html>';
    const bytes = buildDocx({
      body: '<w:altChunk r:id="htmlChunk"/>',
      parts: { 'word/afchunk.html': page },
      relationships: '<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.html"/>',
    });
    expect((await readDocument(bytes)).lines.map((line) => line.text)).toEqual(['Karim HADDAD', 'Chauffeur livreur', 'Permis C']);
  });
});
