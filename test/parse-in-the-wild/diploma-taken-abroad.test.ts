// A diploma taken abroad is often followed by where, not by which school: "Bamako, Mali",
// "Dakar (Sénégal)", "Casablanca, Maroc". The town was given as the school ("Bamako").
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const educationOf = (lines: string[]) =>
  parseProfile(documentOf(plainLines(['Awa KEITA', 'Agent de sécurité', 'awa.keita@gmail.com', 'FORMATION', ...lines].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).education.map(
    (entry) => [entry.degree, entry.school, entry.end],
  );

describe('a diploma taken abroad, with its place under it', () => {
  it.each([
    ['Bamako, Mali'],
    ['Dakar (Sénégal)'],
    ['Casablanca, Maroc'],
    ['Abidjan, Côte d’Ivoire'],
  ])('"%s" is no school', (place) => {
    expect(educationOf(["DEF (Diplôme d'études fondamentales)\t2009", place])).toEqual([["DEF (Diplôme d'études fondamentales)", null, '2009']]);
  });

  it('a school named under it is still the school, and the next diploma is still read', () => {
    expect(educationOf(['Baccalauréat scientifique\t2012', 'Lycée Askia Mohamed, Bamako, Mali', 'CQP Agent de prévention et de sécurité\t2017', 'Institut de formation aux métiers de la sécurité, Pantin'])).toEqual([
      ['Baccalauréat scientifique', 'Lycée Askia Mohamed', '2012'],
      ['CQP Agent de prévention et de sécurité', 'Institut de formation aux métiers de la sécurité', '2017'],
    ]);
  });
});
