// A short French CV of a driver: few French function words, many "à" ("à ce jour", "à jour")
// and CACES categories ("1A"). It must stay a French CV, and its 06 number a French number.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const profile = parseProfile(documentOf(plainLines(`Paul Lefebvre
Chauffeur poids lourd
06 12 34 56 78
Arras
EXPÉRIENCE
Mars 2018 à ce jour : Chauffeur PL, Transports Delanchy, Arras
2014 à 2018 : Cariste, Geodis, Lens
PERMIS
Permis C, CE
FIMO, FCO à jour
CERTIFICATIONS
SST à jour
CACES R489 cat 1A, 3, 5`), 'docx'), { referenceDate: today });

describe('a short French CV full of "à" and CACES categories', () => {
  it('is detected as French', () => {
    expect(profile.language).toBe('fr');
  });

  it('reads "06 12 34 56 78" as a French mobile, not +44', () => {
    expect(profile.fields.phone?.value).toBe('+33612345678');
  });

  it('reads the jobs, licences and certificates (sound today)', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Chauffeur PL', employer: 'Transports Delanchy', start: '2018-03', end: 'present' },
      { title: 'Cariste', employer: 'Geodis', start: '2014', end: '2018' },
    ]);
    expect(profile.drivingLicences).toEqual(['C', 'CE']);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(
      expect.arrayContaining(['FIMO', 'FCO', 'SST', 'CACES R489 cat. 1A', 'CACES R489 cat. 3', 'CACES R489 cat. 5']),
    );
  });
});
