// Several languages on one line set apart by dashes: "Anglais : C1 – Allemand : B1". Each level
// is its language's; the line is not one language with two levels.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const languagesOf = (line: string) =>
  parseProfile(documentOf(plainLines(`Olivier Petit\n06 77 88 99 00\nLANGUES\n${line}`), 'docx'), { referenceDate: today })
    .languages.map(({ language, level }) => ({ language, level }));

describe('languages on one line between dashes', () => {
  it('gives each language the level after it', () => {
    expect(languagesOf('Anglais : C1 – Allemand : B1')).toEqual([{ language: 'en', level: 'C1' }, { language: 'de', level: 'B1' }]);
    expect(languagesOf('Anglais C1 - Espagnol A2')).toEqual([{ language: 'en', level: 'C1' }, { language: 'es', level: 'A2' }]);
    expect(languagesOf('Anglais : courant — Italien : notions')).toEqual([{ language: 'en', level: 'C1' }, { language: 'it', level: 'A1' }]);
  });

  it('still reads "Anglais – B2" as one language', () => {
    expect(languagesOf('Anglais – B2')).toEqual([{ language: 'en', level: 'B2' }]);
  });
});
