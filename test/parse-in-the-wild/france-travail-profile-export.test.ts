// A CV made on francetravail.fr ("Mon profil de compétences"), as the PDF reader gives it: each job
// as title, "Employer · Town", "Depuis 2021 · CDI" / "2016 - 2021 · 5 ans · CDD"; each diploma as
// its name, "School · Town", "2015 · Diplôme obtenu", "Niveau : Bac+2"; "Savoir-faire", "Savoir-être
// professionnels", languages as "Anglais · Intermédiaire", "Permis B · Véhicule personnel". The year
// line with its status is the diploma's year and the level line its level, neither a diploma of its
// own; the level after the "·" is the language's. A diploma still being prepared says "En cours" on
// the line under it, which is no school.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { column, documentOf, pdfLines, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const heading = (text: string) => ({ text, h: 12, bold: true, gap: 26 });
const entry = (text: string, gap?: number) => ({ text, h: 10, bold: true, ...(gap ? { gap } : {}) });
const profile = parseProfile(documentOf(pdfLines(column(50, 30, 0, [
  { text: 'Sandrine PELLETIER', h: 18, bold: true },
  { text: 'Assistante administrative', h: 13 },
  'sandrine.pelletier56@gmail.com',
  '06 23 45 67 81',
  '56100 Lorient',
  'Permis B · Véhicule personnel',
  heading('Expériences professionnelles'),
  entry('Assistante administrative'),
  'Mairie de Lorient · Lorient',
  'Depuis 2021 · CDI',
  'Accueil du public, gestion du courrier et des arrêtés municipaux.',
  entry('Secrétaire médicale', 20),
  'Cabinet médical du Ter · Ploemeur',
  '2016 - 2021 · 5 ans · CDD',
  'Prise de rendez-vous, accueil des patients, tenue des dossiers.',
  heading('Formations'),
  entry('BTS Support à l’action managériale'),
  'Lycée Dupuy de Lôme · Lorient',
  '2015 · Diplôme obtenu',
  'Niveau : Bac+2',
  entry('Baccalauréat professionnel Gestion-administration', 20),
  'Lycée Marie Le Franc · Lorient',
  '2013 · Diplôme obtenu',
  'Niveau : Bac',
  heading('Savoir-faire'),
  'Accueillir et renseigner le public',
  'Gérer un agenda',
  heading('Savoir-être professionnels'),
  'Sens de l’organisation',
  'Rigueur',
  heading('Langues'),
  'Anglais · Intermédiaire',
  'Breton · Débutant',
  heading('Permis'),
  'Permis B · Véhicule personnel',
].map((row) => (typeof row === 'string' ? { text: row, h: 9 } : row))))), { referenceDate: today });

describe('a CV exported from the France Travail profile', () => {
  it('reads the identity, the sought job and the jobs with their town and contract', () => {
    const value = (key: keyof typeof profile.fields) => profile.fields[key]?.value;
    expect([value('firstName'), value('lastName'), value('postcode'), value('city'), value('jobTitle')]).toEqual(['Sandrine', 'PELLETIER', '56100', 'Lorient', 'Assistante administrative']);
    expect(profile.experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }))).toEqual([
      { title: 'Assistante administrative', employer: 'Mairie de Lorient', location: 'Lorient', start: '2021', end: 'present' },
      { title: 'Secrétaire médicale', employer: 'Cabinet médical du Ter', location: 'Ploemeur', start: '2016', end: '2021' },
    ]);
  });

  it('reads each diploma once, with its school and the year of "2015 · Diplôme obtenu"', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'BTS Support à l’action managériale', school: 'Lycée Dupuy de Lôme', end: '2015' },
      { degree: 'Baccalauréat professionnel Gestion-administration', school: 'Lycée Marie Le Franc', end: '2013' },
    ]);
    expect(profile.education[0]!.evidence.text).toBe('BTS Support à l’action managériale\nLycée Dupuy de Lôme · Lorient\n2015 · Diplôme obtenu\nNiveau : Bac+2');
  });

  it('reads the level after the "·" of each language, the licence and the skills sections', () => {
    expect(profile.languages.map(({ language, level, levelText }) => [language, level, levelText])).toEqual([['en', 'B1', 'Intermédiaire'], ['br', 'A1', 'Débutant']]);
    expect(profile.drivingLicences).toEqual(['B']);
    expect(profile.sections.map((section) => section.kind)).toEqual(['header', 'experience', 'education', 'skills', 'softSkills', 'languages', 'licences']);
  });
});

describe('a diploma in progress on the France Travail profile', () => {
  it('reads "En cours" under the diploma as its status, no school, and the level line as the diploma\'s', () => {
    const education = parseProfile(documentOf(plainLines(`Sandrine Pelletier
sandrine.pelletier56@gmail.com
Formations
CAP Accompagnant éducatif petite enfance
En cours
Niveau : CAP, BEP
BTS Support à l'action managériale
2015 · Diplôme obtenu
Niveau : Bac+2`)), { referenceDate: today }).education;
    expect(education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'CAP Accompagnant éducatif petite enfance', school: null, end: null },
      { degree: "BTS Support à l'action managériale", school: null, end: '2015' },
    ]);
    expect(education[0]!.evidence.text).toBe('CAP Accompagnant éducatif petite enfance\nEn cours\nNiveau : CAP, BEP');
  });
});
