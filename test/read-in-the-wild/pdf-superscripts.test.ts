import { describe, expect, it } from 'vitest';
import { settleRaisedScripts } from '../../lib/read/pdf/settle-raised-scripts';
import { readDocument } from '../../lib/read/read-document';
import { latin1, pdfWithPages } from '../read/build-pdf';

// French CVs write ordinals and units as superscripts: "Licence 1re année", "4e arrondissement",
// "1 200 m3". Browsers and Word draw them in a smaller font raised by a quarter to a third of the
// line's height, as text of their own. They belong to their line, in place, not on a line above.

const escape = (text: string) => text.replace(/[()\\]/g, '\\$&');
/** One line at `y` (PDF coordinates) from `x`: runs of [text, size, rise]; widths from Helvetica's average advance. */
const line = (y: number, runs: [string, number, number][], x = 56) =>
  `BT /F1 11 Tf ${x} ${y} Td ${runs.map(([text, size, rise]) => `/F1 ${size} Tf ${rise} Ts (${escape(text)}) Tj`).join(' ')} 0 Ts ET`;
const texts = async (content: string) => (await readDocument(pdfWithPages([[{ dictionary: '', data: latin1(content) }]]))).lines.map((entry) => entry.text);

describe('PDF superscripts', () => {
  it('reads an ordinal or a unit in superscript on its line, in place', async () => {
    const content = [
      line(780, [['Karim HADDAD', 18, 0]]),
      line(740, [['FORMATION', 13, 0]]),
      // As a browser prints <sup>: 11 pt text, the script at 9.2 pt raised 2.6 pt.
      line(715, [['2016 - 2017 Licence 1', 11, 0], ['re', 9.2, 2.6], [' annee de droit, Universite Lyon 2', 11, 0]]),
      // As Word exports a superscript: two thirds of the size, raised a third.
      line(695, [['2014 Baccalaureat professionnel, lycee du 2', 11, 0], ['e', 7.3, 3.7], [' arrondissement', 11, 0]]),
      line(660, [['EXPERIENCE', 13, 0]]),
      line(635, [['2019 - 2024 Magasinier cariste, Leroy Merlin (4', 11, 0], ['e', 7.3, 3.7], [' entrepot)', 11, 0]]),
      line(615, [['Preparation de 1 200 m', 11, 0], ['3', 7.3, 3.7], [' de commandes par jour', 11, 0]]),
    ].join('\n');
    expect(await texts(content)).toEqual([
      'Karim HADDAD',
      'FORMATION',
      '2016 - 2017 Licence 1re annee de droit, Universite Lyon 2',
      '2014 Baccalaureat professionnel, lycee du 2e arrondissement',
      'EXPERIENCE',
      '2019 - 2024 Magasinier cariste, Leroy Merlin (4e entrepot)',
      'Preparation de 1 200 m3 de commandes par jour',
    ]);
  });

  it('leaves small print above a line on its own line: a caption, or short words that do not start where the line ends', async () => {
    const content = [
      line(780, [['Karim HADDAD', 18, 0]]),
      line(743, [['Mobile', 7, 0]]),
      line(740, [['06 45 12 78 90', 11, 0]], 120),
      line(718, [['Permis B', 11, 0]]),
      line(722, [['2021', 7, 0]], 200),
    ].join('\n');
    const lines = await texts(content);
    expect(lines).not.toContain('06 45 12 78 90Mobile');
    expect(lines.join('\n')).not.toMatch(/Permis B ?2021/);
  });

  it('stays fast on a page of 20,000 short items in two sizes, each a possible superscript of the others', () => {
    const grid = Array.from({ length: 19_999 }, (_, i) => ({ text: 'ab', x: (i % 100) * 5, y: Math.floor(i / 100) * 3 + (i % 2) * 2, width: 5, height: i % 2 ? 7 : 11 }));
    const column = Array.from({ length: 19_999 }, (_, i) => ({ text: 'ab', x: 100, y: (i % 2) * 3, width: 0, height: i % 2 ? 7 : 11 }));
    const started = Date.now();
    settleRaisedScripts(grid);
    settleRaisedScripts(column);
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
