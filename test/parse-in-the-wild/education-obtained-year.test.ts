import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('education lines as candidates write them', () => {
  const profile = parseProfile(documentOf(plainLines(`Marie Dupont
06 12 34 56 78
FORMATION
Bac pro Logistique (2016)
CAP Petite enfance — en cours
BTS MUC obtenu en 2012
2016 : Baccalauréat professionnel Logistique - Lycée Jean Prouvé, Lomme`), 'docx'), { referenceDate: today });
  const degrees = profile.education.map(({ degree, school, end }) => ({ degree, school, end }));

  it('drops "obtenu en" from "BTS MUC obtenu en 2012"', () => {
    expect(degrees).toContainEqual({ degree: 'BTS MUC', school: null, end: '2012' });
  });

  it('reads a year in brackets, an ongoing diploma and a school after a dash (sound today)', () => {
    expect(degrees).toContainEqual({ degree: 'Bac pro Logistique', school: null, end: '2016' });
    expect(degrees).toContainEqual({ degree: 'CAP Petite enfance', school: null, end: null });
    expect(degrees).toContainEqual({ degree: 'Baccalauréat professionnel Logistique', school: 'Lycée Jean Prouvé', end: '2016' });
  });
});
