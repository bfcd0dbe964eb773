// An experience section that gives no date at all, as CVs of little experience often do: each line
// that names a job is a job without dates; its tasks are not jobs. A section with dates is read as
// before (an undated line there is a task or a header, not a job of its own).
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

function experiencesOf(text: string) {
  return parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).experiences
    .map(({ title, employer, start, end }) => ({ title, employer, start, end }));
}

describe('jobs listed without dates', () => {
  it('reads each job line, with its employer, and leaves its tasks out', () => {
    expect(experiencesOf(`Inès Haddad
06 12 34 56 78
EXPÉRIENCES
Vendeuse (2 ans) – Kiabi
Mise en rayon, encaissement, accueil des clients
Stage de 3e – Boulangerie Martin
Aide à la vente et au nettoyage
FORMATION
CAP Employé de vente – Lycée Jean Moulin`)).toEqual([
      { title: 'Vendeuse', employer: 'Kiabi', start: null, end: null },
      { title: 'Stage de 3e', employer: 'Boulangerie Martin', start: null, end: null },
    ]);
  });

  it('bulleted job lines and a job "chez" an employer; a sentence is no job', () => {
    const experiences = experiencesOf(`Karim Benali
07 12 34 56 78
EXPÉRIENCE PROFESSIONNELLE
• Cariste chez Geodis
• Préparateur de commandes – Intermarché
J'ai aussi aidé mon oncle sur les marchés le week-end pendant plusieurs années.`);
    expect(experiences.map((experience) => experience.title)).toEqual(['Cariste', 'Préparateur de commandes']);
    expect(experiences[1]!.employer).toBe('Intermarché');
  });

  it('a section with dates keeps reading only its dated jobs', () => {
    expect(experiencesOf(`Julie Moreau
06 45 67 89 10
EXPÉRIENCES
Vendeuse – Kiabi, Lyon
2019 – 2022
Conseil et encaissement
Caissière – Auchan
2016 – 2019`).map(({ title, start }) => ({ title, start }))).toEqual([
      { title: 'Vendeuse', start: '2019' },
      { title: 'Caissière', start: '2016' },
    ]);
  });
});
