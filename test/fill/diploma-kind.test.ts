import { describe, expect, it } from 'vitest';
import { degreeLevel, degreeOptionIndex, diplomaKindOf, highestDegree, optionKinds, optionLevels } from '../../lib/fill/diploma-kind';
import { menuOption } from '../../lib/fill/match-option';

const list = (...texts: string[]) => [menuOption('Choisir', '', false), ...texts.map((text, index) => menuOption(text, String(index), false))];
const chosen = (options: ReturnType<typeof list>, degree: string) => {
  const index = degreeOptionIndex(options, degree);
  return index === null ? null : options[index]!.text;
};

describe('the kind of a diploma', () => {
  it('reads the kind a degree starts with', () => {
    expect(diplomaKindOf('Bac pro logistique')?.kind).toBe('bac-pro');
    expect(diplomaKindOf('Baccalauréat professionnel Commerce')?.kind).toBe('bac-pro');
    expect(diplomaKindOf('Bac STMG')?.kind).toBe('bac-techno');
    expect(diplomaKindOf('Bac S')?.kind).toBe('bac-general');
    expect(diplomaKindOf("CAP Agent d'entreposage")?.kind).toBe('cap');
    expect(diplomaKindOf('Diplôme : BTS MCO')).toEqual({ kind: 'bts', rest: 'mco' });
    expect(diplomaKindOf('Licence professionnelle Logistique')?.kind).toBe('licence-pro');
    expect(diplomaKindOf("Titre professionnel Agent magasinier")?.kind).toBe('titre-pro');
    expect(diplomaKindOf("Diplôme d'ingénieur")?.kind).toBe('ingenieur');
    expect(diplomaKindOf('CACES R489 catégories 1, 3 et 5')).toBeNull();
    expect(diplomaKindOf('Capitaine de pêche')).toBeNull();
  });

  it("reads an English-speaking list's kinds, not a business school's Bachelor", () => {
    expect(optionKinds("Master's Degree")).toEqual(['master']);
    expect(optionKinds("Bachelor's Degree")).toEqual(['licence']);
    expect(optionKinds('Doctorate')).toEqual(['doctorat']);
    expect(optionKinds('High School Diploma')).toEqual(['bac']);
    expect(optionKinds("Associate's Degree")).toBeNull();
    expect(diplomaKindOf('Bachelor Responsable commercial')).toBeNull();
    const workday = list('High School Diploma', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Doctorate');
    expect(chosen(workday, 'Master Droit des affaires')).toBe("Master's Degree");
    expect(chosen(workday, 'Licence Économie')).toBe("Bachelor's Degree");
    expect(chosen(workday, 'Bac pro logistique')).toBe('High School Diploma');
    expect(chosen(workday, 'CAP Conducteur routier')).toBeNull();
  });

  it('tells a list of kinds from a list of diplomas', () => {
    expect(optionKinds('CAP / BEP')).toEqual(['cap', 'bep']);
    expect(optionKinds('Niveau 4 (Bac ou équivalent)')).toEqual(['bac']);
    expect(optionKinds('Bac +2 (BTS, DUT)')).toEqual(['bts', 'dut']);
    expect(optionKinds('BTS MCO')).toBeNull();
    expect(optionKinds('Sans diplôme')).toBeNull();
  });
});

describe('the option for a degree', () => {
  const kinds = list('Sans diplôme', 'CAP / BEP', 'Bac général', 'Bac technologique', 'Bac professionnel', 'BTS / DUT', 'Licence', 'Licence professionnelle', 'Master');

  it('picks the kind of a diploma named in full', () => {
    expect(chosen(kinds, 'Bac pro logistique')).toBe('Bac professionnel');
    expect(chosen(kinds, 'BEP Logistique et commercialisation')).toBe('CAP / BEP');
    expect(chosen(kinds, 'DUT Gestion logistique et transport')).toBe('BTS / DUT');
    expect(chosen(kinds, 'Licence pro Management des process logistiques')).toBe('Licence professionnelle');
    expect(chosen(kinds, 'Master 2 Supply chain')).toBe('Master');
  });

  it('does not let a plain "Bac" land on one kind of Bac', () => {
    expect(chosen(kinds, 'Bac')).toBeNull();
    expect(chosen(list('CAP', 'Bac', 'BTS'), 'Bac STI2D')).toBe('Bac');
    expect(chosen(list('Licence', 'Master'), 'Licence professionnelle Logistique')).toBe('Licence');
  });

  it('matches a list of named diplomas by their words, not their kind', () => {
    expect(chosen(list('BTS NDRC', 'BTS MCO', 'BTS GTLA'), 'BTS MCO (Management commercial opérationnel)')).toBe('BTS MCO');
    expect(chosen(list('BTS NDRC', 'BTS MCO'), 'BTS Transport et prestations logistiques')).toBeNull();
  });

  it('leaves a diploma of no kind offered to the person', () => {
    expect(chosen(kinds, 'CACES R489 catégories 1, 3 et 5')).toBeNull();
    expect(chosen(list('CAP / BEP', 'Bac'), 'Doctorat en chimie')).toBeNull();
  });
});

describe('the level an option names', () => {
  it('reads "Bac +N", the 2019 numbers, the former Roman numbers and kinds', () => {
    expect(optionLevels('Bac +2')).toEqual([5]);
    expect(optionLevels('Bac +3 / +4')).toEqual([6]);
    expect(optionLevels('Bac+5 et plus')).toEqual([7, 8]);
    expect(optionLevels('Niveau 6 (Licence, BUT)')).toEqual([6]);
    expect(optionLevels('Niveau III')).toEqual([5]);
    expect(optionLevels('Niveau I et II')).toEqual([6, 7, 8]);
    // A form that kept the old numbers in figures: the diplomas it names say the level.
    expect(optionLevels('Niveau 5 (CAP, BEP)')).toEqual([3]);
    expect(optionLevels('Sans diplôme')).toEqual([]);
  });

  it('gives a degree its level, and none to a title that exists at several levels', () => {
    expect(degreeLevel('BTS MCO')).toBe(5);
    expect(degreeLevel('Bac pro Logistique')).toBe(4);
    expect(degreeLevel('Master 2 Ressources humaines')).toBe(7);
    expect(degreeLevel('Titre professionnel Agent magasinier')).toBeNull();
    expect(highestDegree(['CAP Cuisine', 'BTS Hôtellerie', 'Bac pro'])).toBe('BTS Hôtellerie');
  });
});
