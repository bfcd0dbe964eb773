// A job header on three lines over its dates: the title, the employer, then the town
// ("Sales Assistant" / "Boots" / "Leeds" / "2018 - 2020"). All three belong to the job; with
// two taken, the employer became the title and the town the employer.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (heading: string, section: string) =>
  parseProfile(documentOf(plainLines(`Emma Wilson\n07700 900123\n${heading}\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location, start }) => ({ title, employer, location, start }));

describe('a job header on three lines', () => {
  it('reads title, employer and town over the dates', () => {
    expect(experiencesOf('EXPERIENCE', 'Sales Assistant\nBoots\nLeeds\n2018 - 2020')).toEqual([
      { title: 'Sales Assistant', employer: 'Boots', location: 'Leeds', start: '2018' },
    ]);
    expect(experiencesOf('EXPÉRIENCES', 'Vendeuse\nKiabi\nLyon\n2019 - 2021\nCaissière\nAuchan\nBron\n2017 - 2019')).toEqual([
      { title: 'Vendeuse', employer: 'Kiabi', location: 'Lyon', start: '2019' },
      { title: 'Caissière', employer: 'Auchan', location: 'Bron', start: '2017' },
    ]);
  });

  it('keeps two lines when the one over the dates is not a town', () => {
    expect(experiencesOf('EXPÉRIENCES', 'Vendeuse\nKiabi\n2019 - 2021\nCaissière\nAuchan\n2017 - 2019')).toEqual([
      { title: 'Vendeuse', employer: 'Kiabi', location: null, start: '2019' },
      { title: 'Caissière', employer: 'Auchan', location: null, start: '2017' },
    ]);
  });
});
