// A CV or profile exported from Welcome to the Jungle, in French and in English: each job on one
// line as "Trade · Firm" ("Chef de projet digital · Decathlon") over "2019 - 2022 · 3 ans", the
// diplomas as "Diploma · School", the languages as "Anglais · Intermédiaire" / "English · Fluent".
// The level after the "·" is the language's. A profile may give the contract and the place on a line
// of their own under the job ("CDI · Lyon, France", "Stage · Messimy"): that line is the job's town,
// neither its employer, nor a reason to read the "Trade · Firm" line whole as a title.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { column, documentOf, pdfLines, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const read = (rows: (string | { text: string; h?: number; bold?: boolean; gap?: number })[]) =>
  parseProfile(documentOf(pdfLines(column(50, 30, 0, rows.map((row) => (typeof row === 'string' ? { text: row, h: 9 } : { h: 10, ...row }))))), { referenceDate: today });
const heading = (text: string) => ({ text, h: 13, bold: true, gap: 26 });

const french = read([
  { text: 'Julie Martin', h: 20, bold: true },
  { text: 'Chef de projet digital', h: 12 },
  'Lyon · julie.martin.pro@gmail.com · 06 98 76 54 32',
  heading('Expériences'),
  { text: 'Chef de projet digital · Decathlon', bold: true },
  '2022 - Aujourd’hui · 4 ans',
  'Pilotage de la refonte du site marchand, coordination des équipes produit.',
  { text: 'Chargée de communication digitale · Boiron', bold: true, gap: 20 },
  '2019 - 2022 · 3 ans',
  'Animation des réseaux sociaux et des campagnes e-mailing.',
  { text: 'Assistante marketing · Groupe SEB', bold: true, gap: 20 },
  '2017 - 2019 · 2 ans',
  heading('Formation'),
  { text: 'Master Communication digitale · IAE Lyon', bold: true },
  '2015 - 2017',
  { text: 'Licence Information-communication · Université Lumière Lyon 2', bold: true, gap: 20 },
  '2012 - 2015',
  heading('Langues'),
  'Anglais · Intermédiaire',
  'Espagnol · Courant',
  'Français · Langue maternelle',
  heading('Compétences'),
  'Gestion de projet · Google Analytics · SEO · Figma',
]);

const english = read([
  { text: 'Lucas Bernard', h: 20, bold: true },
  { text: 'Data Analyst', h: 12 },
  'Paris · lucas.bernard@protonmail.com',
  heading('Experience'),
  { text: 'Data Analyst · Doctolib', bold: true },
  '2022 - Today · 4 years',
  'Built the dashboards of the sales teams.',
  { text: 'Business Analyst · BlaBlaCar', bold: true, gap: 20 },
  '2019 - 2022 · 3 years',
  heading('Education'),
  { text: 'Master in Data Science · Université Paris Cité', bold: true },
  '2017 - 2019',
  heading('Languages'),
  'English · Fluent',
  'German · Intermediate',
  'French · Native',
]);

const jobs = (profile: typeof french) => profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));
const languages = (profile: typeof french) => profile.languages.map(({ language, level, levelText }) => [language, level, levelText]);

describe('a Welcome to the Jungle export, in French', () => {
  it('reads the headline and each "Trade · Firm" job with its period', () => {
    expect([french.fields.firstName?.value, french.fields.lastName?.value, french.fields.city?.value, french.fields.jobTitle?.value]).toEqual(['Julie', 'Martin', 'Lyon', 'Chef de projet digital']);
    expect(jobs(french)).toEqual([
      { title: 'Chef de projet digital', employer: 'Decathlon', start: '2022', end: 'present' },
      { title: 'Chargée de communication digitale', employer: 'Boiron', start: '2019', end: '2022' },
      { title: 'Assistante marketing', employer: 'Groupe SEB', start: '2017', end: '2019' },
    ]);
    expect(french.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'Master Communication digitale', school: 'IAE Lyon', end: '2017' },
      { degree: 'Licence Information-communication', school: 'Université Lumière Lyon 2', end: '2015' },
    ]);
  });

  it('reads the level after the "·" of each language', () => {
    expect(languages(french)).toEqual([['en', 'B1', 'Intermédiaire'], ['es', 'C1', 'Courant'], ['fr', 'C2', 'Langue maternelle']]);
  });
});

describe('a Welcome to the Jungle export, in English', () => {
  it('reads each "Trade · Firm" job and the level after the "·" of each language', () => {
    expect(jobs(english)).toEqual([
      { title: 'Data Analyst', employer: 'Doctolib', start: '2022', end: 'present' },
      { title: 'Business Analyst', employer: 'BlaBlaCar', start: '2019', end: '2022' },
    ]);
    expect(languages(english)).toEqual([['en', 'C1', 'Fluent'], ['de', 'B1', 'Intermediate'], ['fr', 'C2', 'Native']]);
  });
});

describe('a Welcome to the Jungle job with its contract and place on a line of their own', () => {
  it('reads "CDI · Lyon, France" and "Stage · Messimy" as the town, the line above as trade and firm', () => {
    const jobs = parseProfile(documentOf(plainLines(`Julie Martin
julie.martin.pro@gmail.com
Expériences
Chef de projet digital · Decathlon
CDI · Lyon, France
2022 - Aujourd’hui · 4 ans
Chargée de communication · Boiron
Stage · Messimy
janv. 2019 - juin 2019 · 6 mois`)), { referenceDate: today }).experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }));
    expect(jobs).toEqual([
      { title: 'Chef de projet digital', employer: 'Decathlon', location: 'Lyon', start: '2022', end: 'present' },
      { title: 'Chargée de communication', employer: 'Boiron', location: 'Messimy', start: '2019-01', end: '2019-06' },
    ]);
  });
});
