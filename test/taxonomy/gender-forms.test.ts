import { describe, expect, it } from 'vitest';
import { genderForms } from '../../lib/taxonomy/gender-forms';

describe('genderForms', () => {
  it('splits ROME appellations into the masculine and feminine titles', () => {
    expect(genderForms('Développeur / Développeuse web')).toEqual(['Développeur web', 'Développeuse web']);
    expect(genderForms("Agent / Agente d'entretien des espaces naturels")).toEqual([
      "Agent d'entretien des espaces naturels",
      "Agente d'entretien des espaces naturels",
    ]);
    expect(genderForms("Opérateur polyvalent / Opératrice polyvalente d'équipement automatisé")).toEqual([
      "Opérateur polyvalent d'équipement automatisé",
      "Opératrice polyvalente d'équipement automatisé",
    ]);
  });

  it('splits ESCO preferred labels written without spaces', () => {
    expect(genderForms('directeur technique/directrice technique')).toEqual(['directeur technique', 'directrice technique']);
  });

  it('expands inline feminine endings', () => {
    expect(genderForms('Technicien(ne) de planning')).toEqual(['Technicien de planning', 'Technicienne de planning']);
    expect(genderForms('Vendeur(se) en boulangerie')).toEqual(['Vendeur en boulangerie', 'Vendeuse en boulangerie']);
  });

  it('pairs the word before a slash with the word after it, however many slashes', () => {
    expect(genderForms('Aide ménager / ménagère à domicile')).toEqual(['Aide ménager à domicile', 'Aide ménagère à domicile']);
    expect(genderForms("Agent / Agente d'administration principal / principale des impôts")).toEqual([
      "Agent d'administration principal des impôts",
      "Agente d'administration principale des impôts",
    ]);
  });

  it('leaves titles that are not gender pairs alone', () => {
    expect(genderForms('Cariste')).toEqual(['Cariste']);
    expect(genderForms('Administrative Assistant / Office Coordinator')).toEqual(['Administrative Assistant / Office Coordinator']);
    expect(genderForms('Serveur H/F')).toEqual(['Serveur H/F']);
  });
});
