// On a scan, line heights are measured from the ink by OCR, roughly: a title in capitals a little
// smaller than the headings looks like one more heading. In the header (name, title, contact) the
// headings' style is not used to find unknown headings, nor below it for a line in small letters
// (a job title a bracket made taller); a line in capitals still opens a section by its style.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { column, documentOf, pdfLines } from './build-lines';

const lines = pdfLines([
  ...column(180, 40, 0, [
    { text: 'Ahmed BEN SALAH', h: 17.8 },
    { text: 'SERVEUR - CHEF DE RANG', h: 11.6 },
    { text: '56 boulevard de la Libération, 13001 Marseille\t06 23 45 67 81', h: 8.8 },
  ]),
  ...column(48, 130, 1, [
    { text: 'PARCOURS', h: 12 },
    'Chef de rang\tMai 2022 - aujourd’hui',
    'Brasserie Le Vieux-Port, Marseille',
    { text: 'FORMATION', h: 12, gap: 30 },
    'CAP Restaurant (2016)',
    { text: 'LANGUES', h: 12, gap: 30 },
    'Anglais : B1',
  ]),
]);

const parse = (kind: 'pdf-text' | 'image-ocr') => parseProfile(documentOf(lines, kind), { referenceDate: new Date('2026-03-15') });

describe('headings of a scanned CV', () => {
  it('keeps the header together when a title in capitals measures like the headings', () => {
    const profile = parse('image-ocr');
    expect(profile.fields.city?.value).toBe('Marseille');
    expect(profile.fields.address?.value).toBe('56 boulevard de la Libération');
    expect(profile.fields.jobTitle?.value).toMatch(/^Serveur - chef de rang$/i);
    expect(profile.sections.map((section) => section.kind)).toEqual(['header', 'experience', 'education', 'languages']);
  });

  it('still finds an unknown heading by the headings\' style below the header, on a scan as in a text layer', () => {
    const withUnknownHeading = pdfLines([
      ...column(48, 40, 0, [{ text: 'Ahmed BEN SALAH', h: 18 }, { text: 'PARCOURS', h: 12, gap: 30 }, 'Chef de rang\tMai 2022 - aujourd’hui']),
      ...column(48, 200, 1, [{ text: 'CERTIFICATIONS', h: 12 }, 'Permis d’exploitation (2021)', { text: 'MATÉRIEL MAÎTRISÉ', h: 12, gap: 30 }, 'Tireuse à bière, caisse tactile']),
    ]);
    for (const kind of ['pdf-text', 'image-ocr'] as const) {
      const profile = parseProfile(documentOf(withUnknownHeading, kind), { referenceDate: new Date('2026-03-15') });
      expect(profile.sections.map((section) => section.heading)).toContain('MATÉRIEL MAÎTRISÉ');
      expect(profile.certifications.map((certification) => certification.label)).toEqual(["Permis d'exploitation"]);
    }
  });

  it('keeps a job title that OCR measured as tall as the headings in its section, on a scan', () => {
    const withTallTitle = pdfLines([
      ...column(48, 40, 0, [{ text: 'Inès Chevalier', h: 21 }, { text: 'Expériences professionnelles', h: 12, gap: 30 }, '2021 - 2023']),
      ...column(48, 120, 0, [
        { text: 'Animatrice (contrat saisonnier)', h: 12 },
        'Accueil de loisirs de la Robertsau',
        'Animation d’ateliers pour les 3-6 ans',
        'Surveillance de la cantine et de la sieste',
      ]),
      ...column(48, 220, 1, [{ text: 'Compétences', h: 12 }, 'Soins et hygiène du jeune enfant', 'Activités d’éveil', { text: 'Certificats', h: 12, gap: 30 }, 'SST (2024)']),
    ]);
    const sections = (kind: 'pdf-text' | 'image-ocr') => parseProfile(documentOf(withTallTitle, kind), { referenceDate: new Date('2026-03-15') }).sections.map((section) => section.heading);
    expect(sections('image-ocr')).toEqual([null, 'Expériences professionnelles', 'Compétences', 'Certificats']);
    // In a text layer the same size is the headings' style, and the line opens a section.
    expect(sections('pdf-text')).toContain('Animatrice (contrat saisonnier)');
  });
});
