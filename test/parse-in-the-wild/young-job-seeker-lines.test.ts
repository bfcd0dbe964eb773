// A young job seeker's first jobs: a "service civique" or a "job d'été" named like a contract, an
// alternance with the employer and the school on one line. The contract is neither title nor
// employer; the school is not the employer.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Inès Belkacem\n07 81 22 33 44\nMon parcours\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location }) => ({ title, employer, location }));

describe("a young job seeker's lines", () => {
  it('reads "Service civique" and "Job d’été" as the contract, not the employer', () => {
    expect(experiencesOf('2022/2023\nService civique – Animatrice auprès des jeunes\nUnis-Cité, Toulouse')).toEqual([
      { title: 'Animatrice auprès des jeunes', employer: 'Unis-Cité', location: 'Toulouse' },
    ]);
    expect(experiencesOf('Juillet 2020 : Job d’été – Cueilleur de fruits – EARL Dupuy, Moissac')).toEqual([
      { title: 'Cueilleur de fruits', employer: 'EARL Dupuy', location: 'Moissac' },
    ]);
  });

  it('keeps the school out of the employer of an alternance', () => {
    expect(experiencesOf('2023 – 2024 : Vendeuse en alternance – Kiabi / CFA Commerce Occitanie')).toEqual([
      { title: 'Vendeuse en alternance', employer: 'Kiabi', location: null },
    ]);
  });

  it('drops the "Alternance :" label before the title', () => {
    expect(experiencesOf('Alternance : Assistante RH chez Airbus (école : ISEG Toulouse) — 2022-2024')).toEqual([
      { title: 'Assistante RH', employer: 'Airbus', location: null },
    ]);
  });
});

describe('a placement or volunteering named only by its kind', () => {
  it('keeps "Stage", "Bénévolat" or "Volunteer" as the title when no trade is named', () => {
    expect(experiencesOf('Stage – Leroy Merlin, Lyon (2019)')).toEqual([{ title: 'Stage', employer: 'Leroy Merlin', location: 'Lyon' }]);
    expect(experiencesOf('Bénévolat – Restos du Cœur, Lille (2015 – 2016)')).toEqual([{ title: 'Bénévolat', employer: 'Restos du Cœur', location: 'Lille' }]);
    expect(experiencesOf('Volunteer, Oxfam Shop, Leeds (2015 – 2016)')).toEqual([{ title: 'Volunteer', employer: 'Oxfam Shop', location: 'Leeds' }]);
  });

  it('still takes the trade after the kind of contract as the title', () => {
    expect(experiencesOf('Stage – Agent de quai – Geodis, Lyon (2019)')).toEqual([{ title: 'Agent de quai', employer: 'Geodis', location: 'Lyon' }]);
  });
});
