// Languages and certificates as French CVs write them, beyond round 1.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('a TOEIC score as the only English line', () => {
  it('reads "TOEIC 850" under LANGUES as English at B2', () => {
    const profile = parse(`Sophie Bernard
06 12 34 56 78
LANGUES
TOEIC 850
EXPÉRIENCE PROFESSIONNELLE
Mars 2021 – aujourd'hui : Assistante commerciale, Bonduelle, Villeneuve-d'Ascq`);
    expect(profile.languages.map(({ language, level }) => ({ language, level }))).toEqual([{ language: 'en', level: 'B2' }]);
  });

  // The other English tests have their makers' CEFR tables too; the year a test was taken is no score.
  const englishLevel = (line: string) => parse(`Sophie Bernard\n06 12 34 56 78\nLANGUES\n${line}\nEXPÉRIENCE PROFESSIONNELLE\n2021 – 2024 : Assistante commerciale, Bonduelle`).languages.find(({ language }) => language === 'en')?.level;
  it('reads IELTS and TOEFL scores as their CEFR level, and no level from a year', () => {
    expect(englishLevel('Anglais : IELTS 6.5')).toBe('B2');
    expect(englishLevel('Anglais (IELTS 7,0)')).toBe('C1');
    expect(englishLevel('Anglais : TOEFL iBT 102')).toBe('C1');
    expect(englishLevel('Anglais : TOEFL ITP 560')).toBe('B2');
    expect(englishLevel('Anglais (TOEIC 2022)')).toBeNull();
    expect(englishLevel('Anglais : IELTS 2019')).toBeNull();
  });
});

describe('language lines (sound today)', () => {
  it('reads "Langues : français (natif), anglais (C1), arabe (oral)" and "English – fluent; French – conversational"', () => {
    const french = parse(`Nadia Haddad\n06 12 34 56 78\nLANGUES\nLangues : français (natif), anglais (C1), arabe (oral)`);
    expect(french.languages.map(({ language, level }) => [language, level])).toEqual([['fr', 'C2'], ['en', 'C1'], ['ar', null]]);
    const english = parse(`John Miller\n+44 7700 900123\nLanguages\nEnglish – fluent; French – conversational`);
    expect(english.languages.map(({ language, levelText }) => [language, levelText])).toEqual([['en', 'fluent'], ['fr', 'conversational']]);
  });
});

describe('driver and site certificates', () => {
  const profile = parse(`Paul Lefebvre
Chauffeur poids lourd
06 12 34 56 78
PERMIS ET CERTIFICATS
Permis B (véhicule personnel)
Permis poids lourd
FIMO, FCO, Carte conducteur
Habilitation électrique B1V BR
SST à jour
CACES R489 cat 1A, 3, 5`);
  const labels = profile.certifications.map((certification) => certification.label);

  it('keeps the driver card ("Carte conducteur") among the certificates', () => {
    expect(labels.some((label) => /carte conducteur/i.test(label))).toBe(true);
  });

  it('reads the licences and the other certificates (sound today)', () => {
    expect(profile.drivingLicences).toEqual(['B', 'C']);
    expect(labels).toEqual(expect.arrayContaining(['FIMO', 'FCO', 'Habilitation électrique B1V, BR', 'SST', 'CACES R489 cat. 1A', 'CACES R489 cat. 3', 'CACES R489 cat. 5']));
  });
});

describe('CACES categories written before the recommendation', () => {
  const cacesOf = (line: string) => parse(`Thomas Leroy\nCariste\n06 12 34 56 78\nCERTIFICATIONS\n${line}`).certifications
    .map((certification) => certification.label).filter((label) => label.startsWith('CACES'));

  it('reads "CACES 1, 3 et 5 (R489)" as three R489 categories', () => {
    expect(cacesOf('CACES 1, 3 et 5 (R489)')).toEqual(['CACES R489 cat. 1', 'CACES R489 cat. 3', 'CACES R489 cat. 5']);
  });

  it('reads "CACES 3 et 5 (R389)" as two R389 categories', () => {
    expect(cacesOf('CACES 3 et 5 (R389)')).toEqual(['CACES R389 cat. 3', 'CACES R389 cat. 5']);
  });

  it('reads "CACES R389 cat 3 et 5" (sound today)', () => {
    expect(cacesOf('CACES R389 cat 3 et 5')).toEqual(['CACES R389 cat. 3', 'CACES R389 cat. 5']);
  });
});

// "Permis et CACES" heads the CACES (a certificates section) and the licence alike: a bare "B"
// under it is the licence, as under "Permis"; a certificates heading that names no licence keeps
// a bare letter out.
describe('a heading naming the licence and the certificates', () => {
  const licencesUnder = (heading: string) => parse(`Karim Benali\n06 12 34 56 78\n${heading}\nB, C\nCACES R489 : 1, 3, 5\nEXPÉRIENCE PROFESSIONNELLE\n2019 – 2024 : Cariste, Geodis`).drivingLicences;
  it('reads the categories listed under "Permis et CACES" only', () => {
    expect(licencesUnder('PERMIS ET CACES')).toEqual(['B', 'C']);
    expect(licencesUnder('LICENCES & TICKETS')).toEqual(['B', 'C']);
    expect(licencesUnder('CERTIFICATIONS')).toEqual([]);
  });
});
