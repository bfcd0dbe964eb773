// A CV made with the Europass editor (2024), in English and in French, as the PDF reader gives it:
// the periods in square brackets ("[ 01/09/2019 – Current ]", "[ 02/2016 – 08/2019 ]",
// "[ 2018 – 2019 ]"), the place on a labelled line ("City: Lyon | Country: France", "Ville : Nantes
// | Pays : France") above or under the dates, "Other language(s):" / "Autre(s) langue(s) :" over
// each foreign language and its self-assessment grid ("LISTENING C1 READING C1 WRITING B2" /
// "SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1", "Compréhension orale B2 Lecture C1 Production orale
// B2 Interaction orale B2 Écriture B1"), "DIGITAL SKILLS" / "COMPÉTENCES NUMÉRIQUES", "Driving
// Licence: B". The brackets are not part of the employer or the diploma, the labelled place is no
// title nor employer but the job's town, the label is no heading of an "other" section, and the
// grid gives the language its most frequent level (ties to the lower). Another of the editor's
// designs puts the employer and its place on one line ("Apex Robotics – Lyon, France") over the
// title and the period: the country after the town is neither the place nor part of the employer.
// Two foreign languages may be set side by side, their grids too ("English<TAB>German" over
// "LISTENING C2 READING C2 WRITING C1<TAB>LISTENING B2 READING B2 WRITING B1"): cell by cell.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { column, documentOf, pdfLines, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const heading = (text: string) => ({ text, h: 11, bold: true, gap: 26 });
const read = (rows: Parameters<typeof column>[3]) =>
  parseProfile(documentOf(pdfLines(column(40, 30, 0, rows.map((row) => (typeof row === 'string' ? { text: row, h: 9 } : { h: 9, ...row }))))), { referenceDate: today });

const english = read([
  { text: 'Marco Rossi', h: 20, bold: true },
  'Nationality: Italian\tDate of birth: 14/02/1991',
  'Phone number: (+33) 612457823 (Mobile)\tEmail address: marco.rossi91@gmail.com',
  'Address: 14 rue Garibaldi, 69006, Lyon, France (Home)',
  heading('ABOUT MYSELF'),
  'Qualified electrician with eight years on building sites and in industrial maintenance.',
  heading('WORK EXPERIENCE'),
  { text: 'Eiffage Énergie Systèmes', bold: true },
  'City: Lyon | Country: France',
  '[ 01/09/2019 – Current ] Industrial Electrician',
  '• Wiring of control cabinets, maintenance of production lines',
  { text: 'Spie Batignolles', bold: true, gap: 20 },
  'City: Grenoble | Country: France',
  '[ 03/2016 – 08/2019 ] Building Electrician',
  '• Installation of lighting and power circuits in housing',
  heading('EDUCATION AND TRAINING'),
  { text: '[ 2014 – 2016 ] BTS Électrotechnique', bold: true },
  'Lycée Jean Lurçat',
  'City: Grenoble | Country: France',
  { text: '[ 2011 – 2014 ] Bac Pro MELEC', bold: true, gap: 20 },
  'Lycée Vaucanson',
  'City: Grenoble | Country: France',
  heading('LANGUAGE SKILLS'),
  'Mother tongue(s): Italian',
  'Other language(s):',
  { text: 'French', bold: true },
  'LISTENING C1 READING C1 WRITING B2',
  'SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1',
  { text: 'English', bold: true },
  'LISTENING B2 READING B2 WRITING B1',
  'SPOKEN PRODUCTION B1 SPOKEN INTERACTION B1',
  { text: 'Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user', h: 8 },
  heading('DIGITAL SKILLS'),
  'AutoCAD Electrical | Caneco BT | Microsoft Office',
  heading('DRIVING LICENCE'),
  'Driving Licence: B',
  'Driving Licence: C1',
]);

const french = read([
  { text: 'Nadia Benali', h: 20, bold: true },
  'Nationalité : française\tDate de naissance : 03/07/1993',
  'Numéro de téléphone : (+33) 0645789012 (Mobile)\tAdresse e-mail : nadia.benali@laposte.net',
  'Adresse : 8 allée des Tilleuls, 44300, Nantes, France (Domicile)',
  heading('EXPÉRIENCE PROFESSIONNELLE'),
  { text: 'Auxiliaire de puériculture', bold: true },
  'CHU de Nantes [ 01/09/2019 – Actuel ]',
  'Ville : Nantes | Pays : France',
  '• Soins d’hygiène et de confort aux nouveau-nés, accompagnement des parents',
  { text: 'Agent de service hospitalier', bold: true, gap: 20 },
  'Clinique Jules Verne [ 02/2016 – 08/2019 ]',
  'Ville : Saint-Herblain | Pays : France',
  heading('ÉDUCATION ET FORMATION'),
  { text: 'Diplôme d’État d’auxiliaire de puériculture', bold: true },
  'IFAP du CHU de Nantes [ 2018 – 2019 ]',
  'Ville : Nantes | Pays : France',
  heading('COMPÉTENCES LINGUISTIQUES'),
  'Langue(s) maternelle(s) : français | arabe',
  'Autre(s) langue(s) :',
  { text: 'anglais', bold: true },
  'Compréhension orale B2 Lecture C1 Production orale B2 Interaction orale B2 Écriture B1',
  { text: 'espagnol', bold: true },
  'Compréhension orale A2 Lecture B1 Production orale A2 Interaction orale A2 Écriture A2',
  { text: 'Niveaux : A1 et A2 : utilisateur élémentaire ; B1 et B2 : utilisateur indépendant ; C1 et C2 : utilisateur expérimenté', h: 8 },
  heading('COMPÉTENCES NUMÉRIQUES'),
  'Microsoft Word | Microsoft Excel | Dossier patient informatisé',
  heading('PERMIS DE CONDUIRE'),
  'Permis de conduire : B',
]);

