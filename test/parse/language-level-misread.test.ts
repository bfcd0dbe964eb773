// A CEFR level in a scanned CV: OCR reads the 1 of a sans-serif font as "l", "I" or "|".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from './build-lines';

const languagesOf = (lines: string) =>
  parseProfile(documentOf(plainLines(`Julie Martin\n06 12 34 56 78\nLANGUES\n${lines}\nFORMATION\nBac pro Commerce (2018)`), 'docx'), { referenceDate: new Date('2026-03-15') })
    .languages.map(({ language, level }) => [language, level]);

describe('a CEFR level misread by OCR', () => {
  it('reads "Bl", "CI" and "A|" as B1, C1 and A1', () => {
    expect(languagesOf('Anglais (Bl)\nEspagnol : CI\nItalien - A|')).toEqual([['en', 'B1'], ['es', 'C1'], ['it', 'A1']]);
  });

  it('prefers a level written plainly, and leaves words alone', () => {
    expect(languagesOf('Anglais : B2, niveau ci-dessous\nEspagnol : bilingue')).toEqual([['en', 'B2'], ['es', 'C2']]);
  });
});
