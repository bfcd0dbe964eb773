// Some diplomas' official names list their fields with commas: "BTS Fluides, Énergies, Domotique",
// "Bac pro Métiers de l'électricité, Environnements connectés". The name was cut at its first
// comma ("BTS Fluides"), as a school or a town after a comma is.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const educationOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Hugo Lefèvre\n06 77 88 99 00\nFORMATION\n${section}`), 'docx'), { referenceDate: today })
    .education.map(({ degree, school, end }) => ({ degree, school, end }));

describe('a diploma whose name lists its fields', () => {
  it('keeps the fields before the school', () => {
    expect(educationOf('2018 BTS Fluides, Énergies, Domotique — Lycée Jean Jaurès, Lyon')).toEqual([
      { degree: 'BTS Fluides, Énergies, Domotique', school: 'Lycée Jean Jaurès', end: '2018' },
    ]);
  });

  it('keeps them at the end of the line', () => {
    expect(educationOf('BTS Fluides, Énergies, Domotique (2018)')[0]?.degree).toBe('BTS Fluides, Énergies, Domotique');
  });

  it('does not take a town and its region for fields', () => {
    expect(educationOf('2012 BTS MCO, Saint-Malo, Bretagne')[0]?.degree).toBe('BTS MCO');
    expect(educationOf('2010 Bac S, Lycée Hoche, Versailles')).toEqual([{ degree: 'Bac S', school: 'Lycée Hoche', end: '2010' }]);
  });
});
