// The header of a CV exported from LinkedIn: the name, the headline ("Responsable logistique chez
// Kiabi"), then the town with its region and country ("Lille, Hauts-de-France, France"), then the
// contact details. That town is the candidate's city; a region or a country alone is not.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const cityOf = (header: string) =>
  parseProfile(documentOf(plainLines(`${header}
Coordonnées
camille.moreau@gmail.com
www.linkedin.com/in/camille-moreau-59
Expérience
Kiabi
Vendeuse
janvier 2020 - aujourd’hui (6 ans 3 mois)`), 'pdf-text'), { referenceDate: today }).fields.city?.value;

describe('the town in a LinkedIn header', () => {
  it('reads "Lille, Hauts-de-France, France" under the headline as the city', () => {
    expect(cityOf('Camille Moreau\nResponsable logistique chez Kiabi\nLille, Hauts-de-France, France')).toBe('Lille');
    expect(cityOf("Camille Moreau\nCariste\nVilleneuve-d'Ascq, Hauts-de-France, France")).toBe("Villeneuve-d'Ascq");
  });

  it('reads the English and area forms: "Leeds, England, United Kingdom", "Région de Nantes, France", "Lyon et périphérie"', () => {
    expect(cityOf('Camille Moreau\nCare Assistant\nLeeds, England, United Kingdom')).toBe('Leeds');
    expect(cityOf('Camille Moreau\nVendeuse\nRégion de Nantes, France')).toBe('Nantes');
    expect(cityOf('Camille Moreau\nVendeuse\nLyon et périphérie')).toBe('Lyon');
  });

  it('takes no city from a region or a country alone', () => {
    expect(cityOf('Camille Moreau\nVendeuse\nHauts-de-France, France')).toBeUndefined();
    expect(cityOf('Camille Moreau\nVendeuse\nFrance')).toBeUndefined();
  });
});
