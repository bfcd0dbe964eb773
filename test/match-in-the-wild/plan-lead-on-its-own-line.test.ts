// "À passer :" on a line of its own, the items on the lines under it: the plan covers each item up
// to the next lead ("Acquis :"), as it does when the items follow on the same line.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';

const HACCP = `${SKILL}5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350`;
const OPERATE_FORKLIFT = `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const confidenceOf = (lines: string[], skill: string) => suggestionOf(linkCv(frenchCv('COMPÉTENCES', lines), esco).skills, skill)?.confidence ?? 0;

describe('a plan lead on a line of its own', () => {
  it('lowers the items listed under it, and not those under the next lead', () => {
    const planned = ['À passer :', '- HACCP', 'Acquis :', '- Conduite de chariot élévateur'];
    const held = ['Acquis :', '- HACCP', '- Conduite de chariot élévateur'];
    const plain = confidenceOf(held, HACCP);
    expect(plain).toBeGreaterThan(0.5);
    expect(confidenceOf(planned, HACCP)).toBeLessThanOrEqual(Math.round(plain * 0.55 * 100) / 100 + 0.01);
    expect(confidenceOf(planned, OPERATE_FORKLIFT)).toBeGreaterThan(0.7);
  });
});
