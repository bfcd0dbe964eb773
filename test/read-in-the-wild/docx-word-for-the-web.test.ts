import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// Word for the web (OneDrive, SharePoint, Teams) saves the main document of a .docx as
// word/document2.xml, named by the package's relationships (_rels/.rels) as the standard asks.
// Word and LibreOffice open such files like any other; a job seeker who wrote the CV online
// must not be told it is damaged.

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** The package with its main part (and that part's relationships) moved to `path`. */
function withMainPart(bytes: Uint8Array, path: string): Uint8Array {
  const files = unzipSync(bytes);
  const name = path.slice(path.lastIndexOf('/') + 1);
  files[path] = files['word/document.xml']!;
  files[`word/_rels/${name}.rels`] = files['word/_rels/document.xml.rels']!;
  delete files['word/document.xml'];
  delete files['word/_rels/document.xml.rels'];
  files['_rels/.rels'] = strToU8(decode(files['_rels/.rels']).replace('Target="word/document.xml"', `Target="/${path}"`));
  files['[Content_Types].xml'] = strToU8(decode(files['[Content_Types].xml']).replace('PartName="/word/document.xml"', `PartName="/${path}"`));
  return zipSync(files);
}

const CV = [p('Karim HADDAD'), p('EXPÉRIENCE'), p('2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon')].join('');

describe('DOCX saved by Word for the web', () => {
  it('reads a CV whose main document is word/document2.xml', async () => {
    const document = await readDocument(withMainPart(buildDocx({ body: CV }), 'word/document2.xml'), { fileName: 'CV Karim.docx' });
    expect(document.kind).toBe('docx');
    expect(document.lines.map((line) => line.text)).toEqual(['Karim HADDAD', 'EXPÉRIENCE', '2019 – 2024 Magasinier cariste, Leroy Merlin, Lyon']);
  });

  it('reads its hidden-text rules and alternative chunks too: the body is rewritten where it lives', async () => {
    const body = p('Karim HADDAD') + '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>python kubernetes</w:t></w:r></w:p><w:altChunk r:id="rIdChunk"/>';
    const bytes = buildDocx({
      body,
      parts: { 'word/chunk.html': '<html><body><p>Magasinier cariste</p></body></html>' },
      relationships: '<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.html"/>',
    });
    const lines = (await readDocument(withMainPart(bytes, 'word/document2.xml'))).lines.map((line) => line.text);
    expect(lines).toEqual(['Karim HADDAD', 'Magasinier cariste']);
  });

  it('still calls damaged a .docx whose relationships name a main document it does not hold', async () => {
    const files = unzipSync(withMainPart(buildDocx({ body: CV }), 'word/document2.xml'));
    delete files['word/document2.xml'];
    const error = await readDocument(zipSync(files), { fileName: 'CV Karim.docx' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toBe('corrupt-file');
  });
});
