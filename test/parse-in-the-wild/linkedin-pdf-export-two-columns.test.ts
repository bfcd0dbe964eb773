// A profile saved with LinkedIn's "Save to PDF", in English and in French, as the PDF reader gives
// it: the grey sidebar first (block 0: "Contact" / "Coordonnées", "Top Skills" / "Principales
// compétences", "Languages" with LinkedIn's scale, "Certifications"), then the main column (block 1:
// name, headline, town, "Summary" / "Résumé", "Experience" / "Expérience" with the company over
// each title, its dates and its "Town, Region, Country" line, "Education" / "Formation" with
// "Degree, Field · (2013 - 2015)"), the education going on to page 2. The sidebar's last line
// ("CACES R489 Catégorie 3") is an item, not a heading with the main column's name as its content;
// each position's town line is its place. With several positions at one company LinkedIn prints the
// time spent there under its name ("8 years 1 month", "6 ans 3 mois"): no employer, no title. Its
// diplomas read "Degree, Field of study · (2009 - 2012)": the field is part of the diploma even in
// one word ("Baccalauréat, Scientifique"), and so are LinkedIn's abbreviations ("Bachelor of
// Science - BS, Computer Science").
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { column, documentOf, pdfLines, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const read = (sidebar: Parameters<typeof column>[3], main: Parameters<typeof column>[3], page2: Parameters<typeof column>[3]) =>
  parseProfile(documentOf(pdfLines([
    ...column(34, 30, 0, sidebar.map((row) => (typeof row === 'string' ? { text: row, h: 10.5 } : { h: 10.5, ...row }))),
    ...column(230, 30, 1, main.map((row) => (typeof row === 'string' ? { text: row, h: 10.5 } : { h: 10.5, ...row }))),
    ...column(230, 30, 0, page2.map((row) => (typeof row === 'string' ? { text: row, h: 10.5, page: 2 } : { h: 10.5, page: 2, ...row }))),
  ])), { referenceDate: today });

const english = read(
  [
    { text: 'Contact', h: 13 },
    '+33 6 12 45 78 90 (Mobile)',
    'thomas.girard.pro@gmail.com',
    'www.linkedin.com/in/thomas-',
    { text: 'girard-4b21a7 (LinkedIn)', gap: 13 },
    { text: 'Top Skills', h: 13, gap: 28 },
    'Supply Chain Management',
    'Warehouse Management Systems',
    'Lean Manufacturing',
    { text: 'Languages', h: 13, gap: 28 },
    'English (Full Professional)',
    'French (Native or Bilingual)',
    'Spanish (Limited Working)',
    { text: 'Certifications', h: 13, gap: 28 },
    'Green Belt Lean Six Sigma',
    'CACES R489 Catégorie 3',
  ],
  [
    { text: 'Thomas Girard', h: 26 },
    { text: 'Supply Chain Manager at Leroy Merlin', h: 12, gap: 32 },
    'Lille, Hauts-de-France, France',
    { text: 'Summary', h: 15.75, gap: 30 },
    'Supply chain manager with ten years in retail logistics, from the',
    'warehouse floor to the planning of a regional network.',
    { text: 'Experience', h: 15.75, gap: 30 },
    { text: 'Leroy Merlin', h: 12, gap: 22 },
    'Supply Chain Manager',
    'January 2021 - Present (5 years 3 months)',
    'Lille, Hauts-de-France, France',
    'Runs the replenishment of 14 stores and a team of 6 planners.',
    { text: 'Logistics Team Leader', gap: 22 },
    'March 2018 - December 2020 (2 years 10 months)',
    'Lomme, Hauts-de-France, France',
    'Led a team of 25 order pickers on two shifts.',
    { text: 'FM Logistic', h: 12, gap: 22 },
    'Warehouse Operative',
    'September 2015 - February 2018 (2 years 6 months)',
    'Longueil-Sainte-Marie, Hauts-de-France, France',
    { text: 'Education', h: 15.75, gap: 30 },
  ],
  [
    { text: 'IAE Lille University School of Management', h: 12 },
    "Master's degree, Supply Chain Management · (2013 - 2015)",
    { text: 'IUT de Lille', h: 12, gap: 22 },
    'DUT, Gestion logistique et transport · (2011 - 2013)',
  ],
);

const french = read(
  [
    { text: 'Coordonnées', h: 13 },
    '06 71 23 45 89 (Mobile)',
    'claire.fontaine35@orange.fr',
    'www.linkedin.com/in/claire-fontaine-',
    { text: 'rh (LinkedIn)', gap: 13 },
    { text: 'Principales compétences', h: 13, gap: 28 },
    'Recrutement',
    'Gestion de la paie',
    'Droit du travail',
    { text: 'Languages', h: 13, gap: 28 },
    'Anglais (Compétence professionnelle',
    { text: 'complète)', gap: 13 },
    'Français (Bilingue ou langue natale)',
    'Allemand (Compétence professionnelle',
    { text: 'limitée)', gap: 13 },
    { text: 'Certifications', h: 13, gap: 28 },
    'Sauveteur Secouriste du Travail (SST)',
  ],
  [
    { text: 'Claire Fontaine', h: 26 },
    { text: 'Chargée de recrutement chez Groupe Legendre', h: 12, gap: 32 },
    'Rennes, Bretagne, France',
    { text: 'Résumé', h: 15.75, gap: 30 },
    'Huit ans de ressources humaines dans le BTP et les services : recrutement,',
    'intégration, administration du personnel.',
    { text: 'Expérience', h: 15.75, gap: 30 },
    { text: 'Groupe Legendre', h: 12, gap: 22 },
    'Chargée de recrutement',
    "janv. 2021 - aujourd'hui (5 ans 3 mois)",
    'Rennes, Bretagne, France',
    'Recrutement des compagnons et des cadres de chantier, relations avec les écoles.',
    { text: 'Assistante ressources humaines', gap: 22 },
    'septembre 2018 - décembre 2020 (2 ans 4 mois)',
    'Région de Rennes, France',
    { text: 'Adecco', h: 12, gap: 22 },
    "Chargée d'accueil en agence",
    'mars 2016 - août 2018 (2 ans 6 mois)',
    'Saint-Malo, Bretagne, France',
    { text: 'Formation', h: 15.75, gap: 30 },
  ],
  [
    { text: 'Université Rennes 2', h: 12 },
    'Master, Gestion des ressources humaines · (2014 - 2016)',
    { text: 'Lycée Chateaubriand', h: 12, gap: 22 },
    'Baccalauréat, Économique et social · (2010 - 2011)',
  ],
);

const value = (profile: typeof english, key: keyof typeof english.fields) => profile.fields[key]?.value;
const jobs = (profile: typeof english) => profile.experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }));

