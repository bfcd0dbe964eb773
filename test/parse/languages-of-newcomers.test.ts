// Languages of people who settle in France and the UK beyond the usual European ones: Cebuano,
// Bosnian, Kinyarwanda, Dioula… are read, each with its ISO code; a surname that is also a language
// elsewhere (Moore) is not taken for one.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from './build-lines';

const languagesOf = (heading: string, lines: string[]) =>
  parseProfile(documentOf(plainLines(`Amina Uwase\n07 81 22 33 44\n${heading}\n${lines.join('\n')}\nFORMATION\nCAP AEPE (2019)`), 'docx'), {
    referenceDate: new Date('2026-03-15'),
  }).languages.map(({ language, level }) => [language, level]);

describe('languages of newcomers', () => {
  it('reads Cebuano, Bosnian, Kinyarwanda and Dioula with their levels', () => {
    expect(languagesOf('LANGUES', ['Kinyarwanda : langue maternelle', 'Français : C1', 'Dioula : B1', 'Bosniaque : notions'])).toEqual([
      ['rw', 'C2'],
      ['fr', 'C1'],
      ['dyu', 'B1'],
      ['bs', 'A1'],
    ]);
    expect(languagesOf('LANGUAGES', ['Tagalog – native', 'Cebuano – conversational (B1)'])).toEqual([
      ['tl', 'C2'],
      ['ceb', 'B1'],
    ]);
  });

  it('takes no surname for a language', () => {
    expect(languagesOf('RÉFÉRENCES', ['M. Moore B2 Conseil, Lyon'])).toEqual([]);
  });
});
