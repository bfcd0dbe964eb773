// "Permis & habilitations" and headings like it, as job seekers write them: in ordinary case as
// the first cell of a table row, two section names joined by a slash or a comma, and the line
// that lists the licence beside the certificates. A certificate in the headings' own style (a CV
// set in one font, headings in capitals) is an item of its list, not a heading.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { matchHeading } from '../../lib/parse/split-sections';
import { column, documentOf, pdfLines, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('licence and clearance headings', () => {
  it('reads "Permis & habilitations" in ordinary case as the first cell of a table row', () => {
    for (const heading of ['Permis & habilitations', 'Permis & Habilitations', 'PERMIS & HABILITATIONS']) {
      const profile = parseProfile(documentOf(pdfLines([
        { text: 'Marie Dupont', x: 40, y: 20, h: 20 },
        { text: 'EXPÉRIENCE\t2019 – 2023 Aide-soignante – EHPAD Les Tilleuls, Lille', x: 40, y: 60 },
        { text: `${heading}\tPermis B, SST, habilitation électrique H0B0`, x: 40, y: 90 },
        { text: 'LANGUES\tAnglais : notions', x: 40, y: 120 },
      ])), { referenceDate: today });
      expect(profile.sections.map((section) => [section.kind, section.heading])).toEqual([
        ['header', null], ['experience', 'EXPÉRIENCE'], ['certifications', heading], ['languages', 'LANGUES'],
      ]);
      expect(profile.drivingLicences).toEqual(['B']);
      // The line that names the licence names the certificates beside it too.
      expect(profile.certifications.map((certification) => certification.label).sort()).toEqual(['Habilitation électrique H0B0', 'SST']);
      expect(profile.experiences.map((job) => job.title)).toEqual(['Aide-soignante']);
    }
  });

  it('keeps a row label of a licences table in its section: "Driving licence\\tCategories B, C"', () => {
    const profile = parseProfile(documentOf(pdfLines([
      { text: 'Gary McAllister', x: 40, y: 20, h: 20 },
      { text: 'LICENCES AND QUALIFICATIONS', x: 40, y: 60, bold: true },
      { text: 'Driving licence\tCategories B, C, C+E', x: 40, y: 80 },
      { text: 'Digital tachograph card\tValid until 2029', x: 40, y: 95 },
      { text: 'Other\tHIAB / lorry loader (NPORS), counterbalance forklift', x: 40, y: 110 },
    ])), { referenceDate: today });
    expect(profile.sections.map((section) => section.heading)).toEqual([null, 'LICENCES AND QUALIFICATIONS']);
    expect(profile.certifications.map((certification) => certification.label)).toContain('Digital tachograph card');
  });

  it('reads two or three section names joined as one heading', () => {
    expect(matchHeading('Permis / habilitations')).toEqual({ kind: 'certifications', whole: true });
    expect(matchHeading('Permis, habilitations')).toEqual({ kind: 'certifications', whole: true });
    expect(matchHeading('Permis & habilitation')).toEqual({ kind: 'certifications', whole: true });
    expect(matchHeading('Permis, CACES & habilitations')).toEqual({ kind: 'certifications', whole: true });
    expect(matchHeading('Langues - informatique')).toEqual({ kind: 'languages', whole: true });
    expect(matchHeading('Licences')).toEqual({ kind: 'certifications', whole: true });
    // Items are no headings: a licence, languages, a category; nor are names of one section
    // joined, which may be an item of its list ("Informatique, bureautique" under "Compétences").
    expect(matchHeading('Permis B / CACES')?.whole).not.toBe(true);
    expect(matchHeading('Anglais, espagnol')).toBeUndefined();
    expect(matchHeading('Informatique, bureautique')?.whole).not.toBe(true);
  });

  it('opens the section under a bold "Permis / habilitations" between headings in capitals', () => {
    const profile = parseProfile(documentOf(pdfLines(column(40, 20, 0, [
      { text: 'Marie Dupont', h: 20 },
      '06 12 34 56 78',
      { text: 'EXPÉRIENCE PROFESSIONNELLE', bold: true, h: 12, gap: 30 },
      '2019 – 2023 Aide-soignante – EHPAD Les Tilleuls, Lille',
      { text: 'Permis / habilitations', bold: true, h: 12, gap: 30 },
      'Permis B',
      'AFGSU niveau 2',
      { text: 'LANGUES', bold: true, h: 12, gap: 30 },
      'Anglais : notions',
    ]))), { referenceDate: today });
    expect(profile.sections.map((section) => [section.kind, section.heading])).toContainEqual(['certifications', 'Permis / habilitations']);
    expect(profile.drivingLicences).toEqual(['B']);
  });

  it('reads "SST" in the headings\' capitals, in a CV set in one font, as a certificate', () => {
    const profile = parseProfile(documentOf(pdfLines(column(56, 30, 0, [
      'DUPONT Marie', 'Aide-soignante', '06 12 34 56 78',
      'EXPERIENCE PROFESSIONNELLE', '2019 - 2023 Aide-soignante - EHPAD Les Tilleuls, Lille',
      'FORMATION', 'DEAS - IFAS de Lille - 2018',
      'Permis & habilitations', 'Permis B', 'SST',
      'LANGUES', 'Anglais : notions',
    ]))), { referenceDate: today });
    expect(profile.certifications.map((certification) => certification.label)).toEqual(['SST']);
    expect(profile.sections.map((section) => section.heading)).toEqual([null, 'EXPERIENCE PROFESSIONNELLE', 'FORMATION', 'Permis & habilitations', 'LANGUES']);
  });

  it('reads a UK "LICENCES" heading over the driving licence and the tickets', () => {
    const profile = parseProfile(documentOf(plainLines(`John SMITH
07700 900123
EDUCATION
Level 2 Certificate in Warehousing – Manchester College – 2015
LICENCES
Full UK driving licence (Cat B, C1)
Counterbalance forklift licence
LANGUAGES
English (native)`), 'docx'), { referenceDate: today });
    expect(profile.sections.map((section) => [section.kind, section.heading])).toContainEqual(['certifications', 'LICENCES']);
    expect(profile.education.map((entry) => entry.degree)).toEqual(['Level 2 Certificate in Warehousing']);
    expect(profile.drivingLicences).toEqual(['B', 'C1']);
  });
});
