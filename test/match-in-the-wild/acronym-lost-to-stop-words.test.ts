// "Operating packing machines" on a production operative's CV was read as tending glass forming
// machines: the phrasing "IS machine operation" (IS, the glass maker's individual-section machine)
// lost its acronym to the English stop word "is" and said "machine operation" only.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const TEND_GLASS_FORMING_MACHINES = `${SKILL}0f4ef8ad-309b-4574-a62b-12dd33a2f800`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('a phrasing whose acronym is a stop word', () => {
  it('"Operating packing machines" is no glass forming', () => {
    const cv = ['Priya Patel', 'Production Operative', '07700 900302', 'WORK EXPERIENCE', '2019 – 2024 Production Operative – Warburtons, Bolton', '• Operating packing machines', '• Quality checks on finished products', '• Keeping the line running to target', '• Cleaning down machines at end of shift', '• Following health and safety procedures'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, TEND_GLASS_FORMING_MACHINES)).toBeUndefined();
  });
});
