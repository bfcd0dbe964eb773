// An older CV typed as a form: "Nom : MARTIN" / "Prénom : Sylvie", two phones on one line, the
// wanted job after a label ("POSTE RECHERCHÉ :"), jobs written "de janv. 2015 à ce jour :" and
// "de 2001 à 2008 :", and a parental leave among them, which is no job.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a form-like CV with a parental leave', () => {
  const profile = parseProfile(documentOf(plainLines(`CURRICULUM VITAE
Nom : MARTIN
Prénom : Sylvie
Née le 12/04/1968 à Rouen
Adresse : 4 impasse des Peupliers, 76100 Rouen
Tél. : 02 35 12 34 56 / 06 70 80 90 10
Courriel : sylvie.martin76@wanadoo.fr
Permis B + véhiculée
POSTE RECHERCHÉ : Secrétaire médicale
PARCOURS PROFESSIONNEL
de janv. 2015 à ce jour : Secrétaire médicale, Cabinet de radiologie du Mont-Riboudet, Rouen
de sept. 2008 à déc. 2014 : Secrétaire, Mairie de Déville-lès-Rouen (CDD puis titulaire)
de 2001 à 2008 : Hôtesse d'accueil, Crédit Agricole Normandie-Seine, Bois-Guillaume
de 1995 à 2000 : Congé parental
1988 - 1995 : Employée administrative, Renault, Cléon
DIPLÔMES ET FORMATIONS
1988 : BTS Assistante de direction – Lycée Jeanne d'Arc, Rouen
1986 : Baccalauréat G1
INFORMATIQUE
Word, Excel, Doctolib, Weda
LANGUES
Anglais : lu, écrit, parlé (niveau moyen)`), 'docx'), { referenceDate: today });

  it('reads the labelled identity, the address and the wanted job', () => {
    const { firstName, lastName, address, postcode, city, email, jobTitle } = profile.fields;
    expect([firstName?.value, lastName?.value, address?.value, postcode?.value, city?.value, email?.value, jobTitle?.value]).toEqual([
      'Sylvie', 'MARTIN', '4 impasse des Peupliers', '76100', 'Rouen', 'sylvie.martin76@wanadoo.fr', 'Secrétaire médicale',
    ]);
  });

  it('reads the four jobs with their months, and no job for the parental leave', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => [title, employer, start, end])).toEqual([
      ['Secrétaire médicale', 'Cabinet de radiologie du Mont-Riboudet', '2015-01', 'present'],
      ['Secrétaire', 'Mairie de Déville-lès-Rouen', '2008-09', '2014-12'],
      ["Hôtesse d'accueil", 'Crédit Agricole Normandie-Seine', '2001', '2008'],
      ['Employée administrative', 'Renault', '1988', '1995'],
    ]);
  });

  it('reads the diplomas, the licence and the language', () => {
    expect(profile.education.map(({ degree, end }) => [degree, end])).toEqual([['BTS Assistante de direction', '1988'], ['Baccalauréat G1', '1986']]);
    expect(profile.drivingLicences).toEqual(['B']);
    expect(profile.languages.map(({ language, level }) => [language, level])).toEqual([['en', 'B1']]);
  });
});
