// Jobs written whole on one line each ("Garde d'enfants à domicile – 2017 – 2020"), one of them
// without dates ("Bénévole – Secours populaire de Saint-Denis"): the undated job is a job of its
// own, not the employer of the dated job above it. A shop named like a trade under a job ("Boulanger,
// Houdemont") stays that job's employer.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const jobsOf = (text: string) =>
  parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).experiences
    .map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('one-line jobs with an undated one among them', () => {
  it('reads the undated line as a job, not as the employer of the job above', () => {
    expect(jobsOf(`Fatou Sow
Aide à domicile
Tél. : 07 53 21 09 87
fatou.sow@gmail.com
Saint-Denis (93)
MES EXPÉRIENCES
Aide à domicile chez des particuliers (CESU) – depuis 2020
Garde d'enfants à domicile – 2017 – 2020
Bénévole – Secours populaire de Saint-Denis
Agent d'entretien – Samsic – 2015 – 2017
MES FORMATIONS
Titre professionnel Assistant de vie aux familles – 2021 – GRETA 93`)).toEqual([
      { title: 'Aide à domicile', employer: 'des particuliers', start: '2020', end: 'present' },
      { title: "Garde d'enfants à domicile", employer: null, start: '2017', end: '2020' },
      { title: 'Bénévole', employer: 'Secours populaire de Saint-Denis', start: null, end: null },
      { title: "Agent d'entretien", employer: 'Samsic', start: '2015', end: '2017' },
    ]);
  });

  it('keeps a shop and its town under a job as its employer', () => {
    expect(jobsOf(`Hugo Petit
06 11 22 33 44
EXPÉRIENCES
Vendeur rayon informatique – 2018 – 2019
Boulanger, Houdemont`)).toEqual([
      { title: 'Vendeur rayon informatique', employer: 'Boulanger', start: '2018', end: '2019' },
    ]);
  });
});
