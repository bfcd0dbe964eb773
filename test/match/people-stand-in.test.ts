import { describe, expect, it } from 'vitest';
import { phraseWords } from '../../lib/match/phrase-words';
import { peopleStandIns } from '../../lib/match/people-stand-in';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { foldText, stemWord } from '../../lib/taxonomy/label-words';
import { buildReferential, LANGUAGES, type ConceptDraft } from '../../lib/taxonomy/referential';

const concept = (id: string, kind: 'skill' | 'occupation', labels: [string, 'fr' | 'en'][]): ConceptDraft => ({
  id,
  kind,
  scheme: 'esco',
  labels: labels.map(([text, language]) => ({ text, language, type: 'preferred' as const })),
});

const referential = buildReferential({
  sources: [],
  concepts: [
    concept('train', 'skill', [['former le personnel', 'fr'], ['train employees', 'en']]),
    concept('train-reception', 'skill', [['former le personnel de réception', 'fr']]),
    concept('supervise', 'skill', [['supervise staff', 'en']]),
    concept('seller', 'occupation', [['vendeur/vendeuse', 'fr'], ['sales assistant', 'en']]),
    concept('cashier', 'occupation', [['caissier/caissière', 'fr'], ['cashier', 'en']]),
    concept('lawyer', 'occupation', [['avocat/avocate', 'fr']]),
    concept('commander', 'occupation', [['commandant', 'fr']]),
    concept('goods-in', 'skill', [['réceptionner des marchandises', 'fr']]),
    // Newcomer words are read when the referential knows them.
    concept('apprentices', 'skill', [['accueillir des apprentis', 'fr'], ['welcome trainees', 'en']]),
  ],
  relatedSkills: new Map(),
  equivalents: [],
});

const scoreOf = (text: string, id: string, language: 'fr' | 'en' = 'fr'): number =>
  Math.max(0, ...spotSkillLabels(text, referential, language).filter((spot) => referential.concepts[spot.concept]!.id === id).map((spot) => spot.score));

const standIns = (text: string, language: 'fr' | 'en'): string[] => {
  const words = phraseWords(text, referential);
  return peopleStandIns(words, LANGUAGES.indexOf(language), referential).map((position) => words[position]!.folded);
};

describe('people a CV names, read for the "personnel" / "staff" of a label', () => {
  it('reads training or supervising the people of a trade, or newcomers', () => {
    for (const [text, id, language] of [
      ['Formation des nouveaux vendeurs', 'train', 'fr'],
      ['Formation des apprentis', 'train', 'fr'],
      ['Supervised a team of 6 cashiers', 'supervise', 'en'],
      ['Trained new trainees on the tills', 'train', 'en'],
    ] as const) {
      expect(scoreOf(text, id, language), text).toBeGreaterThan(0.55);
    }
    expect(scoreOf('Formation des nouveaux', 'train')).toBeLessThan(0.5);
  });

  it('gives less than the placeholder said in words', () => {
    expect(scoreOf('Formation des vendeurs', 'train')).toBeLessThan(scoreOf('Formation du personnel', 'train'));
  });

  it('needs people in the plural, written as a trade, and not whom the work is for', () => {
    // One's own training as a seller, the word of another trade by its stem only, a beneficiary.
    expect(standIns('Formation de vendeuse', 'fr')).toEqual([]);
    expect(standIns('Gestion des commandes', 'fr')).toEqual([]);
    expect(standIns('Préparation des dossiers pour les avocats', 'fr')).toEqual([]);
    expect(standIns('Formation des avocats', 'fr')).toEqual(['avocats']);
    expect(scoreOf('Gestion des commandes', 'train')).toBe(0);
  });

  it('does not narrow a label about people with the rest of the CV', () => {
    // "réception" is said elsewhere in the CV (a warehouse's goods in).
    const reception = referential.keyIds.get(stemWord(foldText('réception'), 'fr'));
    expect(reception).toBeDefined();
    const documentKeys = [new Set([reception!]), new Set<number>()];
    const narrowed = (text: string) =>
      spotSkillLabels(text, referential, 'fr', documentKeys).find((spot) => referential.concepts[spot.concept]!.id === 'train-reception')?.fromContext ?? 0;
    expect(narrowed('Formation du personnel')).toBeGreaterThan(0);
    expect(narrowed('Formation des apprentis')).toBe(0);
  });
});
