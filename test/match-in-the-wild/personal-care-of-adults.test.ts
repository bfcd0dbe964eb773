// "Personal care" on a care assistant's CV is helping adults wash, dress and use the toilet. It was
// read as a child's basic needs (the phrasing "personal care of children" said two of its words),
// in a care home CV that speaks of residents only.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const AUTONOMY_IN_EVERYDAY_ACTIVITIES = `${SKILL}6f2ac3e9-859e-442e-91fd-2db1a2bc8467`;
const CHILDREN_BASIC_NEEDS = `${SKILL}beb952e4-8a9c-47af-8a60-c6eb5c5f25bc`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const careCv = (skill: string): string =>
  ['Aisha Khan', 'Care Assistant', '07700 900202', 'WORK EXPERIENCE', '2018 – 2024 Care Assistant – Sunrise Care Home, Bristol', '• Supporting residents with their daily routines', 'SKILLS', skill].join('\n');
const nurseryCv = (skill: string): string =>
  ['Chloe Evans', 'Nursery Practitioner', '07700 900203', 'WORK EXPERIENCE', '2019 – 2024 Nursery Practitioner – Little Acorns Nursery, Cardiff', '• Planning play activities for toddlers', 'SKILLS', skill].join('\n');

describe('personal care', () => {
  it('of the residents of a care home is helping adults with everyday activities, not a child', () => {
    const { skills } = linkCv(careCv('Personal care'), esco);
    expect(suggestionOf(skills, AUTONOMY_IN_EVERYDAY_ACTIVITIES)?.confidence ?? 0).toBeGreaterThan(0.5);
    expect(suggestionOf(skills, CHILDREN_BASIC_NEEDS)).toBeUndefined();
  });

  it('of children in a nursery is still their basic needs', () => {
    expect(suggestionOf(linkCv(nurseryCv('Personal care of children'), esco).skills, CHILDREN_BASIC_NEEDS)).toBeDefined();
  });
});
