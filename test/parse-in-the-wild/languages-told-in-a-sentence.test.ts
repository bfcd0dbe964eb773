// Some job seekers write their languages as a sentence: "Je parle couramment le français et l'arabe,
// et j'ai des notions de néerlandais." Read as a list, each language took the words up to the next
// one, so French got no level ("et l'"), Arabic got the "notions" of Dutch and Dutch got none.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const languagesOf = (heading: string, sentence: string) =>
  parseProfile(documentOf(plainLines(['Nadia EL AMRANI', 'Aide-ménagère', 'nadia.elamrani@gmail.com', heading, sentence].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).languages.map(
    (skill) => [skill.language, skill.level, skill.levelText],
  );

describe('languages told in a first-person sentence', () => {
  it('French: each language takes the level word of its clause', () => {
    expect(languagesOf('LANGUES', "Je parle couramment le français et l'arabe, et j'ai des notions de néerlandais.")).toEqual([
      ['fr', 'C1', 'couramment'],
      ['ar', 'C1', 'couramment'],
      ['nl', 'A1', 'notions'],
    ]);
  });

  it('English: "fluent" covers both languages before the comma, "basic" the one after', () => {
    expect(languagesOf('LANGUAGES', 'I speak fluent Polish and English, and basic German.')).toEqual([
      ['pl', 'C1', 'fluent'],
      ['en', 'C1', 'fluent'],
      ['de', 'A2', 'basic'],
    ]);
  });

  it('a level said after a list of languages is the whole list’s, a mother tongue is the one it follows', () => {
    expect(languagesOf('LANGUES', "Le wolof est ma langue maternelle. Je parle le français, l'anglais et l'espagnol couramment.")).toEqual([
      ['wo', 'C2', 'langue maternelle'],
      ['fr', 'C1', 'couramment'],
      ['en', 'C1', 'couramment'],
      ['es', 'C1', 'couramment'],
    ]);
  });
});
