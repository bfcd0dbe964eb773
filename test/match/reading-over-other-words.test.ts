import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills, resolveOverlaps } from '../../lib/match/link-skills';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

// One phrase, two skills sharing a word: "travail en équipe postée" is teamwork's words
// ("travail en équipe") and shift work's ("équipe postée"). Shift work reads "travail en équipe" as
// well as teamwork does, and lost those words to it; it must still be read over "équipe postée".
const SKILL = 'http://data.europa.eu/esco/skill/';
const WORK_IN_SHIFTS = `${SKILL}6f2721bf-40ad-4f5d-8774-a478d1d6f5a6`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const idsOf = (referential: Referential, concepts: number[]) => concepts.map((concept) => referential.concepts[concept]!.id);

describe('a skill that lost its best words to another', () => {
  it('is read over the other words of the phrase that say it as well', () => {
    const text = 'Travail en équipe postée (2x8)';
    const resolved = resolveOverlaps(spotSkillLabels(text, esco, 'fr'));
    const read = idsOf(esco, resolved.map((entry) => entry.spot.concept));
    expect(read).toContain(WORK_IN_SHIFTS);
    const shifts = resolved.find((entry) => esco.concepts[entry.spot.concept]!.id === WORK_IN_SHIFTS)!;
    expect(text.slice(shifts.spot.start, shifts.spot.end)).toBe('équipe postée');
    // …and is no longer offered as another reading of the words it lost.
    const alternatives = resolved.flatMap((entry) => idsOf(esco, entry.alternatives.map((alternative) => alternative.concept)));
    expect(alternatives).not.toContain(WORK_IN_SHIFTS);
  });

  it('stays an alternative when it has no other words of its own ("Travail en équipe" alone)', () => {
    const resolved = resolveOverlaps(spotSkillLabels('Travail en équipe', esco, 'fr'));
    expect(idsOf(esco, resolved.map((entry) => entry.spot.concept))).not.toContain(WORK_IN_SHIFTS);
  });

  it('in a CV, the counsellor gets shift work from the profile sentence', () => {
    const cariste = profile('fr', {
      jobTitle: 'Cariste',
      sections: [
        ['header', ['Karim Benali', 'Cariste', '06 12 34 56 78']],
        ['profile', ['Cariste expérimenté, habitué aux cadences soutenues et au travail en équipe postée (2x8).']],
      ],
    });
    const ids = linkSkills(cariste, esco).map((skill) => skill.id);
    expect(ids).toContain(WORK_IN_SHIFTS);
  });
});
