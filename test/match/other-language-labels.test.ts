import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { LANGUAGES, type Referential } from '../../lib/taxonomy/referential';
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
const englishSpots = (text: string) =>
  spotSkillLabels(text, esco, 'fr')
    .filter((spot) => esco.labels.language[spot.label] === LANGUAGES.indexOf('en'))
    .map((spot) => esco.labels.text.at(spot.label)!.toLowerCase());

describe('English labels in a French CV', () => {
  it('do not read a French word through an English stem ("mât" is not "matting")', () => {
    const line = 'Conduite de chariots élévateurs frontaux et à mât rétractable';
    const labels = linkSkills(skillsLine(line), esco).map((skill) => skill.label);
    expect(labels).toContain('utiliser un chariot élévateur');
    expect(labels).not.toContain('toiletter des animaux');
    expect(englishSpots(line)).not.toContain('de-matting');
  });

  it('still read the English words French CVs use as they are written, plural or not', () => {
    expect(englishSpots('Picking')).toContain('picking');
    expect(englishSpots('Merchandising')).toContain('merchandising');
    expect(englishSpots('Budgets')).toContain('manage budgets');
  });
});
