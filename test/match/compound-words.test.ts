import { describe, expect, it } from 'vitest';
import { rankConcepts } from '../../lib/match/rank-concepts';
import { phraseWords, STOP_WORD } from '../../lib/match/phrase-words';
import { buildReferential, LANGUAGES, type ConceptDraft } from '../../lib/taxonomy/referential';

const concept = (id: string, kind: 'skill' | 'occupation', text: string): ConceptDraft => ({
  id,
  kind,
  scheme: 'esco',
  labels: [{ text, language: 'fr', type: 'preferred' }],
});

const referential = buildReferential({
  sources: [],
  concepts: [
    concept('babysitter', 'occupation', 'babysitter'),
    concept('nanny', 'occupation', 'garde d’enfants à domicile'),
    concept('audit', 'skill', 'réaliser des audits qualité'),
    concept('hearing', 'skill', 'prescrire des appareils auditifs'),
    concept('dance', 'skill', 'enseigner la danse'),
    concept('therapist', 'occupation', 'thérapeute'),
    concept('dance-therapist', 'occupation', 'dansethérapeute'),
  ],
  relatedSkills: new Map(),
  equivalents: [],
});
const FR = LANGUAGES.indexOf('fr');
const frenchKeys = (text: string) =>
  phraseWords(text, referential).map((word) => (word.keys[FR]! >= 0 ? referential.vocabulary[word.keys[FR]!] : word.keys[FR]));

describe('a word the referential writes in one piece', () => {
  it('is found when the CV writes it with a hyphen or a space', () => {
    for (const title of ['Baby-sitter', 'baby sitter', 'Baby - sitter']) {
      expect(rankConcepts(title, referential, { kind: 'occupation', language: 'fr', top: 1 })[0]?.id).toBe('babysitter');
    }
  });

  it('reads the two written words as that one word', () => {
    const [first, second] = frenchKeys('Baby-sitter');
    expect(first).toBe(referential.vocabulary[referential.keyIds.get('babysitt')!]);
    expect(second).toBe(STOP_WORD);
  });

  it('leaves an acronym beside a word alone', () => {
    // "audit" + "IFS" would spell "auditifs" (hearing aids).
    expect(frenchKeys('Audit IFS')[0]).toBe('audit');
    expect(rankConcepts('Audit IFS', referential, { kind: 'skill', language: 'fr', top: 1 })[0]?.id).toBe('audit');
  });

  it('keeps apart two words the index knows each', () => {
    // Both say something alone; joining them would hide the labels that write them apart.
    expect(frenchKeys('danse thérapeute')).toEqual(['dans', 'therapeut']);
  });
});
