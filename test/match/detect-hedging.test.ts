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

  it('reads a career move wished for as a plan, not as the skill of the job aimed at', () => {
    const phrase = "Sérieux et disponible, je souhaite évoluer vers un poste de chef d'équipe SSIAP 2.";
    const at = phrase.indexOf("chef d'équipe");
    expect(detectHedging(phrase, { start: at, end: at + "chef d'équipe".length })?.kind).toBe('future');
    expect(kind("J'aimerais devenir aide-soignante")).toBe('future');
    expect(kind('Aspire à encadrer une équipe')).toBe('future');
    expect(kind("I'm looking to progress into a team leader role")).toBe('future');
    expect(kind('Aspiring to become a site supervisor')).toBe('future');
    // The wish stops at its clause: the skill held before it stays held.
    const held = "Encadrement d'une équipe de 4 agents, je souhaite évoluer vers un poste de responsable";
    expect(detectHedging(held, { start: 0, end: 'Encadrement'.length })).toBeUndefined();
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
