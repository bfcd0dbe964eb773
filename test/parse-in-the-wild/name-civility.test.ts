// A civility before the name ("Mme", "Monsieur", "Mr") is common on French and UK CVs; it is not
// part of the first name the form asks for.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('name written after a civility', () => {
  const cases: [string, string, string][] = [
    ['Mme Fatima EL AMRANI', 'Fatima', 'EL AMRANI'],
    ['Madame Fatima EL AMRANI', 'Fatima', 'EL AMRANI'],
    ['M. Karim BENALI', 'Karim', 'BENALI'],
    ['Monsieur Karim Benali', 'Karim', 'Benali'],
    ['Mr Daniel Connor', 'Daniel', 'Connor'],
    ['Mrs Emma Thompson', 'Emma', 'Thompson'],
  ];
  for (const [written, first, last] of cases) {
    it(`reads "${written}" as ${first} ${last}, without the civility`, () => {
      const profile = parseProfile(documentOf(plainLines(`${written}
Agent de service hospitalier
Résidence Les Acacias, Bât. B, Appt 12
62300 Lens
Tél. : 06 12 34 56 78`), 'docx'), { referenceDate: today });
      expect([profile.fields.firstName?.value, profile.fields.lastName?.value]).toEqual([first, last]);
    });
  }
});
