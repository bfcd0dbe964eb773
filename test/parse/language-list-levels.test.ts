// A list of languages where only some carry a level: a level in brackets is that language's own;
// a level after the list ("Anglais, espagnol : notions") is shared by the names before it.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from './build-lines';

const languagesOf = (line: string) =>
  parseProfile(documentOf(plainLines(`Mamadou Diallo\n07 81 22 33 44\nLANGUES\n${line}\nFORMATION\nCQP APS (2016)`), 'docx'), { referenceDate: new Date('2026-03-15') })
    .languages.map(({ language, level }) => [language, level]);

describe('levels in a list of languages', () => {
  it('gives a bracketed level to its own language only', () => {
    expect(languagesOf('français, anglais (moyen), peul')).toEqual([['fr', null], ['en', 'B1'], ['ff', null]]);
  });

  it('shares a level written after the whole list', () => {
    expect(languagesOf('Anglais, espagnol : notions')).toEqual([['en', 'A1'], ['es', 'A1']]);
  });
});
