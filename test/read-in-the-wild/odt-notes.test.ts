import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildOdt } from './build-office';

// A footnote or an endnote in a LibreOffice CV ("CACES R489 ¹" with "¹ Catégories 1, 3 et 5, valable
// jusqu'en 2027") holds details of the CV. As in a Word file, the note is read after the body, and
// the line that cites it stays clean; notes of deleted text and of hidden text stay out.

const texts = async (bytes: Uint8Array) => (await readDocument(bytes)).lines.map((line) => line.text);
const note = (id: string, citation: string, text: string, kind = 'footnote') =>
  `<text:note text:id="${id}" text:note-class="${kind}"><text:note-citation>${citation}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${text}</text:p></text:note-body></text:note>`;

describe('ODT footnotes and endnotes', () => {
  it('reads each note after the body, and leaves out those of hidden and deleted text', async () => {
    const content = [
      '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">K</dc:creator></office:change-info>',
      `<text:p>Permis C${note('ftn9', '9', 'Obtenu en 2010')}</text:p></text:deletion></text:changed-region></text:tracked-changes>`,
      '<text:p>Karim HADDAD</text:p>',
      '<text:h text:outline-level="1">COMPÉTENCES</text:h>',
      `<text:p>CACES R489${note('ftn1', '1', 'Catégories 1, 3 et 5, valable jusqu’en 2027')}, permis B</text:p>`,
      `<text:p>SST${note('edn1', 'i', 'Recyclage prévu en 2026', 'endnote')}</text:p>`,
      `<text:p text:style-name="Hidden">Python${note('ftn2', '2', 'Mot-clé caché')}</text:p>`,
    ].join('');
    const automaticStyles = '<style:style style:name="Hidden" style:family="paragraph"><style:text-properties text:display="none"/></style:style>';
    expect(await texts(buildOdt(content, { automaticStyles }))).toEqual([
      'Karim HADDAD',
      'COMPÉTENCES',
      'CACES R489, permis B',
      'SST',
      'Catégories 1, 3 et 5, valable jusqu’en 2027',
      'Recyclage prévu en 2026',
    ]);
  });
});
