import { describe, expect, it } from 'vitest';
import { extractJobTitle } from '../../lib/parse/extract-job-title';
import { parseProfile } from '../../lib/parse/parse-profile';
import type { CvSection } from '../../lib/types';
import { column, documentOf, pdfLines, plainLines } from './build-lines';

const today = new Date('2026-03-15');

/** A French CV with a left sidebar, read column by column as the PDF reader gives it. */
const sidebarCv = documentOf(pdfLines([
  ...column(23, 130, 0, [
    { text: 'CONTACT', bold: true, h: 11 },
    '27 rue Jean Jaurès',
    '59300 Valenciennes',
    '06 12 34 56 78',
    'mickael.fontaine59@gmail.com',
    { text: 'Né le 14/03/1990 – 36 ans', h: 9 },
    { text: 'PERMIS', bold: true, h: 11, gap: 30 },
    'Permis B – véhiculé',
    "Permis C en cours d'obtention",
    { text: 'CERTIFICATIONS', bold: true, h: 11, gap: 30 },
    { text: 'CACES R489 cat. 1, 3 et 5', indent: 11 },
    { text: 'SST – Sauveteur Secouriste du Travail', indent: 11 },
    { text: 'COMPÉTENCES', bold: true, h: 11, gap: 30 },
    { text: 'Conduite de chariots élévateurs', indent: 11 },
    { text: 'Gestion des stocks et inventaires', indent: 11 },
    { text: 'LANGUES', bold: true, h: 11, gap: 30 },
    'Français : langue maternelle',
    'Anglais : notions',
  ]),
  ...column(227, 10, 1, [
    { text: 'Mickaël FONTAINE', h: 24, gap: 28 },
    { text: 'Cariste – Préparateur de commandes H/F', h: 13, bold: true, gap: 34 },
    { text: 'PROFIL', h: 12.5, bold: true, gap: 39 },
    'Cariste expérimenté, rigoureux et ponctuel, habitué aux cadences soutenues.',
    { text: 'EXPÉRIENCES PROFESSIONNELLES', h: 12.5, bold: true, gap: 27 },
    { text: "Janv. 2019 – aujourd'hui", h: 9 },
    { text: 'Cariste – Hainaut Logistique Services, Rouvignies', bold: true, h: 10.5 },
    { text: 'Réception et mise en stock des palettes', indent: 14 },
    { text: 'Juil. 2014 – Févr. 2016', h: 9 },
    { text: 'Manutentionnaire – Brico Dépôt, Valenciennes', bold: true, h: 10.5 },
    { text: 'Mise en rayon, déchargement des livraisons', indent: 14 },
    { text: 'FORMATION', h: 12.5, bold: true, gap: 28 },
    { text: '2008', h: 9 },
    { text: "CAP Agent d'entreposage et de messagerie – Lycée professionnel du Hainaut", bold: true, h: 10.5 },
  ]),
]));

