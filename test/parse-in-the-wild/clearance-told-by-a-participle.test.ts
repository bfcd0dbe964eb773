// Electricians write their clearance as a participle in the headline or the profile: "Électricien
// habilité B1V BR", "habilitée H0B0 et B2V". With its codes after it, that is the electrical
// clearance; "réservé au personnel habilité" or "habilité à conduire" names none.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const certificationsOf = (text: string) =>
  parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).certifications.map((certification) => certification.label);

describe('a clearance told by "habilité" and its codes', () => {
  it('reads "Électricien habilité B1V BR" in the headline as the clearance', () => {
    expect(certificationsOf(`Thomas Leroy
Électricien habilité B1V BR
thomas.leroy@orange.fr | 06 98 76 54 32 | Nantes
EXPÉRIENCES
Mars 2018 – aujourd'hui : Électricien – Cegelec, Nantes
Interventions sur sites réservés au personnel habilité`)).toEqual(['Habilitation électrique B1V, BR']);
  });

  it('reads "habilitée H0B0 et B2V" in a profile sentence, and nothing from "habilité à"', () => {
    expect(certificationsOf(`Léa Morel
06 98 76 54 31
PROFIL
Électricienne du bâtiment depuis 8 ans, habilitée H0B0 et B2V, habilitée à travailler en hauteur.
EXPÉRIENCES
2018 - 2025 : Électricienne – Spie, Rennes`)).toEqual(['Habilitation électrique H0B0, B2V']);
  });
});
