import { beforeAll, describe, expect, it } from 'vitest';
import { linkProfile } from '../../lib/match/link-profile';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { tooLargeProblem } from '../../lib/taxonomy/import-referential-files';
import type { Referential } from '../../lib/taxonomy/referential';
import { profile } from '../match/cv-profile';
import { ESCO_DIR } from '../taxonomy/esco-path';

const AERIAL_PLATFORMS = 'http://data.europa.eu/esco/skill/541ce3bd-a6a0-4413-a020-0db81e299658';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('status line under an item (review of 4a92387)', () => {
  it('lowers a skill whose dash-led status line has seven words (the opening dash is no word)', () => {
    const confidence = (lines: string[]) =>
      linkProfile(profile('fr', { sections: [['certifications', lines]] }), esco).skills.find((skill) => skill.id === AERIAL_PLATFORMS)?.confidence ?? 0;
    const held = confidence(['CACES R486 nacelle', 'SST']);
    expect(held).toBeGreaterThan(0);
    // Six words: lowered, before and after the commit.
    expect(confidence(['CACES R486 nacelle', '– formation prévue en avril 2027', 'SST'])).toBeLessThan(held);
    // Seven words (eight tokens with the dash): lowered by the old wordsOf rule, not any more.
    expect(confidence(['CACES R486 nacelle', '– formation prévue en mars ou avril 2027', 'SST'])).toBeLessThan(held);
  });
});

describe('referential file too large (review of 7625862)', () => {
  it('names a size above the limit, not the limit itself', () => {
    const problem = tooLargeProblem('skills_fr.csv', 100 * 1024 * 1024 + 300 * 1024)!;
    expect(problem).not.toBeNull();
    // "100 MB, at most 100 MB" reads as a contradiction.
    expect(problem.sizeMb).toBeGreaterThan(problem.maxMb!);
  });
});
