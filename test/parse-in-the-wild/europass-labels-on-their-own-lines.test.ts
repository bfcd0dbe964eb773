// A Europass CV copied out of its table (or saved as text) gives each label on a line of its own
// and its value on the next: "Dates" / "Septembre 2020 – aujourd'hui" / "Fonction ou poste occupé"
// / "Aide-soignante". Labels are no values: no job is titled "Nom et adresse de l'employeur".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a Europass CV with its labels on their own lines', () => {
  const profile = parseProfile(documentOf(plainLines(`CURRICULUM VITAE EUROPASS
INFORMATIONS PERSONNELLES
Nom
DIALLO Mariama
Adresse
8 avenue Jean Jaurès, 69007 Lyon
Téléphone
07 81 23 45 67
Courrier électronique
mariama.diallo@yahoo.fr
EXPÉRIENCE PROFESSIONNELLE
Dates
Septembre 2020 – aujourd'hui
Fonction ou poste occupé
Aide-soignante
Nom et adresse de l'employeur
EHPAD Les Tilleuls, Villeurbanne
Dates
Mars 2017 – Août 2020
Fonction ou poste occupé
Agent de service hospitalier
Principales activités et responsabilités
Bionettoyage des chambres, distribution des repas
Nom et adresse de l'employeur
Hôpital Édouard Herriot, Lyon
ÉDUCATION ET FORMATION
Dates
2017
Intitulé du certificat ou diplôme délivré
Diplôme d'État d'aide-soignant
Nom et type de l'établissement
IFAS Croix-Rousse, Lyon
APTITUDES ET COMPÉTENCES PERSONNELLES
Langue(s) maternelle(s)
Peul
Autre(s) langue(s)
Français : C1
Anglais : A2`), 'docx'), { referenceDate: today });

  it('reads the identity and contact details', () => {
    const { firstName, lastName, email, phone, city } = profile.fields;
    expect([firstName?.value, lastName?.value, email?.value, phone?.value, city?.value]).toEqual(['Mariama', 'DIALLO', 'mariama.diallo@yahoo.fr', '+33781234567', 'Lyon']);
  });

  it('reads each job with its title, employer and dates', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Aide-soignante', employer: 'EHPAD Les Tilleuls', start: '2020-09', end: 'present' },
      { title: 'Agent de service hospitalier', employer: 'Hôpital Édouard Herriot', start: '2017-03', end: '2020-08' },
    ]);
    expect(profile.fields.jobTitle?.value).toBe('Aide-soignante');
  });

  it('reads the diploma with its school, and the languages', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: "Diplôme d'État d'aide-soignant", school: 'IFAS Croix-Rousse', end: '2017' },
    ]);
    expect(profile.languages.map(({ language, level }) => ({ language, level }))).toEqual([
      { language: 'ff', level: 'C2' },
      { language: 'fr', level: 'C1' },
      { language: 'en', level: 'A2' },
    ]);
  });
});
