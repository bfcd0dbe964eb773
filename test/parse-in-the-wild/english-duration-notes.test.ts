// LinkedIn-style durations after the period: "06/2019 – 01/2022 (2 yrs 7 mos)". The duration is
// neither employer nor title, and the line above keeps its title and employer apart.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Emma Wilson\n07700 900123\nEXPERIENCE\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('durations in English abbreviations', () => {
  it('leaves "(2 yrs 7 mos)" out of the job', () => {
    expect(experiencesOf('Care Assistant | Sunrise Care Home\n06/2019 – 01/2022 (2 yrs 7 mos)')).toEqual([
      { title: 'Care Assistant', employer: 'Sunrise Care Home', start: '2019-06', end: '2022-01' },
    ]);
    expect(experiencesOf('Care Assistant | Sunrise Care Home\nJun 2019 – Jan 2020 · 8 mths')).toEqual([
      { title: 'Care Assistant', employer: 'Sunrise Care Home', start: '2019-06', end: '2020-01' },
    ]);
  });
});