describe('a LinkedIn "Save to PDF" export, in English', () => {
  it('reads the name, headline, town and contact of the two columns', () => {
    expect([value(english, 'firstName'), value(english, 'lastName'), value(english, 'email'), value(english, 'phone'), value(english, 'city'), value(english, 'jobTitle')])
      .toEqual(['Thomas', 'Girard', 'thomas.girard.pro@gmail.com', '+33612457890', 'Lille', 'Supply Chain Manager']);
  });

  it('gives each position its company, dates and town', () => {
    expect(jobs(english)).toEqual([
      { title: 'Supply Chain Manager', employer: 'Leroy Merlin', location: 'Lille', start: '2021-01', end: 'present' },
      { title: 'Logistics Team Leader', employer: 'Leroy Merlin', location: 'Lomme', start: '2018-03', end: '2020-12' },
      { title: 'Warehouse Operative', employer: 'FM Logistic', location: 'Longueil-Sainte-Marie', start: '2015-09', end: '2018-02' },
    ]);
  });

  it('reads the education of page 2, the languages on LinkedIn\'s scale and the certifications whole', () => {
    expect(english.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: "Master's degree, Supply Chain Management", school: 'IAE Lille University School of Management', end: '2015' },
      { degree: 'DUT, Gestion logistique et transport', school: 'IUT de Lille', end: '2013' },
    ]);
    expect(english.languages.map(({ language, level }) => [language, level])).toEqual([['en', 'C1'], ['fr', 'C2'], ['es', 'B1']]);
    expect(english.certifications.map((certification) => certification.label)).toEqual(['Green Belt Lean Six Sigma', 'CACES R489 cat. 3']);
  });

  it('reads "Top Skills" as a skills section', () => {
    expect(english.sections.find((section) => section.heading === 'Top Skills')?.kind).toBe('skills');
  });
});

