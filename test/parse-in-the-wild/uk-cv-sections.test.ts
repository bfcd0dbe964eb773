// A UK CV as candidates type it: "Education & qualifications" heading, GCSEs / A-levels / NVQ,
// "Driving licence: full clean UK licence", "References available on request".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import type { TextLine } from '../../lib/types';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const CV = `Emma Thompson
12 Heaton Moor Road, Stockport SK4 2QL
+44 7700 900123
emma.thompson@gmail.com
Personal statement
Reliable and caring support worker with five years of experience in residential care.
Key skills
Personal care, medication administration, safeguarding
Employment history
June 2019 – Present
Senior Care Assistant, Bluebird Care, Stockport
Summer 2017
Sales Assistant, Tesco, Stockport
Education & qualifications
NVQ Level 2 Health and Social Care, Stockport College, 2018
GCSEs: 9 including English and Maths, 2014
Driving licence: full clean UK licence
References available on request`;
const HEADINGS = ['Personal statement', 'Key skills', 'Employment history', 'Education & qualifications', 'References available on request'];

/** Plain text (a .txt file, a pasted CV): no layout cue at all. */
const plain = parseProfile(documentOf(plainLines(CV), 'docx'), { referenceDate: today });
/** The same CV from DOCX, its headings in bold. */
const bold = parseProfile(documentOf(plainLines(CV).map((line): TextLine => ({ ...line, bold: HEADINGS.includes(line.text) })), 'docx'), { referenceDate: today });

describe('UK CV headings and licence line', () => {
  it('takes "Education & qualifications" as the education heading in plain text, so the diplomas are not jobs', () => {
    expect(plain.experiences.map((experience) => experience.title)).toEqual(['Senior Care Assistant', 'Sales Assistant']);
    expect(plain.education.map(({ degree, school, end }) => ({ degree, school, end }))).toContainEqual(
      { degree: 'NVQ Level 2 Health and Social Care', school: 'Stockport College', end: '2018' },
    );
  });

  it('reads "Driving licence: full clean UK licence" as the B licence', () => {
    expect(plain.drivingLicences).toEqual(['B']);
    expect(bold.drivingLicences).toEqual(['B']);
  });

  it('does not offer the licence line as a diploma', () => {
    expect(bold.education.map((education) => education.degree)).not.toContain('Driving licence: full clean UK licence');
  });

  it('reads the UK contact and the dated jobs when the headings are bold (sound today)', () => {
    expect([bold.fields.phone?.value, bold.fields.postcode?.value, bold.fields.city?.value]).toEqual(['+447700900123', 'SK4 2QL', 'Stockport']);
    expect(bold.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Senior Care Assistant', employer: 'Bluebird Care', start: '2019-06', end: 'present' },
      { title: 'Sales Assistant', employer: 'Tesco', start: '2017', end: '2017' },
    ]);
    expect(bold.education.map(({ degree, end }) => ({ degree, end }))).toContainEqual({ degree: 'NVQ Level 2 Health and Social Care', end: '2018' });
  });
});

describe('UK licence phrasings', () => {
  const licencesOf = (lines: string) => parseProfile(documentOf(plainLines(`John Miller\n+44 7700 900123\nSheffield S1 2HE\n${lines}`), 'docx'), { referenceDate: today }).drivingLicences;

  it('reads "Full clean UK licence" under a "Driving licence" heading as B', () => {
    expect(licencesOf('Driving licence\nFull clean UK licence')).toEqual(['B']);
  });

  it('reads "Category B driving licence" in the key skills as B', () => {
    expect(licencesOf('Key skills\nCategory B driving licence\nCustomer service')).toEqual(['B']);
  });

  it('reads "Full UK driving licence" and "UK driving licence (Cat B, C1)" (sound today)', () => {
    expect(licencesOf('Key skills\nFull UK driving licence')).toEqual(['B']);
    expect(licencesOf('Driving licence\nUK driving licence (Cat B, C1)')).toEqual(['B', 'C1']);
  });
});

describe('"Education and qualifications" in plain text', () => {
  it('reads the diplomas under it when no other section comes before (sound today)', () => {
    const profile = parseProfile(documentOf(plainLines(`Emma Thompson
+44 7700 900123
Education and qualifications
Level 3 Diploma in Health and Social Care (QCF), Trafford College, 2015
GCSEs: 9 including English and Maths, 2013`), 'docx'), { referenceDate: today });
    expect(profile.education.map(({ degree, end }) => ({ degree, end }))).toContainEqual({ degree: 'Level 3 Diploma in Health and Social Care (QCF)', end: '2015' });
  });
});
