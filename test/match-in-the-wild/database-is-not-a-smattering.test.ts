// "Bases de données SQL", "Mise à jour de la base de données clients", "Cuisine à base de produits
// frais": "base(s) de" is a database or an ingredient here, not "les bases de" (a smattering).
// detect-hedging's BASIC reads any "base de" as a smattering and lowers the skill.
import { describe, expect, it } from 'vitest';
import { detectHedging } from '../../lib/match/detect-hedging';

describe('"base de" that is no smattering', () => {
  it.each([
    'Bases de données SQL',
    'Administration de bases de données Oracle',
    'Mise à jour de la base de données clients',
    'Cuisine à base de produits frais',
    'Nettoyage à base de produits écologiques',
  ])('"%s" is not hedged', (phrase) => {
    expect(detectHedging(phrase)).toBeUndefined();
  });

  it.each(['Bases en comptabilité', 'Notions de base en SQL', 'Connaissances de base en Excel'])('sound: "%s" is a smattering', (phrase) => {
    expect(detectHedging(phrase)?.kind).toBe('basic');
  });
});
