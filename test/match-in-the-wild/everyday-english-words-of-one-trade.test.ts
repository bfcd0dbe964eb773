// British CV words any trade writes were one trade's concept in the lexicon: a care home's
// "Feeding" was children's basic needs, "Manual handling" and "Health and safety" the harvest's
// safety when picking, an assessor's "Assessments" the development of youth, a chauffeur's
// "Airport transfers" a tour group's transport; and a welder's "Gas cutting" was plasma cutting.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const CHILDREN_BASIC_NEEDS = `${SKILL}beb952e4-8a9c-47af-8a60-c6eb5c5f25bc`;
const SAFETY_WHEN_PICKING = `${SKILL}0b34dd9f-bcb2-4bd0-9aaa-e88421cdf288`;
const WORK_ERGONOMICALLY = `${SKILL}156f8c5b-894a-4ccc-a70e-37a2726f3f00`;
const ASSESS_YOUTH_DEVELOPMENT = `${SKILL}28ca596e-5e2f-4149-a28d-42d2c4c20227`;
const TOUR_GROUP_TRANSPORT = `${SKILL}7e8ca2c7-76b0-4083-9503-a6b82d1f01bd`;
const PLASMA_CUTTING_TORCH = `${SKILL}f1e122e5-24a8-44c0-bf3f-90044e72370c`;
const OXY_FUEL_TORCH = `${SKILL}14b4a40e-da80-452a-86d6-88a959052219`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const cv = (title: string, employer: string, lines: string[]): string =>
  ['Sam Taylor', title, '07700 900606', 'sam.taylor@example.co.uk', 'WORK EXPERIENCE', `2018 – 2024 ${title} – ${employer}`, ...lines].join('\n');

describe('everyday English words read in their own trade', () => {
  it('a care assistant\'s feeding, manual handling and health and safety are no childcare, no harvest', () => {
    const { skills } = linkCv(cv('Care assistant', 'Sunrise Care Home, Bristol', ['• Helping residents with washing and dressing', '• Feeding', '• Manual handling', '• Health and safety']), esco);
    expect(suggestionOf(skills, CHILDREN_BASIC_NEEDS)).toBeUndefined();
    expect(suggestionOf(skills, SAFETY_WHEN_PICKING)).toBeUndefined();
    expect(suggestionOf(skills, WORK_ERGONOMICALLY)?.evidence.text).toBe('Manual handling');
  });

  it('an assessor\'s assessments are no youth development', () => {
    const { skills } = linkCv(cv('NVQ assessor', 'City College, Bristol', ['• Observing learners in the workplace', 'SKILLS', 'Assessments']), esco);
    expect(suggestionOf(skills, ASSESS_YOUTH_DEVELOPMENT)).toBeUndefined();
  });

  it('a chauffeur\'s airport transfers are no tour groups', () => {
    const { skills } = linkCv(cv('Executive chauffeur', 'Addison Lee, London', ['• Airport transfers', '• Corporate clients']), esco);
    expect(suggestionOf(skills, TOUR_GROUP_TRANSPORT)).toBeUndefined();
  });

  it('gas cutting is the oxy-fuel torch, not the plasma one', () => {
    const { skills } = linkCv(cv('Welder fabricator', 'Severfield, Bristol', ['• MIG and TIG welding of steel frames', 'SKILLS', 'Gas cutting']), esco);
    expect(suggestionOf(skills, PLASMA_CUTTING_TORCH)).toBeUndefined();
    expect(suggestionOf(skills, OXY_FUEL_TORCH)?.evidence.text).toBe('Gas cutting');
  });
});
