import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx, p } from './build-office';

// Rejoining letter-spaced headings ("E X P É R I E N C E") must not glue lists of single letters or
// digits that a job seeker typed with spaces: licence categories, CACES categories, shift patterns.
// In a Word document or a text file those spaces were typed, never produced by letter spacing.

const CV = ['Karim HADDAD', 'Chauffeur poids lourd', 'karim.haddad@orange.fr', 'EXPÉRIENCE', '2019 – 2024 Chauffeur, Transports Perrin, Vienne'];

describe('lists of single characters typed with spaces', () => {
  it.each([
    ['Permis B C D E'],
    ['CACES R489 catégories 1 3 5 7'],
    ['Travail en 2 x 8 et 3 x 8'],
  ])('keeps "%s" as typed in a Word document', async (line) => {
    const document = await readDocument(buildDocx({ body: [...CV, 'COMPÉTENCES', line].map((text) => p(text)).join('') }));
    expect(document.lines.map((read) => read.text)).toContain(line);
  });

  it('finds the licence categories of "Permis B C D E" in a text file', async () => {
    const document = await readDocument(strToU8([...CV, 'PERMIS', 'Permis B C D E'].join('\n')));
    const profile = parseProfile(document, { referenceDate: new Date('2026-11-30') });
    expect(profile.drivingLicences).toEqual(expect.arrayContaining(['B', 'C', 'D']));
  });
});
