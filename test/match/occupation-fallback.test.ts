import { beforeAll, describe, expect, it } from 'vitest';
import { linkOccupations, OCCUPATION_THRESHOLD } from '../../lib/match/link-occupations';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

describe('a title that reads only weakly as an occupation', () => {
  let esco: Referential;
  beforeAll(async () => {
    esco = await loadReferentialFromPath(ESCO_DIR);
  }, 120_000);

  it('still offers the closest occupation, at its low confidence and with alternatives', () => {
    const occupations = linkOccupations(profile('fr', { jobTitle: 'Agent de recyclage', sections: [['header', ['Agent de recyclage']]] }), esco);
    expect(occupations).toHaveLength(1);
    expect(occupations[0]!.label).toMatch(/^recycleur/);
    expect(occupations[0]!.confidence).toBeLessThan(OCCUPATION_THRESHOLD);
    expect(occupations[0]!.alternatives?.length).toBeGreaterThan(0);
  });

  it('offers nothing for a title the referential knows nothing of', () => {
    expect(linkOccupations(profile('fr', { jobTitle: 'Zorglub quixotique', sections: [['header', ['Zorglub quixotique']]] }), esco)).toEqual([]);
  });
});
