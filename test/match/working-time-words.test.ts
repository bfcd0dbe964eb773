import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { workingTimeWordPositions } from '../../lib/match/working-time-words';
import { wordsOf } from '../../lib/taxonomy/label-words';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { conceptLabel, type Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

const MANAGE_TIME = 'http://data.europa.eu/esco/skill/d9013e0e-e937-43d5-ab71-0e917ee882b8';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

describe('words saying how a job was held ("part-time", "temps partiel")', () => {
  it('are found hyphenated or not, in English and French, and nothing else is', () => {
    const positions = (text: string) => [...workingTimeWordPositions(wordsOf(text))].sort((a, b) => a - b);
    expect(positions('Sales Assistant (part-time)')).toEqual([2, 3]);
    expect(positions('Full time carer, day-to-day running')).toEqual([0, 1, 3, 4, 5]);
    expect(positions('Vendeuse à temps partiel puis mi-temps')).toEqual([2, 3, 5, 6]);
    expect(positions('Gestion du temps, time management, spare parts')).toEqual([]);
  });

  it('say no skill: "part-time" is not "sell vehicle parts", "mi-temps" is not "gérer le temps"', () => {
    const labels = (text: string, language: 'fr' | 'en') =>
      spotSkillLabels(text, esco, language).filter((spot) => spot.score >= 0.5).map((spot) => conceptLabel(esco, spot.concept, 'en'));
    expect(labels('Sales Assistant (part-time)', 'en')).not.toContain('sell vehicle parts');
    expect(labels('Employée polyvalente à mi-temps', 'fr')).not.toContain('manage time');
    // The skill itself is still read where it is said.
    expect(labels('Time management', 'en')).toContain('manage time');
    expect(labels('Gestion du temps', 'fr')).toContain('manage time');
  });

  it('do not count as further mentions of time management', () => {
    const said = (lines: string[]) =>
      linkSkills(profile('en', { sections: [['skills', ['Time management']], ['experience', lines]] }), esco).find((skill) => skill.id === MANAGE_TIME)!;
    const once = said(['Care assistant, Sunrise Care Home', 'Personal care for 12 residents']);
    const withHours = said(['Care assistant (part-time), Sunrise Care Home', 'Full-time from 2022: personal care for 12 residents']);
    expect(once).toBeDefined();
    expect(withHours.confidence).toBe(once.confidence);
  });
});
