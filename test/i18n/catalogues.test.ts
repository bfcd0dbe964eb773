import { describe, expect, it } from 'vitest';
import { CV_ERROR_CODES } from '../../lib/errors';
import { describeError, translate } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { fr } from '../../lib/i18n/fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((match) => match[1]).sort();

describe('i18n catalogues', () => {
  it('English has every French message with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it('has a sentence for every error a reader can raise, in both languages', () => {
    for (const code of CV_ERROR_CODES) {
      expect(fr[`error.${code}` as keyof typeof fr], code).toBeTruthy();
      expect(en[`error.${code}` as keyof typeof en], code).toBeTruthy();
    }
  });

  it('fills placeholders and says what to do on errors', () => {
    expect(translate('fr', 'review.status.ocr', { page: 2, pages: 3 })).toBe('Reconnaissance du texte (OCR), page 2 sur 3…');
    expect(describeError('fr', { code: 'encrypted-pdf', params: {} })).toMatch(/protégé par un mot de passe/);
    expect(describeError('en', { code: 'too-large', params: { sizeMb: 31, maxMb: 20 } })).toContain('31 MB');
  });

  it('says counts with the plural of the language: French is singular for 0 and 1, English only for 1', () => {
    const ready = (language: 'fr' | 'en', count: number) => translate(language, 'review.status.ready', { count });
    expect(ready('fr', 0)).toBe('Prêt : aucune proposition à vérifier.');
    expect(ready('fr', 1)).toBe('Prêt : 1 proposition à vérifier.');
    expect(ready('fr', 14)).toBe('Prêt : 14 propositions à vérifier.');
    expect(ready('en', 1)).toBe('Ready: 1 suggestion to check.');
    expect(ready('en', 2)).toBe('Ready: 2 suggestions to check.');
    expect(translate('fr', 'review.counts', { accepted: 0, rejected: 1, pending: 3 })).toBe('0 acceptée, 1 refusée, 3 à vérifier');
    expect(translate('fr', 'review.counts', { accepted: 2, rejected: 5, pending: 0 })).toBe('2 acceptées, 5 refusées, 0 à vérifier');
    expect(translate('en', 'review.status.filled', { filled: 1 })).toMatch(/^Form filled: 1 field\./);
    expect(translate('fr', 'options.referential.done', { skills: 1, occupations: 2942 })).toBe('Import terminé : 1 compétence et 2942 métiers.');
    // Without the count, the message keeps its placeholder rather than inventing a number.
    expect(translate('fr', 'review.status.ready')).toContain('{count, plural,');
  });

  it('leaves no plural form unfinished in either catalogue', () => {
    for (const catalogue of [fr, en]) {
      for (const [key, text] of Object.entries(catalogue)) {
        const params = Object.fromEntries(placeholders(text).map((name) => [name, 2]));
        expect(translate(catalogue === fr ? 'fr' : 'en', key as keyof typeof fr, params), key).not.toMatch(/plural|#/);
      }
    }
  });
});
