// A French CV from Québec: "Courriel", "Cellulaire : (514) …", the town with its province and a
// Canadian postal code ("Montréal (Québec) H2J 2L3"), and Québec's diplomas (DEP, DES, AEC) under
// "Scolarité".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a CV from Québec', () => {
  const profile = parseProfile(documentOf(plainLines(`Marie-Ève Tremblay
4520, rue Saint-Denis, app. 3
Montréal (Québec) H2J 2L3
Cellulaire : (514) 555-0182
Courriel : me.tremblay@videotron.ca
EXPÉRIENCE DE TRAVAIL
Préposée aux bénéficiaires – CHSLD Saint-Laurent, Montréal
Depuis août 2020
Caissière – Métro Plus, Laval
2017 – 2020
SCOLARITÉ
DEP Assistance aux bénéficiaires en établissement de santé – Centre de formation professionnelle Pierre-Dupuy, 2020
AEC en soins infirmiers auxiliaires – Cégep du Vieux Montréal, 2022
DES – École secondaire Saint-Luc, 2016
LANGUES
Français (langue maternelle), anglais (intermédiaire)`), 'docx'), { referenceDate: today });
  const value = (key: keyof typeof profile.fields) => profile.fields[key]?.value;

  it('reads the contact details, the town and the Canadian postal code', () => {
    expect([value('firstName'), value('lastName'), value('email'), value('phone')]).toEqual(['Marie-Ève', 'Tremblay', 'me.tremblay@videotron.ca', '+15145550182']);
    expect([value('address'), value('postcode'), value('city')]).toEqual(['4520, rue Saint-Denis, app. 3', 'H2J 2L3', 'Montréal']);
    expect(value('jobTitle')).toBe('Préposée aux bénéficiaires');
  });

  it('reads the diplomas of Québec', () => {
    expect(profile.education.map(({ degree, end }) => ({ degree, end }))).toEqual([
      { degree: 'DEP Assistance aux bénéficiaires en établissement de santé', end: '2020' },
      { degree: 'AEC en soins infirmiers auxiliaires', end: '2022' },
      { degree: 'DES', end: '2016' },
    ]);
  });

  it('reads a province as two letters too, and never takes the article "DES" of a line in capitals for a diploma', () => {
    const other = parseProfile(documentOf(plainLines(`Kevin Roy
Laval, QC H7N 4Z4
kevin.roy@gmail.com
EXPÉRIENCE
AGENT DES SERVICES HOSPITALIERS – CHU Sainte-Justine
2019 – 2024`), 'docx'), { referenceDate: today });
    expect([other.fields.city?.value, other.fields.postcode?.value]).toEqual(['Laval', 'H7N 4Z4']);
    expect(other.education).toEqual([]);
    expect(other.experiences.map(({ title }) => title)).toEqual(['AGENT DES SERVICES HOSPITALIERS']);
  });
});
