// Names as French CVs also write them: a form's two labels on one line ("Nom : Dupont   Prénom :
// Marie"), and a married woman's two surnames ("Marie DUPONT épouse MARTIN", "(née BENALI)"), both
// kept as the surname since the form's one field must hold the name she goes by. A training line
// ("CAP Logistique") is never a name, even when no line reads as one.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const nameOf = (header: string) => {
  const { fields } = parseProfile(documentOf(plainLines(`${header}
06 12 34 56 78
EXPÉRIENCES PROFESSIONNELLES
Cariste – Geodis, Corbas
2019 - 2021
FORMATION
CAP Logistique
2017`), 'docx'), { referenceDate: today });
  return [fields.firstName?.value, fields.lastName?.value];
};

describe('names on a form line and married names', () => {
  it('reads a last-name and a first-name label sharing one line', () => {
    expect(nameOf('Nom : Dupont   Prénom : Marie')).toEqual(['Marie', 'Dupont']);
    expect(nameOf('Prénom : Marie – Nom : DUPONT')).toEqual(['Marie', 'DUPONT']);
    expect(nameOf('Nom et prénom : DUPONT Marie')).toEqual(['Marie', 'DUPONT']);
  });

  it('keeps a married name with the surname', () => {
    expect(nameOf('Marie DUPONT épouse MARTIN')).toEqual(['Marie', 'DUPONT épouse MARTIN']);
    expect(nameOf('Mme Nadia KADDOUR (née BENALI), 45 ans')).toEqual(['Nadia', 'KADDOUR née BENALI']);
  });

  it('takes no training line for the name when the CV gives none', () => {
    expect(nameOf('Profil logistique')).toEqual([undefined, undefined]);
  });
});
