// A young person's CV: "Stages" and "Jobs d'été" sections, a student headline that names no job.
// Each placement and summer job is an experience; the headline falls back on the latest job that
// names a trade, never on "Stage".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const profile = parseProfile(
  documentOf(
    plainLines(`Inès Rahmani
Étudiante en BTS MCO
Montpellier – 07 12 34 56 78 – ines.rahmani@gmail.com
STAGES
Stage de 8 semaines – Décathlon Odysseum, Montpellier (mai-juin 2025)
Stage de 3e – Boulangerie Paul, Lattes (2019)
JOBS D'ÉTÉ
Été 2024 : Équipière polyvalente – McDonald's, Palavas-les-Flots
Juillet-août 2023 : Animatrice en centre de loisirs – Mairie de Montpellier
FORMATION
Depuis septembre 2024 : BTS Management Commercial Opérationnel – Lycée Jules Guesde, Montpellier
2024 : Baccalauréat professionnel Métiers du commerce et de la vente
CENTRES D'INTÉRÊT
Danse, bénévolat aux Restos du Cœur`),
    'docx',
  ),
  { referenceDate: today },
);

describe('a CV with only placements and summer jobs', () => {
  it('reads the contact details', () => {
    expect(profile.fields.city?.value).toBe('Montpellier');
    expect(profile.fields.phone?.value).toBe('+33712345678');
  });

  it('reads every placement and summer job with its employer and dates', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Stage', employer: 'Décathlon Odysseum', start: '2025-05', end: '2025-06' },
      { title: 'Stage de 3e', employer: 'Boulangerie Paul', start: '2019', end: '2019' },
      { title: 'Équipière polyvalente', employer: "McDonald's", start: '2024', end: '2024' },
      { title: 'Animatrice en centre de loisirs', employer: 'Mairie de Montpellier', start: '2023-07', end: '2023-08' },
      // Named among the hobbies, volunteering is experience too (volunteering.ts).
      { title: 'Bénévole', employer: 'Restos du Cœur', start: null, end: null },
    ]);
  });

  it('takes the latest job that names a trade as the job title, not "Stage"', () => {
    expect(profile.fields.jobTitle?.value).toBe('Équipière polyvalente');
  });

  it('reads the diploma in progress and the one obtained', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'BTS Management Commercial Opérationnel', school: 'Lycée Jules Guesde', end: null },
      { degree: 'Baccalauréat professionnel Métiers du commerce et de la vente', school: null, end: '2024' },
    ]);
  });
});