describe('a LinkedIn "Enregistrer au format PDF" export, in French', () => {
  it('reads the name, headline, town and contact of the two columns', () => {
    expect([value(french, 'firstName'), value(french, 'lastName'), value(french, 'email'), value(french, 'phone'), value(french, 'city'), value(french, 'jobTitle')])
      .toEqual(['Claire', 'Fontaine', 'claire.fontaine35@orange.fr', '+33671234589', 'Rennes', 'Chargée de recrutement']);
  });

  it('gives each position its company, dates and town ("Région de Rennes, France" too)', () => {
    expect(jobs(french)).toEqual([
      { title: 'Chargée de recrutement', employer: 'Groupe Legendre', location: 'Rennes', start: '2021-01', end: 'present' },
      { title: 'Assistante ressources humaines', employer: 'Groupe Legendre', location: 'Rennes', start: '2018-09', end: '2020-12' },
      { title: "Chargée d'accueil en agence", employer: 'Adecco', location: 'Saint-Malo', start: '2016-03', end: '2018-08' },
    ]);
  });

  it('reads the education, the languages on LinkedIn\'s French scale and "Principales compétences" as skills', () => {
    expect(french.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'Master, Gestion des ressources humaines', school: 'Université Rennes 2', end: '2016' },
      { degree: 'Baccalauréat, Économique et social', school: 'Lycée Chateaubriand', end: '2011' },
    ]);
    expect(french.languages.map(({ language, level }) => [language, level])).toEqual([['en', 'C1'], ['fr', 'C2'], ['de', 'B1']]);
    expect(french.certifications.map((certification) => certification.label)).toEqual(['SST']);
    expect(french.sections.find((section) => section.heading === 'Principales compétences')?.kind).toBe('skills');
  });
});

describe('several positions at one company, the time spent there under its name', () => {
  it('gives the positions the company, not the time ("8 years 1 month", "6 ans 3 mois")', () => {
    const positions = parseProfile(documentOf(plainLines(`Camille Moreau
camille.moreau@gmail.com
Experience
Leroy Merlin
8 years 1 month
Supply Chain Manager
January 2021 - Present (5 years 3 months)
Lille, Hauts-de-France, France
Runs the replenishment of 14 stores.
Logistics Team Leader
March 2018 - December 2020 (2 years 10 months)
Lomme, Hauts-de-France, France
Kiabi
6 ans 3 mois
Responsable logistique
janv. 2016 - févr. 2018 (2 ans 2 mois)
Roubaix, Hauts-de-France, France
Chef d'équipe
janv. 2012 - déc. 2015 (4 ans)
Roubaix, Hauts-de-France, France`)), { referenceDate: today }).experiences.map(({ title, employer, location }) => ({ title, employer, location }));
    expect(positions).toEqual([
      { title: 'Supply Chain Manager', employer: 'Leroy Merlin', location: 'Lille' },
      { title: 'Logistics Team Leader', employer: 'Leroy Merlin', location: 'Lomme' },
      { title: 'Responsable logistique', employer: 'Kiabi', location: 'Roubaix' },
      { title: "Chef d'équipe", employer: 'Kiabi', location: 'Roubaix' },
    ]);
  });
});

describe('LinkedIn education lines, "Degree, Field of study · (years)"', () => {
  it('keeps the field with the diploma, in one word or after the abbreviation', () => {
    const education = parseProfile(documentOf(plainLines(`Julien Moreau
julien.moreau@gmail.com
Formation
Lycée Faidherbe
Baccalauréat, Scientifique · (2009 - 2012)
University of Leeds
Bachelor of Science - BS, Computer Science · (2013 - 2016)
NEOMA Business School
Master of Business Administration - MBA, Marketing · (septembre 2016 - juin 2018)
University of Manchester
BSc, Economics · (2018 - 2021)`)), { referenceDate: today }).education;
    expect(education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'Baccalauréat, Scientifique', school: 'Lycée Faidherbe', end: '2012' },
      { degree: 'Bachelor of Science - BS, Computer Science', school: 'University of Leeds', end: '2016' },
      { degree: 'Master of Business Administration - MBA, Marketing', school: 'NEOMA Business School', end: '2018' },
      { degree: 'BSc, Economics', school: 'University of Manchester', end: '2021' },
    ]);
  });
});
