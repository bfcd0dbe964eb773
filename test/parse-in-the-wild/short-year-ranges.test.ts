// Periods whose second year is written with two digits, as UK CVs and school years write them:
// "2018–19", "2018/19".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (text: string) =>
  parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).experiences
    .map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('periods with a two-digit end year', () => {
  it('reads "2018–19" on the line above the job as 2018 to 2019', () => {
    expect(experiencesOf(`Emma Thompson
+44 7700 900123
Employment history
2018–19
Care Assistant, Sunrise Care Home, Manchester`)).toEqual([
      { title: 'Care Assistant', employer: 'Sunrise Care Home', start: '2018', end: '2019' },
    ]);
  });

  it('reads "2018/19 : Animatrice, Centre social" as 2018 to 2019 without "19 :" in the title', () => {
    expect(experiencesOf(`Léa Martin
06 12 34 56 78
EXPÉRIENCE
2018/19 : Animatrice, Centre social, Roubaix`)).toEqual([
      { title: 'Animatrice', employer: 'Centre social', start: '2018', end: '2019' },
    ]);
  });

  it('reads "Summer 2017" and "June 2019 – Present" (sound today)', () => {
    expect(experiencesOf(`Emma Thompson
+44 7700 900123
Employment history
June 2019 – Present
Senior Care Assistant, Bluebird Care, Stockport
Summer 2017
Sales Assistant, Tesco, Stockport`)).toEqual([
      { title: 'Senior Care Assistant', employer: 'Bluebird Care', start: '2019-06', end: 'present' },
      { title: 'Sales Assistant', employer: 'Tesco', start: '2017', end: '2017' },
    ]);
  });
});

describe('a diploma dated "2016–19"', () => {
  it('is obtained in 2019, not 2016', () => {
    const education = parseProfile(documentOf(plainLines(`Emma Thompson
+44 7700 900123
Education
BSc (Hons) Business Management, University of Leeds, 2016–19`), 'docx'), { referenceDate: today }).education;
    expect(education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'BSc (Hons) Business Management', school: 'University of Leeds', end: '2019' },
    ]);
  });
});
