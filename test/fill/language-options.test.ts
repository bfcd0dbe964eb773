// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { closestLevel, levelRank, wantedRank } from '../../lib/fill/language-levels';
import { namesLanguage } from '../../lib/fill/language-names';

describe('language names', () => {
  it('recognises a language by its French or English name or its code', () => {
    for (const text of ['Anglais', 'anglais', 'English', 'en', 'EN', 'en-GB', 'Anglais (English)']) expect(namesLanguage(text, 'en')).toBe(true);
    expect(namesLanguage('Espagnol', 'es')).toBe(true);
    expect(namesLanguage('Allemand', 'de')).toBe(true);
    expect(namesLanguage('Néerlandais', 'nl')).toBe(true);
  });

  it('does not confuse languages', () => {
    expect(namesLanguage('Espagnol', 'en')).toBe(false);
    expect(namesLanguage('Français', 'en')).toBe(false);
    expect(namesLanguage('Choisir…', 'en')).toBe(false);
  });
});

describe('language levels', () => {
  const cefrLabels = ['Choisir…', 'A1 — Débutant', 'A2 — Élémentaire', 'B1 — Intermédiaire', 'B2 — Intermédiaire avancé', 'C1 — Avancé', 'C2 — Maîtrise', 'Langue maternelle'];
  const wordLabels = ['--', 'Notions', 'Intermédiaire', 'Courant', 'Bilingue', 'Langue maternelle'];

  it('finds a CEFR level among coded options', () => {
    expect(cefrLabels[closestLevel(cefrLabels, wantedRank('B2', null)!)!]).toBe('B2 — Intermédiaire avancé');
    expect(cefrLabels[closestLevel(cefrLabels, wantedRank('A1', null)!)!]).toBe('A1 — Débutant');
  });

  it('maps a CEFR level onto a scale of words', () => {
    expect(wordLabels[closestLevel(wordLabels, wantedRank('B2', null)!)!]).toBe('Courant');
    expect(wordLabels[closestLevel(wordLabels, wantedRank('B1', null)!)!]).toBe('Intermédiaire');
    expect(wordLabels[closestLevel(wordLabels, wantedRank('A2', null)!)!]).toBe('Notions');
  });

  it('prefers the CV\'s own words to its CEFR level', () => {
    expect(cefrLabels[closestLevel(cefrLabels, wantedRank('C2', 'langue maternelle')!)!]).toBe('Langue maternelle');
    expect(cefrLabels[closestLevel(cefrLabels, wantedRank(null, 'notions')!)!]).toBe('A1 — Débutant');
    expect(wantedRank(null, null)).toBeNull();
  });

  it('does not read levels into options that are not levels', () => {
    expect(closestLevel(['Oui', 'Non'], 4)).toBeNull();
    expect(levelRank('Intermédiaire avancé (B2)')).toBe(4);
    expect(levelRank('Upper intermediate')).toBe(4);
  });

  it('spreads the points of a rating that says no level from A1 to C2', () => {
    const stars = ['', '1', '2', '3', '4', '5'];
    expect(closestLevel(stars, wantedRank('B1', null)!)).toBe(3);
    expect(closestLevel(stars, wantedRank('C1', null)!)).toBe(4);
    expect(closestLevel(['★', '★★', '★★★', '★★★★'], wantedRank('C2', null)!)).toBe(3);
    // Counts, years and ages are no rating.
    expect(closestLevel(['0', '1', '2', '3 et plus'], 3)).toBeNull();
    expect(closestLevel(['2019', '2020', '2021'], 3)).toBeNull();
    expect(closestLevel(['1', '3', '5'], 3)).toBeNull();
  });
});
