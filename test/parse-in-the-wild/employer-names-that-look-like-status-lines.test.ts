// A dated line that says a birth date or a licence is no job ("Née le 12/03/1990", "Permis B depuis
// 2010"), but the words were looked for inside others: "Antoi|ne Le|roy" read as "née le", and
// "New|born" as "born", so a job at "Boulangerie Antoine Leroy" or "Newborn Care Ltd" was dropped.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-11-30');
const jobsOf = (lines: string[]) =>
  parseProfile(documentOf(plainLines(lines.join('\n')), 'docx'), { referenceDate: today }).experiences.map((job) => [job.title, job.employer]);

describe('employer names holding the words of a status line', () => {
  it('keeps a job at a business named after its owner (Antoine Leroy, Antoine Lemaire)', () => {
    expect(jobsOf(['Julie MARTIN', 'Vendeuse', 'julie.martin@gmail.com', 'EXPÉRIENCE', '2019 – 2021 : Vendeuse – Boulangerie Antoine Leroy, Lyon', '2021 – 2024 : Serveuse – Brasserie Antoine Lemaire, Lyon'])).toEqual([
      ['Vendeuse', 'Boulangerie Antoine Leroy'],
      ['Serveuse', 'Brasserie Antoine Lemaire'],
    ]);
  });

  it('keeps an undated job at such a business among undated ones', () => {
    const jobs = jobsOf(['Julie MARTIN', 'Vendeuse', 'julie.martin@gmail.com', 'EXPÉRIENCE', 'Vendeuse – Boulangerie Antoine Leroy', 'Caissière – Carrefour Market']);
    expect(jobs).toContainEqual(['Vendeuse', 'Boulangerie Antoine Leroy']);
    expect(jobsOf(['Emily CLARK', 'Nursery Nurse', 'emily.clark@gmail.com', 'WORK EXPERIENCE', 'Nursery Nurse – Newborn Care Ltd', 'Nanny – Private family'])).toContainEqual(['Nursery Nurse', 'Newborn Care Ltd']);
  });

  it('keeps a job at "Newborn Care Ltd"', () => {
    expect(jobsOf(['Emily CLARK', 'Nursery Nurse', 'emily.clark@gmail.com', 'WORK EXPERIENCE', '2018 – 2023: Nursery Nurse – Newborn Care Ltd, Leeds'])).toEqual([['Nursery Nurse', 'Newborn Care Ltd']]);
  });

  it('reads a dated note under the last job as no job ("Permis B depuis 2010"), and a job mentioning its licence as a job', () => {
    const base = ['Julie MARTIN', 'Vendeuse', 'julie.martin@gmail.com', 'EXPÉRIENCE', '2019 – 2021 : Vendeuse – Kiabi, Bron'];
    expect(jobsOf([...base, 'Permis B depuis 2010'])).toEqual([['Vendeuse', 'Kiabi']]);
    expect(jobsOf([...base, 'Disponible à partir de janvier 2027'])).toEqual([['Vendeuse', 'Kiabi']]);
    expect(jobsOf([...base, '2015 – 2019 : Chauffeur livreur (permis C) – Transports Perrin, Vienne'])).toEqual([['Vendeuse', 'Kiabi'], ['Chauffeur livreur (permis C)', 'Transports Perrin']]);
  });

  it('with no experience heading, a job at "Brasserie Antoine Lemaire" is a job', () => {
    expect(jobsOf(['Julie MARTIN', 'julie.martin@gmail.com', '06 12 34 56 78', 'Serveuse – Brasserie Antoine Lemaire, Lyon 2019 – 2021'])).toEqual([['Serveuse', 'Brasserie Antoine Lemaire']]);
  });
});
