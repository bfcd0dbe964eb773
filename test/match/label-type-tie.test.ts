import { beforeAll, describe, expect, it } from 'vitest';
import { rankJobTitle } from '../../lib/match/link-occupations';
import { rankConcepts } from '../../lib/match/rank-concepts';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { buildReferential, type ConceptDraft, type Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';

const occupation = (id: string, preferred: string, alternatives: string[]): ConceptDraft => ({
  id,
  kind: 'occupation',
  scheme: 'esco',
  labels: [
    { text: preferred, language: 'fr', type: 'preferred' },
    ...alternatives.map((text) => ({ text, language: 'fr' as const, type: 'alternative' as const })),
  ],
});

describe('labels as close to the text as each other', () => {
  // The chiropractor comes first in the file, so without a rule it would win the tie on its
  // label's position.
  const referential = buildReferential({
    sources: [],
    concepts: [
      occupation('chiropractor', 'chiropracteur/chiropractrice', ['ostéopathe', 'chiropraticien']),
      occupation('osteopath', 'ostéopathe', []),
      occupation('nurse', 'infirmier/infirmière', ['infirmier', 'infirmière']),
    ],
    relatedSkills: new Map(),
    equivalents: [],
  });

  it('rank the concept whose preferred label it is first', () => {
    const ranked = rankConcepts('Praticien en ostéopathie', referential, { kind: 'occupation', language: 'fr', top: 3 });
    expect(ranked.map((concept) => concept.id).slice(0, 2)).toEqual(['osteopath', 'chiropractor']);
    // A tie-break, not a penalty: the shared label keeps almost all of its score.
    expect(ranked[1]!.score).toBeGreaterThan(ranked[0]!.score * 0.99);
  });

  it('leave a text that is exactly a label to the exact-label rule', () => {
    const ranked = rankConcepts('ostéopathe', referential, { kind: 'occupation', language: 'fr', top: 3 });
    expect(ranked[0]!.id).toBe('osteopath');
    expect(ranked[0]!.score).toBe(1);
  });
});

describe('on ESCO', () => {
  let esco: Referential;
  beforeAll(async () => {
    esco = await loadReferentialFromPath(ESCO_DIR, { jobTitles: false });
  }, 120_000);

  it('a title worded around "ostéopathe" goes to the osteopath, not the chiropractor who shares the word', () => {
    for (const title of ['Thérapeute ostéopathe', 'Praticien / Praticienne en ostéopathie']) {
      const [first, second] = rankJobTitle(title, esco, 'fr', 'esco', 3);
      expect(first?.label).toBe('ostéopathe');
      expect(second?.label).toBe('chiropracteur/chiropractrice');
    }
  });
});
