// The town of a job written with its arrondissement ("Lyon 3e", "Paris 10e") or followed by the
// contract in brackets ("Paris (CDI)"): still the job's town, without the contract.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Fatoumata Koné\n06 33 44 55 66\nExpérience\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location }) => ({ title, employer, location }));

describe("a job's town with its district or the contract", () => {
  it('reads the town with its arrondissement', () => {
    expect(experiencesOf('Agent de propreté — ONET, Lyon 3e\n2020 - 2022')).toEqual([{ title: 'Agent de propreté', employer: 'ONET', location: 'Lyon 3e' }]);
  });

  it('reads the town before the contract in brackets, without it', () => {
    expect(experiencesOf('Agent de propreté — ONET, Paris (CDI)\n2020 - 2022')).toEqual([{ title: 'Agent de propreté', employer: 'ONET', location: 'Paris' }]);
    expect(experiencesOf('Agent de propreté — ONET, Paris 10e (CDI)\nJanvier 2020 - Aujourd’hui')).toEqual([{ title: 'Agent de propreté', employer: 'ONET', location: 'Paris 10e' }]);
  });
});
