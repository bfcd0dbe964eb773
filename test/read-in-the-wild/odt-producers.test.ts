import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { readDocument } from '../../lib/read/read-document';
import { buildOdt } from './build-office';

// OpenDocument markup as LibreOffice writes it: frames with text boxes, nested lists, tables with
// header rows and merged cells, soft page breaks, text:s runs of spaces, text:tab, footnotes.

describe('ODT as LibreOffice writes it', () => {
  it('reads frames, headings, spaces, tabs, page breaks, nested lists and tables once each, in order', async () => {
    const content = [
      '<text:p text:style-name="P1"><draw:frame draw:name="Cadre1" text:anchor-type="paragraph" svg:width="6cm"><draw:text-box><text:p>Karim HADDAD</text:p><text:p>06 45 12 78 90</text:p></draw:text-box></draw:frame></text:p>',
      '<text:h text:outline-level="1">Expérience</text:h>',
      '<text:p>2019<text:s text:c="3"/>–<text:s/>2024<text:tab/>Magasinier<text:soft-page-break/> cariste</text:p>',
      '<text:soft-page-break/>',
      '<text:list><text:list-item><text:p>CACES R489</text:p></text:list-item><text:list-item><text:list><text:list-item><text:p>Catégorie 3</text:p></text:list-item></text:list></text:list-item></text:list>',
      '<table:table><table:table-column table:number-columns-repeated="2"/><table:table-header-rows><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Formation</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table-header-rows>',
      '<table:table-row><table:table-cell><text:p>2018</text:p></table:table-cell><table:table-cell><text:p>CAP Opérateur logistique</text:p></table:table-cell></table:table-row></table:table>',
      '<text:p>Courriel : <text:a xlink:href="mailto:karim.haddad@orange.fr">karim.haddad@orange.fr</text:a><text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Adresse personnelle</text:p></text:note-body></text:note></text:p>',
    ].join('');
    const document = await readDocument(buildOdt(content));
    expect(document.lines.map((line) => line.text)).toEqual([
      'Karim HADDAD',
      '06 45 12 78 90',
      'Expérience',
      '2019 – 2024\tMagasinier cariste',
      'CACES R489',
      'Catégorie 3',
      'Formation',
      '2018\tCAP Opérateur logistique',
      'Courriel : karim.haddad@orange.fr',
      // The footnote, off the line that cites it, after the body (as in a Word file).
      'Adresse personnelle',
    ]);
  });

  it('leaves entities declared in a DOCTYPE unexpanded', async () => {
    const lol = Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ''};`.repeat(10)}">`).join('');
    const document = await readDocument(buildOdt('<text:p>Karim HADDAD</text:p><text:p>&lol9;</text:p>', { prolog: `<!DOCTYPE office:document-content [<!ENTITY lol "lol">${lol}]>` }));
    expect(document.lines.map((line) => line.text).join('\n').length).toBeLessThan(100);
  });
});

describe('hostile ODT', () => {
  it.each([
    ['sections', '<text:section>'.repeat(20_000) + '<text:p>Karim HADDAD</text:p>' + '</text:section>'.repeat(20_000)],
    ['spans', '<text:p>' + '<text:span>'.repeat(20_000) + 'Karim HADDAD' + '</text:span>'.repeat(20_000) + '</text:p>'],
  ])('refuses 20,000 nested %s as a damaged file, not as an internal error', async (_, content) => {
    const error = await readDocument(buildOdt(content)).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toBe('corrupt-file');
  });
});
