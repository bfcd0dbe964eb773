// The identity block many French CVs still carry: a photo's caption ("[Photo]", "Photo"), the
// birth date and place, nationality, age, family situation, a residence permit. None of it is
// read into a field (data minimisation, and "Dakar" is no home town); a Berber surname with its
// particle ("Ait Ali") stays whole; dates in a left column beside the titles (tabs) still date the jobs.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('identity lines and a photo caption', () => {
  it('reads the home address, not the birth place, and nothing from the identity lines', () => {
    const profile = parse(`[Photo]
Aminata DIALLO
Née le 12/03/1990 à Dakar (Sénégal)
Nationalité : française
Âge : 35 ans
Situation familiale : mariée, 2 enfants
5 allée des Tilleuls
93200 Saint-Denis
Tél : 06 12 98 45 33
aminata.diallo@hotmail.fr
EXPÉRIENCES PROFESSIONNELLES
Depuis 2019 : Aide à domicile – ADMR, Saint-Denis
FORMATION
2014 : DEAVS – Institut de formation Croix-Rouge, Paris`);
    const values = Object.fromEntries(Object.entries(profile.fields).map(([key, field]) => [key, field?.value]));
    expect(values).toEqual({
      firstName: 'Aminata', lastName: 'DIALLO', email: 'aminata.diallo@hotmail.fr', phone: '+33612984533',
      address: '5 allée des Tilleuls', postcode: '93200', city: 'Saint-Denis', jobTitle: 'Aide à domicile',
    });
    expect(Object.values(profile.fields).some((field) => /Née|Nationalit|Âge|mariée|Photo/.test(field?.evidence.text ?? ''))).toBe(false);
  });

  it('keeps "Ait" with the surname, and dates in a left column on their jobs', () => {
    const profile = parse(`Mohamed Ait Ali
Né le 04/11/1985 – Nationalité marocaine
Titre de séjour valide (carte de résident)
Tél. 07 53 28 41 96 – m.aitali@yahoo.fr
Photo
Plombier chauffagiste
EXPÉRIENCES
2016-2024\tPlombier chauffagiste
\tEngie Home Services, Rennes
\tInstallation et entretien de chaudières gaz
2012-2016\tAide plombier
\tSARL Martin Plomberie, Vitré
FORMATION
2011\tCAP Installateur sanitaire
\tCFA du Bâtiment, Saint-Grégoire`);
    expect([profile.fields.firstName?.value, profile.fields.lastName?.value, profile.fields.jobTitle?.value]).toEqual(['Mohamed', 'Ait Ali', 'Plombier chauffagiste']);
    expect(profile.certifications).toEqual([]);
    expect(profile.experiences.map(({ title, employer, start, end }) => [title, employer, start, end])).toEqual([
      ['Plombier chauffagiste', 'Engie Home Services', '2016', '2024'],
      ['Aide plombier', 'SARL Martin Plomberie', '2012', '2016'],
    ]);
    expect(profile.education.map(({ degree, school, end }) => [degree, school, end])).toEqual([['CAP Installateur sanitaire', 'CFA du Bâtiment', '2011']]);
  });
});
