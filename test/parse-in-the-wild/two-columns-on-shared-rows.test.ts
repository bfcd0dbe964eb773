// A two-column CV whose columns share their rows: the reader gives each row as one line, the
// sidebar's cell then the main column's, separated by a tab ("37000 Tours\tConseil client…").
// Under a row of headings over both columns ("CONTACT\tEXPÉRIENCES") each cell stays in its
// column: a sidebar heading opens the sidebar's next section, not the main column's, and a period
// in the main column is that column's date line, not the sidebar cell's right-aligned date.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const profile = parseProfile(
  documentOf(
    plainLines(`Julie Martin
Vendeuse en prêt-à-porter
CONTACT\tEXPÉRIENCES
06 44 55 66 77\tVendeuse – Kiabi, Tours
julie.martin@gmail.com\t2021 – aujourd’hui
37000 Tours\tConseil client, encaissement, mise en rayon
COMPÉTENCES\tEmployée libre-service – Carrefour, Joué-lès-Tours
Encaissement\t2018 – 2021
Merchandising\tRéassort, étiquetage, inventaires
LANGUES\tFORMATION
Anglais : B1\tBac pro Commerce – Lycée Albert Bayet, Tours, 2018
Permis B`),
    'pdf-text',
  ),
  { referenceDate: today },
);

describe('two columns on shared rows', () => {
  it('reads both jobs of the main column with their dates', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Vendeuse', employer: 'Kiabi', start: '2021', end: 'present' },
      { title: 'Employée libre-service', employer: 'Carrefour', start: '2018', end: '2021' },
    ]);
  });

  it('reads the sidebar: contact details, languages and licence', () => {
    expect(profile.fields.email?.value).toBe('julie.martin@gmail.com');
    expect(profile.fields.city?.value).toBe('Tours');
    expect(profile.languages.map(({ language, level }) => ({ language, level }))).toEqual([{ language: 'en', level: 'B1' }]);
    expect(profile.drivingLicences).toEqual(['B']);
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([{ degree: 'Bac pro Commerce', school: 'Lycée Albert Bayet', end: '2018' }]);
  });

  it('keeps the skills of the sidebar out of the jobs', () => {
    const skills = profile.sections.find((section) => section.kind === 'skills');
    expect(skills?.lines.map((line) => line.text)).toEqual(['Encaissement', 'Merchandising']);
  });
});
