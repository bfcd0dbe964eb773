import { describe, expect, it } from 'vitest';
import { detectHedging } from '../../lib/match/detect-hedging';

const kind = (phrase: string) => detectHedging(phrase)?.kind;

describe('detectHedging', () => {
  it('reads a plan, in French and English, whatever the accents', () => {
    expect(kind('Formation CACES nacelle envisagée')).toBe('future');
    expect(kind('CACES R489 envisagé')).toBe('future');
    expect(kind('Permis C à venir')).toBe('future');
    expect(kind('Titre professionnel en cours d’obtention')).toBe('future');
    expect(kind('Would like to learn SQL')).toBe('future');
  });

  it('reads a negation and a smattering', () => {
    expect(kind('Anglais non maîtrisé')).toBe('negation');
    expect(kind("Pas d'expérience en soudure TIG")).toBe('negation');
    expect(kind('No experience with forklifts')).toBe('negation');
    expect(kind('Notions de comptabilité')).toBe('basic');
    expect(kind('Espagnol débutant')).toBe('basic');
  });

  it('leaves a held skill alone, also when a hedging word sits inside another word', () => {
    expect(kind('Conduite de chariots élévateurs')).toBeUndefined();
    expect(kind('Gestion des prévisions de ventes')).toBeUndefined();
    expect(kind('Maîtrise des normes HACCP')).toBeUndefined();
    expect(kind('Notionnaire')).toBeUndefined();
  });
});
