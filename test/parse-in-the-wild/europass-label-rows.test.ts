// The former Europass CV (still widely used in France) is a two-column table: a label cell
// ("Dates", "Fonction ou poste occupé", "Nom et adresse de l'employeur") beside each value. The
// DOCX reader gives each row as "label\tvalue" (see lib/read/office/flow-to-lines.ts); the label
// is not part of the value.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import type { TextLine } from '../../lib/types';
import { documentOf } from '../parse/build-lines';

const today = new Date('2026-03-15');
const HEADINGS = new Set(['Informations personnelles', 'Expérience professionnelle', 'Éducation et formation', 'Aptitudes et compétences personnelles']);

/** DOCX lines: " | " separates the cells of a table row; section headings are bold. */
function europassLines(text: string): TextLine[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean)
    .map((line) => ({ text: line.replace(/\s*\|\s*/g, '\t'), page: 1, bold: HEADINGS.has(line) }));
}

const profile = parseProfile(documentOf(europassLines(`Curriculum Vitae Europass
Informations personnelles
Nom / Prénom | BENALI Karim
Adresse | 14 rue Victor Hugo, 59000 Lille
Téléphone | 06 12 34 56 78
Courrier électronique | karim.benali@gmail.com
Expérience professionnelle
Dates | Mars 2019 - Décembre 2022
Fonction ou poste occupé | Préparateur de commandes
Principales activités et responsabilités | Préparation de commandes, chargement des camions
Nom et adresse de l'employeur | Geodis, 12 avenue de la Gare, 59160 Lomme
Dates | Janvier 2017 - Février 2019
Fonction ou poste occupé | Cariste
Nom et adresse de l'employeur | Kuehne + Nagel, Lesquin
Éducation et formation
Dates | 2016
Intitulé du certificat ou diplôme délivré | CAP Agent d'entreposage et de messagerie
Nom et type de l'établissement d'enseignement | Lycée professionnel Jean Prouvé, Lomme
Aptitudes et compétences personnelles
Langue(s) maternelle(s) | Arabe
Autre(s) langue(s) | Anglais
Auto-évaluation | Comprendre | Parler | Écrire
Niveau européen (*) | Écouter | Lire | Prendre part à une conversation | S'exprimer oralement en continu
Anglais | A2 Utilisateur élémentaire | A2 Utilisateur élémentaire | A2 Utilisateur élémentaire | A1 Utilisateur élémentaire | A1 Utilisateur élémentaire
Permis de conduire | B`), 'docx'), { referenceDate: today });

describe('former Europass CV read from DOCX', () => {
  it('takes the job from "Fonction ou poste occupé", not the "Dates" label', () => {
    expect(profile.experiences.map(({ title, start, end }) => ({ title, start, end }))).toEqual([
      { title: 'Préparateur de commandes', start: '2019-03', end: '2022-12' },
      { title: 'Cariste', start: '2017-01', end: '2019-02' },
    ]);
  });

  it('takes the employer from "Nom et adresse de l\'employeur"', () => {
    expect(profile.experiences.map((experience) => experience.employer)).toEqual(['Geodis', 'Kuehne + Nagel']);
  });

  it('offers the current job as the job title, not a label', () => {
    expect(profile.fields.jobTitle?.value).toBe('Préparateur de commandes');
  });

  it('takes the diploma and the school from their cells, not from the labels', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: "CAP Agent d'entreposage et de messagerie", school: 'Lycée professionnel Jean Prouvé', end: '2016' },
    ]);
  });

  it('reads the identity, contact, languages and licence rows (sound today)', () => {
    expect([profile.fields.firstName?.value, profile.fields.lastName?.value, profile.fields.phone?.value, profile.fields.postcode?.value])
      .toEqual(['Karim', 'BENALI', '+33612345678', '59000']);
    expect(profile.languages.map(({ language, level }) => [language, level])).toEqual([['ar', 'C2'], ['en', 'A2']]);
    expect(profile.drivingLicences).toEqual(['B']);
  });
});
