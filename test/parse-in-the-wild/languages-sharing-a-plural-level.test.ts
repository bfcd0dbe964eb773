// "Arabe, Berbère (langues maternelles)": a level in the plural after a list of languages is
// every one's; a level in brackets in the singular stays the last language's own.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const languagesOf = (line: string) =>
  parseProfile(documentOf(plainLines(`Yasmine Alaoui\n06 12 34 56 78\nLANGUES\n${line}`), 'docx'), { referenceDate: today })
    .languages.map(({ language, level }) => ({ language, level }));

describe('a level in the plural after several languages', () => {
  it('gives "langues maternelles" to each language of the list', () => {
    expect(languagesOf('Arabe, Berbère (langues maternelles)')).toEqual([{ language: 'ar', level: 'C2' }, { language: 'ber', level: 'C2' }]);
    expect(languagesOf('Wolof et Peul : langues maternelles')).toEqual([{ language: 'wo', level: 'C2' }, { language: 'ff', level: 'C2' }]);
    expect(languagesOf('Urdu, Punjabi (native languages)')).toEqual([{ language: 'ur', level: 'C2' }, { language: 'pa', level: 'C2' }]);
  });

  it('keeps a singular level in brackets to its own language', () => {
    expect(languagesOf('Français, anglais (moyen)')).toEqual([{ language: 'fr', level: null }, { language: 'en', level: 'B1' }]);
  });
});

describe('level words in the plural or the feminine', () => {
  it('reads "courants", "intermédiaires", "bilingues" as the level of each language', () => {
    expect(languagesOf('Langues : anglais et espagnol courants')).toEqual([{ language: 'en', level: 'C1' }, { language: 'es', level: 'C1' }]);
    expect(languagesOf('Italien et portugais intermédiaires')).toEqual([{ language: 'it', level: 'B1' }, { language: 'pt', level: 'B1' }]);
    expect(languagesOf('Arabe et français bilingues')).toEqual([{ language: 'ar', level: 'C2' }, { language: 'fr', level: 'C2' }]);
  });
});