const jobs = (profile: typeof english) => profile.experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }));
const languages = (profile: typeof english) => profile.languages.map(({ language, level }) => [language, level]);

describe('a Europass 2024 CV, in English', () => {
  it('reads each job: the employer, the labelled town above the dates, the title beside them', () => {
    expect(jobs(english)).toEqual([
      { title: 'Industrial Electrician', employer: 'Eiffage Énergie Systèmes', location: 'Lyon', start: '2019-09', end: 'present' },
      { title: 'Building Electrician', employer: 'Spie Batignolles', location: 'Grenoble', start: '2016-03', end: '2019-08' },
    ]);
    expect(english.fields.jobTitle?.value).toBe('Industrial Electrician');
  });

  it('reads the diplomas without the brackets of their periods', () => {
    expect(english.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'BTS Électrotechnique', school: 'Lycée Jean Lurçat', end: '2016' },
      { degree: 'Bac Pro MELEC', school: 'Lycée Vaucanson', end: '2014' },
    ]);
  });

  it('reads the mother tongue and each other language from its grid on two lines', () => {
    expect(languages(english)).toEqual([['it', 'C2'], ['fr', 'C1'], ['en', 'B1']]);
    expect(english.languages[1]!.levelText).toBe('LISTENING C1 READING C1 WRITING B2 SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1');
  });

  it('reads "DIGITAL SKILLS" as skills and the driving licences', () => {
    expect(english.sections.find((section) => section.heading === 'DIGITAL SKILLS')?.kind).toBe('skills');
    expect(english.drivingLicences).toEqual(['B', 'C1']);
  });
});

describe('a Europass 2024 CV, in French', () => {
  it('reads each job: the title, the employer beside the dates, the labelled town under them', () => {
    expect(jobs(french)).toEqual([
      { title: 'Auxiliaire de puériculture', employer: 'CHU de Nantes', location: 'Nantes', start: '2019-09', end: 'present' },
      { title: 'Agent de service hospitalier', employer: 'Clinique Jules Verne', location: 'Saint-Herblain', start: '2016-02', end: '2019-08' },
    ]);
  });

  it('reads the diploma with its school, without the brackets', () => {
    expect(french.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'Diplôme d’État d’auxiliaire de puériculture', school: 'IFAP du CHU de Nantes', end: '2019' },
    ]);
  });

  it('reads the mother tongues and each other language from its one-line grid', () => {
    expect(languages(french)).toEqual([['fr', 'C2'], ['ar', 'C2'], ['en', 'B2'], ['es', 'A2']]);
  });

  it('reads "COMPÉTENCES NUMÉRIQUES" as skills and the licence', () => {
    expect(french.sections.find((section) => section.heading === 'COMPÉTENCES NUMÉRIQUES')?.kind).toBe('skills');
    expect(french.drivingLicences).toEqual(['B']);
  });
});

describe('a Europass 2024 design with the employer and its place on one line', () => {
  it('reads "Apex Robotics – Lyon, France" as the employer and its town', () => {
    const jobs = parseProfile(documentOf(plainLines(`Ana Popescu
ana.popescu@gmail.com
WORK EXPERIENCE
Apex Robotics – Lyon, France
Maintenance Technician
[ 01/07/2020 – Current ]
• Preventive maintenance of the robot cells.
Renault Trucks – Vénissieux, France
Maintenance Apprentice
[ 2018 – 2020 ]`)), { referenceDate: today }).experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }));
    expect(jobs).toEqual([
      { title: 'Maintenance Technician', employer: 'Apex Robotics', location: 'Lyon', start: '2020-07', end: 'present' },
      { title: 'Maintenance Apprentice', employer: 'Renault Trucks', location: 'Vénissieux', start: '2018', end: '2020' },
    ]);
  });
});

describe('two foreign languages side by side in a Europass 2024 CV', () => {
  it('gives each language the grid of its own column', () => {
    const languages = parseProfile(documentOf(plainLines(`Ana Popescu
ana.popescu@gmail.com
LANGUAGE SKILLS
Mother tongue(s): Romanian
Other language(s):
English\tGerman
LISTENING C2 READING C2 WRITING C1\tLISTENING B2 READING B2 WRITING B1
SPOKEN PRODUCTION C2 SPOKEN INTERACTION C2\tSPOKEN PRODUCTION B2 SPOKEN INTERACTION B2
Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user`)), { referenceDate: today }).languages;
    expect(languages.map(({ language, level }) => [language, level])).toEqual([['ro', 'C2'], ['en', 'C2'], ['de', 'B2']]);
  });
});
