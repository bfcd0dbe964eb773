// Contact and identity lines as candidates write them, beyond our fixtures.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('phone numbers', () => {
  const cases: [string, string][] = [
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+41 79 123 45 67', '+41791234567'],
    ['+212 6 12 34 56 78', '+212612345678'],
  ];
  for (const [written, e164] of cases) {
    it(`reads "${written}" as ${e164} with the written form as evidence`, () => {
      const phone = parse(`Sophie Martin\nVendeuse\n${written}\nsophie.martin@gmail.com`).fields.phone;
      expect(phone?.value).toBe(e164);
      expect(phone?.evidence.text).toBe(written);
    });
  }

  it('prefers the mobile to the fixed line given first', () => {
    expect(parse('Sophie Martin\nTél. fixe : 03 27 12 34 56\nPortable : 06 12 34 56 78').fields.phone?.value).toBe('+33612345678');
  });
});

describe('e-mail', () => {
  it('reads an address with spaces around the @ and ignores the LinkedIn URL', () => {
    const email = parse('Sophie Martin\nlinkedin.com/in/sophie-martin-1234\nsophie.martin @ orange.fr').fields.email;
    expect(email?.value).toBe('sophie.martin@orange.fr');
  });

  it('reads an address written "[at]" and "[dot]" to fool robots', () => {
    const email = parse('Marie Dupont\nAide-soignante\n06 12 34 56 78\nmarie.dupont [at] gmail [dot] com').fields.email;
    expect(email?.value).toBe('marie.dupont@gmail.com');
    expect(email?.evidence.text).toBe('marie.dupont [at] gmail [dot] com');
  });
});

describe('names and header lines', () => {
  it('reads "DUPONT Marie" under "Curriculum Vitae", and keeps the birth line out of address and title', () => {
    const profile = parse(`Curriculum Vitae
DUPONT Marie
Aide-soignante
12 rue des Lilas
59300 VALENCIENNES
Née le 12/04/1988 - 37 ans - Nationalité française
Permis B - véhiculé`);
    const values = Object.fromEntries(Object.entries(profile.fields).map(([key, field]) => [key, field.value]));
    expect(values).toEqual({
      firstName: 'Marie', lastName: 'DUPONT', jobTitle: 'Aide-soignante',
      address: '12 rue des Lilas', postcode: '59300', city: 'Valenciennes',
    });
    expect(profile.drivingLicences).toEqual(['B']);
  });

  it('reads a compound name with a particle, the job title above it', () => {
    const profile = parse('Chauffeur poids lourd\nJean-Baptiste de La Tour\n06 12 34 56 78');
    expect([profile.fields.firstName?.value, profile.fields.lastName?.value, profile.fields.jobTitle?.value])
      .toEqual(['Jean-Baptiste', 'de La Tour', 'Chauffeur poids lourd']);
  });
});

describe('a CV without any heading', () => {
  const profile = parse(`Lucas Petit
Agent d'entretien
07 81 23 45 67
lucas.petit@hotmail.fr
2020 - 2024 : Agent d'entretien, Onet, Rouen
2018 - 2020 : Plongeur, Flunch, Rouen
CAP Agent de propreté et d'hygiène (2017)
Permis B
Anglais : notions`);

  it('still finds the dated jobs', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: "Agent d'entretien", employer: 'Onet', start: '2020', end: '2024' },
      { title: 'Plongeur', employer: 'Flunch', start: '2018', end: '2020' },
    ]);
  });

  it('still finds the contact, the licence and the language (sound today)', () => {
    expect(profile.fields.phone?.value).toBe('+33781234567');
    expect(profile.drivingLicences).toEqual(['B']);
    expect(profile.languages.map((language) => [language.language, language.level])).toEqual([['en', 'A1']]);
  });
});
