// Trades named with a word that also names a street or a building: "Électricien bâtiment",
// "Peintre en bâtiment", "Professeure de cours particuliers". Such a headline is a job title, not
// an address line (an address opens with its number or its street word).
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (header: string) =>
  parseProfile(documentOf(plainLines(`Julien FAURE\n${header}\nEXPÉRIENCES\nAgent de maintenance – Eiffage\n2019 - 2024`), 'docx'), { referenceDate: today }).fields;

describe('headlines with a street word', () => {
  it.each(['Électricien bâtiment', 'Peintre en bâtiment', 'Professeure de cours particuliers'])('reads "%s" as the job title', (headline) => {
    expect(parse(`${headline}\nTél : 06 71 82 93 04`).jobTitle?.value).toBe(headline);
  });

  it('still reads the street and the town of an address without a number', () => {
    const fields = parse('Électricien bâtiment\nChemin des Vignes\n38500 Voiron');
    expect(fields.address?.value).toBe('Chemin des Vignes');
    expect(fields.jobTitle?.value).toBe('Électricien bâtiment');
  });

  it.each([
    ['ÉLECTRICIEN BÂTIMENT – N3P2', 'Électricien bâtiment – N3P2'],
    ["Électricien bâtiment – 10 ans d'expérience", 'Électricien bâtiment'],
  ])('reads "%s", a title with a grade or years after a dash, as "%s"', (headline, title) => {
    expect(parse(`${headline}\nTél : 06 71 82 93 04`).jobTitle?.value).toBe(title);
  });
});

