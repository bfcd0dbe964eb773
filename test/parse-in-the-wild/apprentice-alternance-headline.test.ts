// An apprentice's CV: the headline says the contract ("Apprenti vendeur conseil en alternance"),
// the job names the firm and the CFA at once ("Decathlon Lyon Part-Dieu / CFA IFIR Lyon") with the
// rhythm of the alternance under it. The headline is the trade without the contract, as "en CDI"
// is dropped; the firm is the employer, not the school.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe("an apprentice's CV", () => {
  const profile = parse(`Théo Garnier
Apprenti vendeur conseil en alternance
22 rue des Lilas, 69008 Lyon
07 81 22 33 44 – theo.garnier@outlook.fr
Recherche un contrat d'apprentissage pour un BTS MCO à partir de septembre 2026
PARCOURS EN ALTERNANCE
Sept. 2024 – juin 2026 : Apprenti vendeur conseil – Decathlon Lyon Part-Dieu / CFA IFIR Lyon
Rythme : 2 semaines en entreprise, 1 semaine au CFA
Conseil client au rayon cycles, mise en rayon, encaissement
Été 2023 : Équipier – Burger King, Vénissieux (CDD 2 mois)
FORMATION
2024 – 2026 : CAP Équipier polyvalent du commerce – CFA IFIR, Lyon
2023 : Brevet des collèges – Collège Jean Mermoz, Lyon
PERMIS
Permis AM, code de la route en cours`);

  it('reads the headline without the contract', () => {
    expect(profile.fields.jobTitle?.value).toBe('Apprenti vendeur conseil');
  });

  it('reads the apprenticeship with the firm as employer, and the summer job', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }))).toEqual([
      { title: 'Apprenti vendeur conseil', employer: 'Decathlon Lyon Part-Dieu', location: null, start: '2024-09', end: '2026-06' },
      { title: 'Équipier', employer: 'Burger King', location: 'Vénissieux', start: '2023', end: '2023' },
    ]);
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'CAP Équipier polyvalent du commerce', school: 'CFA IFIR', end: '2026' },
      { degree: 'Brevet des collèges', school: 'Collège Jean Mermoz', end: '2023' },
    ]);
    expect(profile.drivingLicences).toEqual(['AM']);
  });

  it('drops the contract written in brackets or with "en apprentissage" too', () => {
    const headline = (text: string) => parse(`Léa Morel\n${text}\n06 11 22 33 44\nEXPÉRIENCE\nVendeuse – Kiabi, Tours\n2021 - 2023`).fields.jobTitle?.value;
    expect(headline('Coiffeuse (alternance)')).toBe('Coiffeuse');
    expect(headline('Apprentie coiffeuse en apprentissage')).toBe('Apprentie coiffeuse');
  });
});
