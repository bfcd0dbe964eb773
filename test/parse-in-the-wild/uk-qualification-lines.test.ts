// UK "Qualifications" sections: GCSEs and A-levels followed by their subjects without grades, and
// the licences of a trade (forklift, HGV, SIA) listed among the diplomas. A subject list is one
// qualification; a trade licence is a certificate, not a French "Licence" degree.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (section: string) =>
  parseProfile(documentOf(plainLines(`James O'Connor\n07700 900456\njames.oconnor@hotmail.co.uk\nQUALIFICATIONS\n${section}`), 'docx'), { referenceDate: today });
const educationOf = (section: string) => parse(section).education.map(({ degree, school, end }) => ({ degree, school, end }));

describe('UK qualification lines', () => {
  it('keeps the subjects of GCSEs and A-levels with them', () => {
    expect(educationOf('GCSEs: English, Maths, Science (2013)\nA-Levels: Biology, Chemistry and English (2015)')).toEqual([
      { degree: 'GCSEs: English, Maths, Science', school: null, end: '2013' },
      { degree: 'A-Levels: Biology, Chemistry and English', school: null, end: '2015' },
    ]);
    expect(educationOf('GCSEs (9): English, Maths, Science – Parkside School, 2013')).toEqual([
      { degree: 'GCSEs (9): English, Maths, Science', school: 'Parkside School', end: '2013' },
    ]);
  });

  it('reads a forklift or HGV licence as a certificate, not as a degree with the next line for school', () => {
    const profile = parse('NVQ Level 2 Warehousing and Storage (2018)\nCounterbalance forklift licence (RTITB)\nHGV Class 1 licence\nGCSEs: English, Maths (2013)\nCSCS card\nFull UK driving licence');
    expect(profile.education.map(({ degree, school }) => ({ degree, school }))).toEqual([
      { degree: 'NVQ Level 2 Warehousing and Storage', school: null },
      { degree: 'GCSEs: English, Maths', school: null },
    ]);
    expect(profile.certifications.map(({ label }) => label)).toEqual(expect.arrayContaining(['Counterbalance forklift licence (RTITB)', 'HGV Class 1 licence']));
  });

  it('does not take a certificate with "School" in its name for the school of the line above', () => {
    expect(educationOf('Food Hygiene Level 2 (2019)\nSecondary School Certificate, Kraków, Poland (2008)')).toContainEqual({ degree: 'Food Hygiene Level 2', school: null, end: '2019' });
  });

  it('still reads a French "Licence" as a degree', () => {
    expect(educationOf('Licence professionnelle Logistique – Université de Lille, 2016')).toEqual([
      { degree: 'Licence professionnelle Logistique', school: 'Université de Lille', end: '2016' },
    ]);
  });
});

describe('graded GCSEs followed by their school', () => {
  it('keeps "GCSEs: Maths (C), English (D), Science (C)" whole with the school after the dash', () => {
    expect(educationOf('GCSEs: Maths (C), English (D), Science (C) – Oakwood High School, 2012')).toEqual([
      { degree: 'GCSEs: Maths (C), English (D), Science (C)', school: 'Oakwood High School', end: '2012' },
    ]);
  });
});
