// A diploma set in bold with its school in plain text after it, wrapped by the column edge:
// "DEP Assistance à la personne … — Centre de formation" (read as a bold line) over
// "professionnelle Pointe-aux-Trembles, 2020". The two lines differed in boldness, so they were not
// rejoined: the school came out as "Centre de formation" and the year was lost.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, pdfLines } from '../parse/build-lines';

const parse = (rows: { text: string; y: number; bold?: boolean; w?: number }[]) =>
  parseProfile(documentOf(pdfLines([
    { text: "Jean-Baptiste N'DIAYE", x: 51, y: 40, h: 20, bold: true },
    { text: 'Préposé aux bénéficiaires', x: 51, y: 66, h: 10 },
    { text: 'jb.ndiaye@videotron.ca', x: 51, y: 80, h: 10 },
    { text: 'FORMATION', x: 51, y: 250, h: 11.5, bold: true },
    ...rows.map((row) => ({ ...row, x: 51, h: 10 })),
  ])), { referenceDate: new Date('2026-11-30') });

describe('a bold line running on in plain text on the next line', () => {
  it('is one line: the school and the year are read whole', () => {
    const { education } = parse([
      { text: 'DEP Assistance à la personne en établissement et à domicile — Centre de formation', y: 274, bold: true, w: 490 },
      { text: 'professionnelle Pointe-aux-Trembles, 2020', y: 285, w: 200 },
      { text: 'CAP Agent polyvalent de restauration — Lycée Jean Moulin, 2014', y: 307, bold: true, w: 330 },
    ]);
    expect(education.map((entry) => [entry.degree, entry.school, entry.end])).toEqual([
      ['DEP Assistance à la personne en établissement et à domicile', 'Centre de formation professionnelle Pointe-aux-Trembles', '2020'],
      ['CAP Agent polyvalent de restauration', 'Lycée Jean Moulin', '2014'],
    ]);
  });

  it('a short bold title keeps its plain description apart', () => {
    const { education } = parse([
      { text: 'Titre professionnel Agent de restauration', y: 274, bold: true, w: 230 },
      { text: 'obtenu en 2019, AFPA Montréal', y: 285, w: 160 },
    ]);
    expect(education.map((entry) => entry.degree)).toEqual(['Titre professionnel Agent de restauration']);
  });
});
