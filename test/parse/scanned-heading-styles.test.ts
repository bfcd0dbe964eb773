// On a scan, line heights are measured from the ink by OCR, roughly: a title in capitals a little
// smaller than the headings looks like one more heading. The headings' style is not used to find
// unknown headings there; named headings still are.
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

  it('still finds a heading by the headings\' style in a text layer, whose heights are font sizes', () => {
    const withUnknownHeading = pdfLines([
      ...column(48, 40, 0, [{ text: 'Ahmed BEN SALAH', h: 18 }, { text: 'PARCOURS', h: 12, gap: 30 }, 'Chef de rang\tMai 2022 - aujourd’hui']),
      ...column(48, 200, 1, [{ text: 'FORMATION', h: 12 }, 'CAP Restaurant (2016)', { text: 'CE QUI ME MOTIVE', h: 12, gap: 30 }, 'Le contact avec les clients']),
    ]);
    const headings = (kind: 'pdf-text' | 'image-ocr') =>
      parseProfile(documentOf(withUnknownHeading, kind), { referenceDate: new Date('2026-03-15') }).sections.map((section) => section.heading);
    expect(headings('pdf-text')).toContain('CE QUI ME MOTIVE');
    expect(headings('image-ocr')).not.toContain('CE QUI ME MOTIVE');
  });
});
