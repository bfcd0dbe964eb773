// The last class reached ("Terminale STAV", "Niveau Terminale") and the farm diplomas (BEPA,
// CAPA, BPA) are what a job seeker without a higher diploma brings: they are education entries.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const educationOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Thomas Garnier\n06 12 98 76 54\nFormation\n${section}`), 'docx'), { referenceDate: today })
    .education.map(({ degree, school, end }) => ({ degree, school, end }));

describe('school levels and farm diplomas', () => {
  it('reads "Terminale STAV – Lycée agricole…" and "BEPA …" as diplomas', () => {
    expect(educationOf(`Terminale STAV – Lycée agricole de Sainte-Livrade (2017)
BEPA Travaux agricoles et conduite d'engins (2016)
CAPA Jardinier paysagiste – MFR de Villeneuve (2014)`)).toEqual([
      { degree: 'Terminale STAV', school: 'Lycée agricole de Sainte-Livrade', end: '2017' },
      { degree: "BEPA Travaux agricoles et conduite d'engins", school: null, end: '2016' },
      { degree: 'CAPA Jardinier paysagiste', school: 'MFR de Villeneuve', end: '2014' },
    ]);
  });

  it('reads "Niveau Terminale" alone', () => {
    expect(educationOf('Niveau Terminale (2013)')).toEqual([{ degree: 'Niveau Terminale', school: null, end: '2013' }]);
  });
});
