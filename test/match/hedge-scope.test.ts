// A hedge counts where it governs the skill: its clause, not a record of the work ("sans
// réclamation") nor a situation; list leads and statuses after a dash cover their items; streets
// named after trades and lists in brackets are read as what they are.
import { describe, expect, it } from 'vitest';
import { cvPhrases } from '../../lib/match/cv-phrases';
import { detectHedging } from '../../lib/match/detect-hedging';
import { streetSpans } from '../../lib/match/link-skills';

const kind = (phrase: string, skill?: string) => {
  const start = skill === undefined ? -1 : phrase.indexOf(skill);
  return detectHedging(phrase, skill === undefined ? undefined : { start, end: start + skill.length })?.kind;
};

describe('the scope of a hedge', () => {
  it('stops at "mais" and at a clause comma', () => {
    expect(kind("Pas de CACES mais conduite de transpalette électrique", 'transpalette électrique')).toBeUndefined();
    expect(kind('No driving licence but fluent in Excel', 'Excel')).toBeUndefined();
    expect(kind('Soudure MIG, pas encore de TIG', 'Soudure MIG')).toBeUndefined();
    expect(kind("Pas d'expérience en maçonnerie", 'maçonnerie')).toBe('negation');
  });

  it('leaves a record of the work alone, not a lack of the skill', () => {
    expect(kind('Service client, aucune réclamation en 3 ans')).toBeUndefined();
    expect(kind('Livraisons sans retard')).toBeUndefined();
    expect(kind('Sans permis de conduire')).toBe('negation');
  });

  it('reads a plan only where it is one', () => {
    expect(kind('Permis C prévu en 2027')).toBe('future');
    expect(kind('Maintenance des équipements prévue au contrat')).toBeUndefined();
    expect(kind('Planned maintenance on board')).toBeUndefined();
    expect(kind('Titre professionnel en cours')).toBe('future');
    expect(kind('Habilitation électrique en cours de validité')).toBeUndefined();
    expect(kind('Capacité à développer un portefeuille clients')).toBeUndefined();
    expect(kind('Objectif professionnel')).toBeUndefined();
  });
});

describe('words said once for several items', () => {
  const line = (text: string) => cvPhrases([{ text, page: 1 }]).map((phrase) => [phrase.text, phrase.covering ?? []]);

  it('a list lead covers every item, a short status after a dash its item', () => {
    expect(line('Bases : Word, Excel')).toEqual([
      ['Bases : Word', []],
      ['Excel', ['Bases']],
    ]);
    expect(line('Permis CE – en cours')).toEqual([
      ['Permis CE', ['en cours']],
      ['en cours', []],
    ]);
  });

  it('cuts a list only outside brackets', () => {
    // The words before the bracketed details are read on their own too, the brackets not cut.
    expect(line('Bureautique (Word, Excel), caisse').map(([text]) => text)).toEqual(['Bureautique (Word, Excel)', 'Bureautique', 'caisse']);
  });
});

describe('streets', () => {
  it('masks a street named after a trade, not a task that names a place', () => {
    const address = 'Boulangerie Martin, 8 bis rue de la Menuiserie 69003 Lyon';
    expect(streetSpans(address).map(([start, end]) => address.slice(start, end))).toEqual(['8 bis rue de la Menuiserie']);
    expect(streetSpans('Mise en place de la vitrine')).toEqual([]);
    expect(streetSpans('Nettoyage des allées et de la voirie')).toEqual([]);
  });
});
