// A street address set on two lines above the postcode: the street, then a residence, a building
// or a "lieu-dit". Both lines are the address; the line nearest the postcode alone is half of it.
// A numbered street nearest the postcode is the address by itself (the residence above is extra).
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const locationOf = (header: string) => {
  const { fields } = parseProfile(documentOf(plainLines(`${header}\n06 45 67 89 01\nEXPÉRIENCE\n2019 - 2024 : Secrétaire, Clinique Saint-Augustin`), 'docx'), { referenceDate: today });
  return { address: fields.address?.value, evidence: fields.address?.evidence.text, postcode: fields.postcode?.value, city: fields.city?.value };
};

describe('an address on two lines', () => {
  it('joins the street and the residence under it', () => {
    expect(locationOf('Marie-Claire FONTAINE\nAdresse : 8, allée des Tilleuls\nRésidence Les Pins, Bât. C\n33600 Pessac')).toEqual({
      address: '8, allée des Tilleuls, Résidence Les Pins, Bât. C',
      evidence: 'Adresse : 8, allée des Tilleuls\nRésidence Les Pins, Bât. C',
      postcode: '33600',
      city: 'Pessac',
    });
  });

  it('joins a road and its "lieu-dit" in the countryside', () => {
    expect(locationOf('Jean-Pierre LEROY\nChemin du Moulin\nLieu-dit La Borde\n71100 Chalon-sur-Saône')).toMatchObject({
      address: 'Chemin du Moulin, Lieu-dit La Borde',
      postcode: '71100',
      city: 'Chalon-sur-Saône',
    });
  });

  it('keeps the numbered street alone under its residence ("Résidence du Parc" / "3 rue Victor Hugo")', () => {
    expect(locationOf('Marie FONTAINE\nRésidence du Parc\n3 rue Victor Hugo, appt 12\n33600 Pessac')).toMatchObject({ address: '3 rue Victor Hugo, appt 12' });
  });

  it('keeps a one-line street alone when the line above is the job title', () => {
    expect(locationOf('Marie FONTAINE\nAssistante administrative\n8 allée des Tilleuls\n33600 Pessac')).toMatchObject({ address: '8 allée des Tilleuls' });
  });
});
