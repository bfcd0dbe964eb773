import { describe, expect, it } from 'vitest';
import { describeError, translate } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { fr } from '../../lib/i18n/fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('i18n catalogues', () => {
  it('English has every French message with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it('fills placeholders and says what to do on errors', () => {
    expect(translate('fr', 'review.status.ocr', { page: 2, pages: 3 })).toBe('Reconnaissance du texte (OCR), page 2 sur 3…');
    expect(describeError('fr', { code: 'encrypted-pdf', params: {} })).toMatch(/protégé par un mot de passe/);
    expect(describeError('en', { code: 'too-large', params: { sizeMb: 31, maxMb: 20 } })).toContain('31 MB');
  });
});
