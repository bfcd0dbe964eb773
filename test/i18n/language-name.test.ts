// Language names for people: the creoles of the French overseas regions have ISO 639-3 codes only
// (rcf, gcf, gcr) or "cpf" for "Créole" alone, which the browser's language data does not name.
import { describe, expect, it } from 'vitest';
import { languageName } from '../../lib/i18n/language-name';
import { namesLanguage } from '../../lib/fill/language-names';

describe('languageName', () => {
  it('names the French creoles the browser does not know, in French and in English', () => {
    expect(languageName('rcf', 'fr')).toBe('créole réunionnais');
    expect(languageName('rcf', 'en')).toBe('Réunion Creole');
    expect(languageName('gcf', 'fr')).toBe('créole antillais');
    expect(languageName('gcr', 'fr')).toBe('créole guyanais');
    expect(languageName('cpf', 'fr')).toBe('créole');
  });

  it('keeps the browser names for the codes it knows, and the code for one nobody knows', () => {
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(languageName('ht', 'fr')).toBe('créole haïtien');
    expect(languageName('xyz', 'fr')).toBe('xyz');
  });
});

describe('a form option that names a creole', () => {
  it('"Créole" and "Créole réunionnais" are the Réunion Creole; "Anglais" is not', () => {
    expect(namesLanguage('Créole', 'rcf')).toBe(true);
    expect(namesLanguage('Créole réunionnais', 'rcf')).toBe(true);
    expect(namesLanguage('Créole guadeloupéen', 'gcf')).toBe(true);
    expect(namesLanguage('Anglais', 'rcf')).toBe(false);
  });
});
