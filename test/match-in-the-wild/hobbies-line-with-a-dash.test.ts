// "Hobbies – baking, sewing, gardening" as the last line of a skills section (many CVs have no
// heading of their own for hobbies): hobbies, written with a dash where link-skills' INTERESTS_LINE
// only knows a colon ("Hobbies: …"). Gardening at the week-end is not a trade skill.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, linkCv } from './cv-text';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const skillsFromLine = (line: string): string[] =>
  linkCv(englishCv('SKILLS', ['Stock control', 'Customer service', line]), esco)
    .skills.filter((skill) => line.includes(skill.evidence.text))
    .map((skill) => skill.label);

describe('a hobbies line at the end of the skills', () => {
  it('sound: "Hobbies: baking, sewing, gardening" gives no skill', () => {
    expect(skillsFromLine('Hobbies: baking, sewing, gardening')).toEqual([]);
  });

  it.each(['Hobbies – baking, sewing, gardening', 'Hobbies - baking, sewing, gardening', 'Interests | baking, sewing, gardening'])('"%s" gives no skill', (line) => {
    expect(skillsFromLine(line)).toEqual([]);
  });
});
