// A student's CV: the diploma being prepared as the headline, the town with its postcode in
// brackets ("Villeurbanne (69100)"), and a "Jobs d'été" section of summer jobs dated by month or
// season. The town and postcode are read; each summer job is a job.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe("a student CV with summer jobs", () => {
  const profile = parseProfile(documentOf(plainLines(`Lucas Bernard
Étudiant en BTS Management commercial opérationnel
lucas.bernard@gmail.com – 07 81 45 23 67
Villeurbanne (69100)
FORMATION
2023 - 2025 : BTS MCO – Lycée Ampère, Lyon
2023 : Baccalauréat STMG – Lycée Frédéric Faÿs, Villeurbanne
JOBS D'ÉTÉ
Juillet - août 2024 : Équipier polyvalent – McDonald's, Villeurbanne
Été 2023 : Animateur en centre de loisirs – Mairie de Villeurbanne
Juillet 2022 : Cueillette des abricots – EARL Les Vergers, Ampuis
CENTRES D'INTÉRÊT
Football (club de Villeurbanne), jeux vidéo`), 'docx'), { referenceDate: today });

  it('reads the town and the postcode written in brackets after it', () => {
    expect([profile.fields.city?.value, profile.fields.postcode?.value]).toEqual(['Villeurbanne', '69100']);
    expect(profile.fields.address).toBeUndefined();
  });

  it('reads each summer job and both diplomas', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Équipier polyvalent', employer: "McDonald's", start: '2024-07', end: '2024-08' },
      { title: 'Animateur en centre de loisirs', employer: 'Mairie de Villeurbanne', start: '2023', end: '2023' },
      { title: 'Cueillette des abricots', employer: 'EARL Les Vergers', start: '2022-07', end: '2022-07' },
    ]);
    expect(profile.education.map(({ degree, school, end }) => [degree, school, end])).toEqual([
      ['BTS MCO', 'Lycée Ampère', '2025'],
      ['Baccalauréat STMG', 'Lycée Frédéric Faÿs', '2023'],
    ]);
  });

  it('reads "Lyon 3e (69003)" as the town and its postcode', () => {
    const lyon = parseProfile(documentOf(plainLines('Lucas Bernard\n07 81 45 23 67\nLyon 3e (69003)\nFORMATION\n2023 : Bac STMG'), 'docx'), { referenceDate: today });
    expect([lyon.fields.city?.value, lyon.fields.postcode?.value]).toEqual(['Lyon 3e', '69003']);
  });
});
