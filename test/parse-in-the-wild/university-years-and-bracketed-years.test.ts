// "Licence 3 Psychologie" is the third year of a university degree (L3), not the liquor licence
// of a bar ("Licence IV"); and a year inside a bracket with a country ("(Maroc, 2010)") leaves the
// country, not a broken bracket, in the diploma's name.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (heading: string, section: string) => parseProfile(documentOf(plainLines(`Yasmine Alaoui\n06 12 34 56 78\n${heading}\n${section}`), 'docx'), { referenceDate: today });
const educationOf = (section: string) => parse('FORMATION', section).education.map(({ degree, school, end }) => ({ degree, school, end }));

describe('university years and years in brackets', () => {
  it('reads "Licence 3 Psychologie" as a degree', () => {
    expect(educationOf('Licence 3 Psychologie – Université Lyon 2 (2018)')).toEqual([{ degree: 'Licence 3 Psychologie', school: 'Université Lyon 2', end: '2018' }]);
    expect(educationOf('Licence 2 de Droit, Université de Nantes, 2016')).toEqual([{ degree: 'Licence 2 de Droit', school: 'Université de Nantes', end: '2016' }]);
  });

  it('still reads "Licence IV" and "licence 4" as a bar licence, not a degree', () => {
    const profile = parse('FORMATION', 'Permis d’exploitation (Licence IV)\nLicence 4\nLicence III (bar)');
    expect(profile.education).toEqual([]);
  });

  it('keeps the country of a bracket whose year was the date', () => {
    expect(educationOf('Diplôme de comptabilité (Maroc, 2010), équivalence Bac+2')).toEqual([{ degree: 'Diplôme de comptabilité (Maroc)', school: null, end: '2010' }]);
  });
});
