// An apprentice's CV puts the whole entry on one line: contract, title, employer, school and period
// ("Alternance – Vendeur – Decathlon Rouen / CFA de la CCI Rouen – sept. 2023 – juin 2025"). Its
// dashes and slashes are no words: the line is a job header, not a paragraph.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe("an apprentice's one-line entries", () => {
  const profile = parseProfile(documentOf(plainLines(`Lucas Bernard
18 ans – 06 33 44 55 66 – lucas.bernard@gmail.com
Rouen (76)
Recherche une alternance en BTS MCO
EXPÉRIENCES
Alternance – Vendeur – Decathlon Rouen / CFA de la CCI Rouen – sept. 2023 – juin 2025
Conseil client, réassort, encaissement
Stage – Employé de rayon – Intermarché Barentin – janv. 2023 – févr. 2023
Job d'été – Équipier polyvalent – McDonald's Rouen – juillet 2022 – août 2022
FORMATION
2023 – 2025 CAP Équipier polyvalent du commerce en alternance – CFA de la CCI Rouen
2022 Brevet des collèges – Collège Jean Moulin, Barentin`), 'docx'), { referenceDate: today });

  it('reads every job, the school left out of the employer', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Vendeur', employer: 'Decathlon Rouen', start: '2023-09', end: '2025-06' },
      { title: 'Employé de rayon', employer: 'Intermarché Barentin', start: '2023-01', end: '2023-02' },
      { title: 'Équipier polyvalent', employer: "McDonald's Rouen", start: '2022-07', end: '2022-08' },
    ]);
  });

  it('reads the training with its school', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'CAP Équipier polyvalent du commerce en alternance', school: 'CFA de la CCI Rouen', end: '2025' },
      { degree: 'Brevet des collèges', school: 'Collège Jean Moulin', end: '2022' },
    ]);
  });
});
