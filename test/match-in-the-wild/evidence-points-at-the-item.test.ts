// The evidence a counsellor reads beside a skill: the CV's exact words for that skill. A list
// inside brackets ("Logiciels (Excel, Word)") must not be cut into "Logiciels (Excel" and "Word)",
// and a comma list with one longer item must not make every skill of it show the whole paragraph.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';

const SPREADSHEETS = `${SKILL}1973c966-f236-40c9-b2d4-5d71a89019be`;
const WORD_PROCESSING = `${SKILL}81633a44-f1db-4a01-a940-804c6905e330`;
const VITAL_SIGNS = `${SKILL}60f826be-0c1b-413b-aad5-4f7546622e16`;
const END_OF_LIFE = `${SKILL}0a06b0a8-d931-44ba-b85a-3e0e617261c3`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const balanced = (text: string): boolean => (text.match(/\(/g)?.length ?? 0) === (text.match(/\)/g)?.length ?? 0);

describe('evidence inside brackets', () => {
  it('"Logiciels (Excel, Word), permis B": no evidence with half a bracket', () => {
    const cv = frenchCv('COMPÉTENCES', ['Logiciels (Excel, Word), permis B']);
    const { skills } = linkCv(cv, esco);
    for (const skill of [SPREADSHEETS, WORD_PROCESSING]) {
      const evidence = suggestionOf(skills, skill)?.evidence.text;
      expect(evidence).toBeDefined();
      expect(cv).toContain(evidence);
      expect(balanced(evidence!), `evidence "${evidence}"`).toBe(true);
    }
  });

  it('"Surveillance des constantes (tension, température, glycémie capillaire), aide à la toilette"', () => {
    const cv = frenchCv('COMPÉTENCES', ['Surveillance des constantes (tension, température, glycémie capillaire), aide à la toilette']);
    const { skills } = linkCv(cv, esco);
    const evidence = suggestionOf(skills, VITAL_SIGNS)?.evidence.text;
    expect(evidence).toBeDefined();
    for (const skill of skills) expect(balanced(skill.evidence.text), `${skill.label}: "${skill.evidence.text}"`).toBe(true);
  });
});

describe('evidence of one item of a long list', () => {
  it('an aide-soignante\'s task list: "surveiller les signes vitaux" shows its item, not the whole line', () => {
    const tasks =
      "Soins d'hygiène et de confort, surveillance des constantes, transmissions écrites et orales à l'équipe infirmière, accompagnement des résidents en fin de vie";
    const { skills } = linkCv(frenchCv('COMPÉTENCES', [tasks]), esco);
    for (const skill of [VITAL_SIGNS, END_OF_LIFE]) {
      const evidence = suggestionOf(skills, skill)?.evidence.text;
      expect(evidence).toBeDefined();
      expect(tasks).toContain(evidence);
      // An item of the list, not the list.
      expect(evidence!.length, `evidence "${evidence}"`).toBeLessThan(tasks.length / 2);
    }
  });
});
