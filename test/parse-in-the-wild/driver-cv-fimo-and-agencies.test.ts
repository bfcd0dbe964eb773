// A lorry driver's CV: interim missions "via" the agencies, then a "FIMO / FCO" heading of its own
// before the licences. The agencies are the employer, not "Missions d'intérim via …"; the FCO line
// is a qualification, not a job.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe("a driver's CV", () => {
  const profile = parseProfile(documentOf(plainLines(`Mohamed Cherif
06 22 98 45 10 · mohamed.cherif@gmail.com · Marseille 13015
Chauffeur poids lourd
EXPÉRIENCE
Missions d'intérim via Adecco et Randstad (2015 – 2018) : cariste, préparateur de commandes
Chauffeur PL – Transports Guisnel, Vitrolles – 2018 – 2021
Chauffeur SPL – XPO Logistics, Rognac – depuis 2021
FIMO / FCO
FCO marchandises – 2023
PERMIS
C, CE
CACES R489 cat. 3 et 5`), 'docx'), { referenceDate: today });

  it('reads the agencies as the employer of the interim missions, and no job from the FCO', () => {
    expect(profile.experiences.map(({ employer, start, end }) => ({ employer, start, end }))).toEqual([
      { employer: 'Adecco et Randstad', start: '2015', end: '2018' },
      { employer: 'Transports Guisnel', start: '2018', end: '2021' },
      { employer: 'XPO Logistics', start: '2021', end: 'present' },
    ]);
    expect(profile.experiences[0]!.title.toLowerCase()).toBe('cariste');
  });

  it('reads the FCO, the CACES and the licences', () => {
    expect(profile.certifications.map(({ label }) => label)).toEqual(['FCO marchandises', 'CACES R489 cat. 3', 'CACES R489 cat. 5']);
    expect(profile.drivingLicences).toEqual(['C', 'CE']);
    expect(profile.fields.jobTitle?.value).toBe('Chauffeur poids lourd');
  });
});
