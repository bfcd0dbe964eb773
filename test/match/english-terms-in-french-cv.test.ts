// readsAsOwnLanguage (lib/match/spot-skill-labels.ts): French CVs write many skills in
// English ("Time management", "Event planning"). "management" and "planning" are French words too,
// but they are also the English words the English label stands for ("manage time", "plan events"):
// such a line must still link the skill, as "Picking" and "Budgets" do.
import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { ParsedProfile } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const skillsLine = (text: string): Pick<ParsedProfile, 'sections' | 'language'> => ({
  language: 'fr',
  sections: [{ kind: 'skills', heading: 'Compétences', lines: [{ text, page: 1 }] }],
});
const linked = (text: string) => linkSkills(skillsLine(text), esco).map((skill) => skill.label);

describe('English skill names in a French CV', () => {
  it.each([
    ['Time management', 'gérer le temps'],
    ['Quality management', 'gérer la qualité'],
    ['Data management', 'gérer les données'],
    ['Process management', 'gérer des processus'],
    ['Event planning', 'planifier des évènements'],
  ])('"%s" links "%s" (an English word French also uses is still read as English)', (line, skill) => {
    expect(linked(line)).toContain(skill);
  });
});
