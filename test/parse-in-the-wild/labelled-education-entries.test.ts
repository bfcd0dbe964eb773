// Diplomas written as labelled fields: "Diplôme : BTS MCO" / "Établissement : Lycée Jean Moulin,
// Lyon" / "Année : 2015". The labels are no part of the school, and the labelled year is the
// diploma's.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const educationOf = (heading: string, section: string) =>
  parseProfile(documentOf(plainLines(`Léa Martin\n06 12 34 56 78\n${heading}\n${section}`), 'docx'), { referenceDate: today })
    .education.map(({ degree, school, end }) => ({ degree, school, end }));

describe('labelled education entries', () => {
  it('reads the French fields', () => {
    expect(educationOf('FORMATION', 'Diplôme : BTS MCO\nÉtablissement : Lycée Jean Moulin, Lyon\nAnnée : 2015')).toEqual([
      { degree: 'BTS MCO', school: 'Lycée Jean Moulin', end: '2015' },
    ]);
  });

  it('reads the English fields', () => {
    expect(educationOf('EDUCATION', 'Qualification: NVQ Level 3 in Health and Social Care\nCollege: Bradford College\nYear: 2017')).toEqual([
      { degree: 'NVQ Level 3 in Health and Social Care', school: 'Bradford College', end: '2017' },
    ]);
  });
});
