// LinkedIn's own scale of languages, in French and English: "Compétence professionnelle limitée"
// (Limited working) is B1, "Compétence professionnelle" (Professional working) B2, "Compétence
// professionnelle complète" (Full professional) C1, "Bilingue ou langue natale" C2.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const levelsOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Julien Moreau\njulien.moreau@gmail.com\nLangues\n${section}`), 'pdf-text'), { referenceDate: today })
    .languages.map(({ language, level }) => [language, level]);

describe("LinkedIn's language scale", () => {
  it('reads the French wording', () => {
    expect(levelsOf(`Anglais (Compétence professionnelle limitée)
Espagnol (Compétence professionnelle complète)
Italien (Compétence professionnelle)
Français (Bilingue ou langue natale)`)).toEqual([['en', 'B1'], ['es', 'C1'], ['it', 'B2'], ['fr', 'C2']]);
  });

  it('reads the English wording', () => {
    expect(levelsOf(`English (Limited Working)
German (Full Professional)
Arabic (Professional Working)
Spanish (Elementary)`)).toEqual([['en', 'B1'], ['de', 'C1'], ['ar', 'B2'], ['es', 'A2']]);
  });
});
