import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { phraseWords } from '../../lib/match/phrase-words';
import { isReversedAcrossDe } from '../../lib/match/reversed-complement';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { conceptLabel, type Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

const SHIFT_WORK = 'http://data.europa.eu/esco/skill/6f2721bf-40ad-4f5d-8774-a478d1d6f5a6';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

describe('French compounds with "de" read the other way round ("postes de travail" is no "travail posté")', () => {
  it('tells a "de" joint from other words between the two', () => {
    const reversed = (text: string, positions: number[]) => isReversedAcrossDe(text, phraseWords(text, esco), positions);
    // Label order "travail posté": travail (word 3) then postes (word 1).
    expect(reversed('les postes de travail', [3, 1])).toBe(true);
    expect(reversed("les locaux d'entretien", [2, 1])).toBe(true);
    expect(reversed('les produits de la mer', [4, 1])).toBe(true);
    // Other words between them join nothing: "visiteurs et remise des badges".
    expect(reversed('visiteurs et remise des badges', [2, 4, 0])).toBe(false);
    expect(reversed('les postes de travail', [1, 3])).toBe(false);
  });

  it('leaves the workstation out of shift work, and keeps shift work where the CV says it', () => {
    const shiftWork = (item: string) => linkSkills(profile('fr', { sections: [['skills', [item]]] }), esco).find((skill) => skill.id === SHIFT_WORK);
    expect(shiftWork('Préparation des postes de travail')).toBeUndefined();
    expect(shiftWork('Travail posté en 3x8')).toBeDefined();
  });

  it('costs the reading its place first, not in English ("management of stock" is "stock management")', () => {
    const shiftWorkScore = (text: string) =>
      Math.max(0, ...spotSkillLabels(text, esco, 'fr').filter((spot) => esco.concepts[spot.concept]!.id === SHIFT_WORK).map((spot) => spot.score));
    expect(shiftWorkScore('Je prépare les postes de travail')).toBeLessThan(0.7);
    expect(shiftWorkScore('Travail posté')).toBeGreaterThan(0.9);
    const best = spotSkillLabels('Management of stock levels', esco, 'en').sort((a, b) => b.score - a.score)[0]!;
    expect(conceptLabel(esco, best.concept, 'en')).toMatch(/stock/);
    expect(best.score).toBeGreaterThan(0.7);
  });
});
