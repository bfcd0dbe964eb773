// Jobs written as labelled fields, as forms and some templates do: "Poste : Aide-soignante" /
// "Employeur : EHPAD Les Lilas, Tours" / "Période : 2019 – 2022". The labels are no part of the
// title or the employer.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (heading: string, section: string) =>
  parseProfile(documentOf(plainLines(`Léa Martin\n06 12 34 56 78\n${heading}\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location, start }) => ({ title, employer, location, start }));

describe('labelled job entries', () => {
  it('drops the French labels', () => {
    expect(experiencesOf('EXPÉRIENCE', 'Poste : Aide-soignante\nEmployeur : EHPAD Les Lilas, Tours\nPériode : 2019 – 2022')).toEqual([
      { title: 'Aide-soignante', employer: 'EHPAD Les Lilas', location: 'Tours', start: '2019' },
    ]);
  });

  it('drops the English labels', () => {
    expect(experiencesOf('EXPERIENCE', 'Job title: Care Assistant\nEmployer: Sunrise Care Home, Bath\nDates: 2019 – 2022')).toEqual([
      { title: 'Care Assistant', employer: 'Sunrise Care Home', location: 'Bath', start: '2019' },
    ]);
  });
});
