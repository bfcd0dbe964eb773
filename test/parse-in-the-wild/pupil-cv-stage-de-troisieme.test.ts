// A pupil's CV looking for the "stage d'observation de 3e": the school as headline, a placement
// and baby-sitting as experience, and the diploma of the current year written "en préparation".
// A pupil or a student prepares the diploma they study for now: it is listed, like one "en cours".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('a pupil CV for the stage de 3e', () => {
  const profile = parse(`Léa Fontaine
Élève de 3e
Collège Jean Moulin, Arras
06 98 76 54 32 – lea.fontaine@orange.fr
OBJECTIF
Je recherche un stage d'observation de 3e d'une semaine en décembre 2025.
EXPÉRIENCES
Stage de 3e – Boulangerie Paul, Arras (1 semaine, décembre 2024)
Baby-sitting – particuliers (depuis 2024)
SCOLARITÉ
2021 – 2025 Collège Jean Moulin, Arras
Brevet des collèges en préparation
LANGUES
Anglais : scolaire
Espagnol : débutant`);

  it('reads the placement and the baby-sitting', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => [title, employer, start, end])).toEqual([
      ['Stage de 3e', 'Boulangerie Paul', '2024-12', '2024-12'],
      ['Baby-sitting', 'particuliers', '2024', 'present'],
    ]);
  });

  it('lists the diploma "en préparation", without the words saying so', () => {
    expect(profile.education.map(({ degree }) => degree)).toEqual(['Brevet des collèges']);
  });

  it('reads the school languages', () => {
    expect(profile.languages.map(({ language, level }) => [language, level])).toEqual([['en', 'A2'], ['es', 'A1']]);
  });
});

describe('"en préparation" beside a diploma and beside a certificate', () => {
  const profile = parse(`Yanis Roux
yanis.roux@gmail.com
FORMATION
2024 – 2026 Bac pro Métiers du commerce et de la vente (en préparation) – Lycée Jean Monnet, Laon
2023 Certificat PSC1
CERTIFICATIONS
SST en préparation`);

  it('lists the bac pro being prepared, with the year it ends', () => {
    expect(profile.education.map(({ degree, end }) => [degree, end])).toEqual([['Bac pro Métiers du commerce et de la vente', '2026']]);
  });

  it('still takes a certificate being prepared for one not held', () => {
    expect(profile.certifications.map(({ label }) => label)).toEqual(['PSC1']);
  });
});
