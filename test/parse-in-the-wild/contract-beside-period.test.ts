// A contract written beside the period under the job line: "Caissière – Auchan, Lyon" over
// "2017 - 2019 (CDD)". The contract names neither title nor employer, so the line above is read
// in its parts, as it is without the contract.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Nadia Benali\nnadia.benali@free.fr\n06 12 34 56 78\nEXPÉRIENCE\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('a contract beside the period under the job line', () => {
  it('reads "Caissière – Auchan, Lyon" over "2017 - 2019 (CDD)" as title, employer and town', () => {
    expect(experiencesOf('Vendeuse – Kiabi, Lyon\n2019 - 2021\nCaissière – Auchan, Lyon\n2017 - 2019 (CDD)')).toEqual([
      { title: 'Vendeuse', employer: 'Kiabi', start: '2019', end: '2021' },
      { title: 'Caissière', employer: 'Auchan', start: '2017', end: '2019' },
    ]);
    expect(experiencesOf('Caissière – Auchan, Lyon\n2017 - 2019 – CDD')).toEqual([{ title: 'Caissière', employer: 'Auchan', start: '2017', end: '2019' }]);
  });
});
