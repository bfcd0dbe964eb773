// A senior's CV: thirty years of jobs given by years only ("1995-2003"), military service, an old
// CAP, CACES and SST renewed, and the current job started "Depuis septembre" with no year: that
// is the last September up to today, still going on.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const profile = parseProfile(
  documentOf(
    plainLines(`Thierry Vasseur
03 20 45 67 89 – thierry.vasseur@sfr.fr
59100 Roubaix
EXPÉRIENCE PROFESSIONNELLE
Depuis septembre : Agent de propreté – Onet, Lille (CDD)
2010-2025 Magasinier cariste – Decathlon Logistique, Lompret
2003-2010 Chauffeur livreur – Darty, Villeneuve-d'Ascq
1995-2003 Ouvrier de production – La Redoute, Roubaix
1990-1995 Manutentionnaire – Les 3 Suisses, Croix
DIPLÔMES ET FORMATIONS
1986 CAP Mécanique générale
2012 CACES R389 cat. 3 et 5 (renouvelé en 2022)
Formation SST (recyclage 2023)
Permis B, C`),
    'docx',
  ),
  { referenceDate: today },
);

describe('a senior CV with years only', () => {
  it('reads the current job started "Depuis septembre" and every job by its years', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Agent de propreté', employer: 'Onet', start: '2025-09', end: 'present' },
      { title: 'Magasinier cariste', employer: 'Decathlon Logistique', start: '2010', end: '2025' },
      { title: 'Chauffeur livreur', employer: 'Darty', start: '2003', end: '2010' },
      { title: 'Ouvrier de production', employer: 'La Redoute', start: '1995', end: '2003' },
      { title: 'Manutentionnaire', employer: 'Les 3 Suisses', start: '1990', end: '1995' },
    ]);
    expect(profile.fields.jobTitle?.value).toBe('Agent de propreté');
  });

  it('reads a month of this year as this year ("Depuis février" in March)', () => {
    const since = parseProfile(documentOf(plainLines('Thierry Vasseur\n06 11 22 33 44\nEXPÉRIENCE\nDepuis février : Agent de propreté – Onet, Lille'), 'docx'), { referenceDate: today });
    expect(since.experiences.map(({ start, end }) => ({ start, end }))).toEqual([{ start: '2026-02', end: 'present' }]);
  });

  it('reads the diploma, the certificates and the licences', () => {
    expect(profile.education.map(({ degree, end }) => ({ degree, end }))).toEqual([{ degree: 'CAP Mécanique générale', end: '1986' }]);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(['CACES R389 cat. 3', 'CACES R389 cat. 5', 'SST']);
    expect(profile.drivingLicences).toEqual(['B', 'C']);
  });
});
