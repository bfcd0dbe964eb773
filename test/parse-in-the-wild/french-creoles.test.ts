// The creoles of the French overseas regions are languages of their own, not Haitian creole: each
// gets its ISO 639-3 code (no ISO 639-1 code exists), as Soninké and Alsatian already do. A bare
// "Créole" says only that it is French-based: ISO 639-2's collective code "cpf".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

function languagesOf(text: string) {
  return parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).languages
    .map(({ language, level, levelText }) => ({ language, level, levelText }));
}

describe('French regional creoles', () => {
  it('gives each creole its own code and keeps its level words', () => {
    expect(languagesOf(`Jean-Paul Hoarau
0692 12 34 56
LANGUES
Français : courant
Créole réunionnais : langue maternelle
Créole martiniquais : bon niveau
Créole guyanais : notions
Créole mauricien : courant
Créole haïtien : notions`)).toEqual([
      { language: 'fr', level: 'C1', levelText: 'courant' },
      { language: 'rcf', level: 'C2', levelText: 'langue maternelle' },
      { language: 'gcf', level: 'B2', levelText: 'bon niveau' },
      { language: 'gcr', level: 'A1', levelText: 'notions' },
      { language: 'mfe', level: 'C1', levelText: 'courant' },
      { language: 'ht', level: 'A1', levelText: 'notions' },
    ]);
  });

  it('reads the variety in brackets or as the island, and Guadeloupe as Antillean creole', () => {
    expect(languagesOf(`Marie-Line Jean-Baptiste
0690 12 34 56
LANGUES
Créole (guadeloupéen) : langue maternelle
Anglais : scolaire`).map(({ language }) => language)).toEqual(['gcf', 'en']);
    expect(languagesOf(`Teddy Payet
Langues : français, créole de la Réunion (maternelle), anglais (notions)`).map(({ language, level }) => ({ language, level }))).toEqual([
      { language: 'fr', level: null },
      { language: 'rcf', level: 'C2' },
      { language: 'en', level: 'A1' },
    ]);
  });

  it('names the creole before the word in English', () => {
    expect(languagesOf(`Priya Ramdin
LANGUAGES
Mauritian Creole – native
Haitian Creole – basic
English – fluent`).map(({ language, level }) => ({ language, level }))).toEqual([
      { language: 'mfe', level: 'C2' },
      { language: 'ht', level: 'A2' },
      { language: 'en', level: 'C1' },
    ]);
  });

  it('a bare "Créole" is a French-based creole, not Haitian', () => {
    expect(languagesOf(`Cindy Grondin
LANGUES
Créole : courant
Français : langue maternelle`)[0]).toEqual({ language: 'cpf', level: 'C1', levelText: 'courant' });
  });
});
