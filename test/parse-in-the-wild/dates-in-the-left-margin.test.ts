// Dates in a left margin column beside the title, the employer and the tasks under the title in
// the right column: the PDF reader gives "2021 – 2024<TAB>Assistante de direction" then the lines
// of the right column. The employer under the title starts where the tasks start, so the indent
// does not tell it from a task.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, pdfLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('dates in the left margin', () => {
  const profile = parseProfile(documentOf(pdfLines([
    { text: 'Émilie Roux', x: 40, y: 40, h: 16 },
    { text: '06 12 98 76 54 · emilie.roux@gmail.com', x: 40, y: 62 },
    { text: 'EXPÉRIENCE', x: 40, y: 100, bold: true },
    { text: '2021 – 2024', x: 40, y: 120, block: 1 },
    { text: 'Assistante de direction', x: 150, y: 120, block: 2, bold: true },
    { text: 'Groupe Bouygues, Paris 15e', x: 150, y: 132, block: 2 },
    { text: 'Gestion des agendas et des déplacements du directeur', x: 150, y: 144, block: 2 },
    { text: '2018 – 2021', x: 40, y: 170, block: 1 },
    { text: 'Secrétaire médicale', x: 150, y: 170, block: 2, bold: true },
    { text: 'Cabinet de radiologie du Parc, Boulogne-Billancourt', x: 150, y: 182, block: 2 },
    { text: 'Accueil des patients et prise de rendez-vous', x: 150, y: 194, block: 2 },
    { text: 'FORMATION', x: 40, y: 230, bold: true },
    { text: '2016', x: 40, y: 250, block: 3 },
    { text: "BTS Support à l'action managériale – Lycée Jean Rostand, Paris", x: 150, y: 250, block: 4 },
  ]), 'pdf-text'), { referenceDate: today });

  it('reads the employer under each title', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }))).toEqual([
      { title: 'Assistante de direction', employer: 'Groupe Bouygues', location: 'Paris 15e', start: '2021', end: '2024' },
      { title: 'Secrétaire médicale', employer: 'Cabinet de radiologie du Parc', location: 'Boulogne-Billancourt', start: '2018', end: '2021' },
    ]);
  });

  it('reads the training beside its year', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: "BTS Support à l'action managériale", school: 'Lycée Jean Rostand', end: '2016' },
    ]);
  });
});
