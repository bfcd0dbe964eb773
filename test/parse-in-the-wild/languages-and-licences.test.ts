// Languages and driving licences as candidates write them (checks found sound).
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('languages', () => {
  it('maps level words and keeps them as written', () => {
    const profile = parse(`Karim Benali
06 12 34 56 78
LANGUES
Anglais : courant (B2)
Espagnol notions
Arabe langue maternelle
Anglais : lu, écrit, parlé`);
    expect(profile.languages.map(({ language, level, levelText }) => ({ language, level, levelText })).slice(0, 3)).toEqual([
      { language: 'en', level: 'B2', levelText: 'courant (B2)' },
      { language: 'es', level: 'A1', levelText: 'notions' },
      { language: 'ar', level: 'C2', levelText: 'langue maternelle' },
    ]);
  });
});

describe('driving licences', () => {
  const licences = (line: string) => parse(`Thomas Leroy\n06 12 34 56 78\nPermis\n${line}\nCACES 1, 3, 5 en cours`).drivingLicences;
  it('reads several categories', () => expect(licences('Permis B, C1 et CE')).toEqual(['B', 'C1', 'CE']));
  it('reads no licence from "Permis en cours"', () => expect(licences('Permis en cours')).toEqual([]));
  it('reads no licence from "pas de permis"', () => expect(licences('Pas de permis')).toEqual([]));
  it('never reads CACES categories as licences', () => expect(licences('Permis B - véhiculé')).toEqual(['B']));
});
