// A carer writes "Giving out medication" and "Supporting people with their meals": ESCO says
// "assist in the administration of medication" and "distribute meals to patients", and neither
// bullet linked anything. "Helping residents with meals": the person helped kept the verb away from
// its task; the task is also read without them.
import { beforeAll, describe, expect, it } from 'vitest';
import { helpWithoutThePerson } from '../../lib/match/help-given-to-someone';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const ASSIST_WITH_MEDICATION = `${SKILL}d2f78372-c23b-41ef-bce3-2874f587579c`;
const DISTRIBUTE_MEALS = `${SKILL}b5a8ce01-a4ae-43c1-b4e4-c44be6804691`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const carerCv = (bullet: string): string =>
  ['Aisha Khan', 'Carer', '07700 900202', 'WORK EXPERIENCE', '2018 – 2024 Carer – Sunrise Care Home, Bristol', `• ${bullet}`, '• Writing care notes'].join('\n');

describe("a carer's bullets", () => {
  it.each([
    ['Giving out medication', ASSIST_WITH_MEDICATION],
    ['Giving out medicines to residents', ASSIST_WITH_MEDICATION],
    ['Supporting people with their meals', DISTRIBUTE_MEALS],
    ['Helping residents with meals', DISTRIBUTE_MEALS],
  ])('"%s"', (bullet, skill) => {
    expect(suggestionOf(linkCv(carerCv(bullet), esco).skills, skill)?.confidence ?? 0).toBeGreaterThan(0.5);
  });
});

describe('the person helped', () => {
  it('is left out of the task, not a team helped or a task said plainly', () => {
    expect(helpWithoutThePerson('Helping residents with meals')).toBe('Helping with meals');
    expect(helpWithoutThePerson('Assisting elderly people with personal care')).toBe('Assisting with personal care');
    expect(helpWithoutThePerson('Supporting the team with stock')).toBeUndefined();
    expect(helpWithoutThePerson('Helping with meals')).toBeUndefined();
    // What the person lives with is no task.
    expect(helpWithoutThePerson('Helping passengers with disabilities')).toBeUndefined();
    expect(helpWithoutThePerson('Supporting adults with learning difficulties')).toBeUndefined();
  });
});