describe('parseProfile', () => {
  const profile = parseProfile(sidebarCv, { referenceDate: today });

  it('fills the contact fields with their evidence', () => {
    const values = Object.fromEntries(Object.entries(profile.fields).map(([key, field]) => [key, field.value]));
    expect(values).toEqual({
      firstName: 'Mickaël',
      lastName: 'FONTAINE',
      email: 'mickael.fontaine59@gmail.com',
      phone: '+33612345678',
      address: '27 rue Jean Jaurès',
      postcode: '59300',
      city: 'Valenciennes',
      jobTitle: 'Cariste – Préparateur de commandes',
    });
    expect(profile.fields.phone?.evidence).toEqual({ text: '06 12 34 56 78', page: 1 });
    for (const field of Object.values(profile.fields)) {
      expect(field.confidence).toBeGreaterThan(0.5);
      expect(field.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reads the lists of the CV', () => {
    expect(profile.language).toBe('fr');
    expect(profile.experiences.map((job) => [job.title, job.employer, job.start, job.end])).toEqual([
      ['Cariste', 'Hainaut Logistique Services', '2019-01', 'present'],
      ['Manutentionnaire', 'Brico Dépôt', '2014-07', '2016-02'],
    ]);
    expect(profile.education.map((entry) => [entry.degree, entry.end])).toEqual([["CAP Agent d'entreposage et de messagerie", '2008']]);
    expect(profile.languages.map((skill) => [skill.language, skill.level, skill.levelText])).toEqual([['fr', 'C2', 'langue maternelle'], ['en', 'A1', 'notions']]);
    expect(profile.drivingLicences).toEqual(['B']);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(['CACES R489 cat. 1', 'CACES R489 cat. 3', 'CACES R489 cat. 5', 'SST']);
    expect(profile.sections.map((section) => section.kind)).toEqual(['header', 'licences', 'certifications', 'skills', 'languages', 'header', 'profile', 'experience', 'education']);
  });

  it('keeps no birth date, age or other personal data', () => {
    const text = JSON.stringify({ ...profile, sections: [] });
    expect(text).not.toMatch(/1990|36 ans|Né le/);
  });

  it('reads an English plain-text CV, and honours a forced language', () => {
    const doc = documentOf(plainLines(`Chloe Bennett
Senior Care Assistant
Flat 3, 14 Wellington Road, Stockport SK4 2QL | 07700 900123 | chloe.bennett88@outlook.com
EMPLOYMENT HISTORY
Senior Care Assistant\tJun 2021 – Present
Brookfield House Care Home, Stockport
• Lead a team of four care assistants on day shifts for 32 residents
EDUCATION
Level 3 Diploma in Adult Care (RQF)\t2022
Stockport College
ADDITIONAL INFORMATION
Full UK driving licence and own car
Languages: English (native), Spanish (basic)`), 'text');
    const english = parseProfile(doc, { referenceDate: today });
    expect(english.language).toBe('en');
    expect(english.fields.phone?.value).toBe('+447700900123');
    expect(english.fields.postcode?.value).toBe('SK4 2QL');
    expect(english.fields.address?.value).toBe('Flat 3, 14 Wellington Road');
    expect(english.experiences).toMatchObject([{ title: 'Senior Care Assistant', employer: 'Brookfield House Care Home', start: '2021-06', end: 'present' }]);
    expect(english.drivingLicences).toEqual(['B']);
    expect(english.languages.map((skill) => [skill.language, skill.level, skill.levelText])).toEqual([['en', 'C2', 'native'], ['es', 'A2', 'basic']]);
    expect(parseProfile(doc, { referenceDate: today, language: 'fr' }).language).toBe('fr');
  });

  it('takes the headline under the name, not a profile line that starts with "métier"', () => {
    const line = (text: string) => ({ text, page: 1 });
    const sections: CvSection[] = [
      { kind: 'header', heading: null, lines: [line('Chloé PEREIRA'), line('Coiffeuse mixte – Coloriste'), line('45 bis rue Nationale, 37000 Tours')] },
      { kind: 'profile', heading: 'PROFIL', lines: [line('Coiffeuse diplômée du BP, 9 ans de'), line("métier en salon. J'aime la couleur, le")] },
    ];
    expect(extractJobTitle(sections, 'Chloé PEREIRA')?.value).toBe('Coiffeuse mixte – Coloriste');
    // A real label still counts, with or without its colon.
    sections[1]!.lines.push(line('Métier : Coloriste'));
    expect(extractJobTitle(sections, 'Chloé PEREIRA')?.value).toBe('Coloriste');
  });

  it('takes a feminine title whose trade is said in small words for a title, not for a sentence', () => {
    const line = (text: string) => ({ text, page: 1 });
    const sections: CvSection[] = [
      {
        kind: 'header',
        heading: null,
        lines: [
          line('Chloé Gaborit'),
          line('Poissonnière – vendeuse en produits de la mer'),
          line('CAP Poissonnier écailler · 9 ans en poissonnerie traditionnelle et en grande surface'),
        ],
      },
    ];
    expect(extractJobTitle(sections, 'Chloé Gaborit')?.value).toBe('Poissonnière – vendeuse en produits de la mer');
    // Someone speaking is a sentence, whatever job it names first.
    sections[0]!.lines.splice(1, 1, line('Poissonnière depuis 9 ans, je suis à la recherche de la mer'));
    expect(extractJobTitle(sections, 'Chloé Gaborit')?.value).toBe('CAP Poissonnier écailler');
  });

  it('adds no warning of its own to a CV', () => {
    expect(profile.warnings).toEqual([]);
  });
});
