import { describe, expect, it } from 'vitest';
import { nearKey } from '../../lib/match/near-keys';
import { phraseWords } from '../../lib/match/phrase-words';
import { rankConcepts } from '../../lib/match/rank-concepts';
import { buildReferential, LANGUAGES, type ConceptDraft } from '../../lib/taxonomy/referential';

const skill = (id: string, text: string, language: 'fr' | 'en'): ConceptDraft => ({
  id,
  kind: 'skill',
  scheme: 'esco',
  labels: [{ text, language, type: 'preferred' }],
});

// One vocabulary serves both languages: the English stem "seismology" and the French "sismologie"
// sit side by side, and only the language of the labels holding a key tells them apart.
const referential = buildReferential({
  sources: [],
  concepts: [skill('seismology', 'seismology', 'en'), skill('survey', 'réaliser des relevés sismiques', 'fr')],
  relatedSkills: new Map(),
  equivalents: [],
});
const FR = LANGUAGES.indexOf('fr');
const EN = LANGUAGES.indexOf('en');

describe('a misspelt word finds its key in its own language only', () => {
  it('maps a slip onto an English key for English labels', () => {
    const key = nearKey(referential, 'seismologi', EN);
    expect(key === undefined ? undefined : referential.vocabulary[key]).toBe('seismology');
  });

  it('does not lend that English key to the French reading of the word', () => {
    expect(nearKey(referential, 'seismologi', FR)).toBeUndefined();
    const [word] = phraseWords('seismologie', referential);
    expect(word!.keys[FR]).toBeLessThan(0);
    expect(referential.vocabulary[word!.keys[EN]!]).toBe('seismology');
  });
});

describe('a misspelt job title', () => {
  // "séismologue" is nearer in spelling to the skill word "séismologie" than to the occupation
  // "sismologue"; only occupation labels can answer a job title.
  const withOccupation = buildReferential({
    sources: [],
    concepts: [
      skill('seismology-fr', 'séismologie', 'fr'),
      { id: 'seismologist', kind: 'occupation', scheme: 'esco', labels: [{ text: 'sismologue', language: 'fr', type: 'preferred' }] },
    ],
    relatedSkills: new Map(),
    equivalents: [],
  });

  it('finds the occupation the word is near, past a nearer skill word', () => {
    const ranked = rankConcepts('Séismologue', withOccupation, { kind: 'occupation', language: 'fr', top: 1 });
    expect(ranked[0]?.id).toBe('seismologist');
  });

  it('still reads the word as the skill when skills are ranked', () => {
    const ranked = rankConcepts('séismologue', withOccupation, { kind: 'skill', language: 'fr', top: 1 });
    expect(ranked[0]?.id).toBe('seismology-fr');
  });
});
