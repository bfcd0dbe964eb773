// A caregiver's CV: "Permis B + véhiculée" under the headline, periods written "Depuis 03/2021",
// "De janv. à mars 2022" and "2020-21", and the Diplôme d'État d'aide-soignant being studied for
// ("DEAS en cours – IFAS de Nantes") above the titles already held.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a caregiver CV with the DEAS in progress', () => {
  const profile = parseProfile(documentOf(plainLines(`Nadia Benali
Aide-soignante
Permis B + véhiculée
07 81 22 33 44 | nadia.benali@gmail.com
8 allée des Lilas, 44300 Nantes
EXPÉRIENCES PROFESSIONNELLES
Depuis 03/2021 Agent de service hospitalier – CHU de Nantes
De janv. à mars 2022 Auxiliaire de vie (remplacement) – ADMR Loire-Atlantique, Rezé
2020-21 Agent d'entretien – Onet Services, Saint-Herblain
FORMATION
Diplôme d'État d'aide-soignant (DEAS) en cours – IFAS de Nantes
2019 Titre professionnel Assistant de vie aux familles – GRETA Nantes
2012 CAP Petite enfance
LANGUES
Arabe : langue maternelle
Anglais : notions
CENTRES D'INTÉRÊT
Cuisine, randonnée`), 'docx'), { referenceDate: today });

  it('reads the headline, the contact and the licence beside "véhiculée"', () => {
    const { firstName, lastName, jobTitle, phone, postcode, city } = profile.fields;
    expect([firstName?.value, lastName?.value, jobTitle?.value, phone?.value, postcode?.value, city?.value]).toEqual(['Nadia', 'Benali', 'Aide-soignante', '+33781223344', '44300', 'Nantes']);
    expect(profile.drivingLicences).toEqual(['B']);
  });

  it('reads "Depuis 03/2021", "De janv. à mars 2022" and "2020-21"', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => [title, employer, start, end])).toEqual([
      ['Agent de service hospitalier', 'CHU de Nantes', '2021-03', 'present'],
      ['Auxiliaire de vie', 'ADMR Loire-Atlantique', '2022-01', '2022-03'],
      ["Agent d'entretien", 'Onet Services', '2020', '2021'],
    ]);
  });

  it('lists the DEAS being studied for, with no year yet, without "en cours"', () => {
    expect(profile.education.map(({ degree, school, end }) => [degree, school, end])).toEqual([
      ["Diplôme d'État d'aide-soignant (DEAS)", 'IFAS de Nantes', null],
      ['Titre professionnel Assistant de vie aux familles', 'GRETA Nantes', '2019'],
      ['CAP Petite enfance', null, '2012'],
    ]);
    expect(profile.certifications).toEqual([]);
  });

  it('reads the mother tongue and the notions', () => {
    expect(profile.languages.map(({ language, level }) => [language, level])).toEqual([['ar', 'C2'], ['en', 'A1']]);
  });
});
