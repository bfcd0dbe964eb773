import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { phraseWords } from '../../lib/match/phrase-words';
import { isNounReadAsAdjective, isReversedAcrossDe } from '../../lib/match/reversed-complement';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { conceptLabel, type Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

const SHIFT_WORK = 'http://data.europa.eu/esco/skill/6f2721bf-40ad-4f5d-8774-a478d1d6f5a6';
const REPAIR_MANUALS = 'utiliser des manuels de réparation';

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

describe('a noun and its complement side by side the other way round ("ateliers manuels" are no "manuels d\'atelier")', () => {
  it('reads the label\'s noun as an adjective only in its own form, right after the other word', () => {
    const adjective = (label: string, text: string, positions: number[]) => isNounReadAsAdjective(label, text, phraseWords(text, esco), positions);
    // Label order "manuels d'atelier": manuels (word 1) then ateliers (word 0).
    expect(adjective("Manuels d'atelier", 'ateliers manuels et créatifs', [1, 0])).toBe(true);
    // A participle is the label's action in another form: "préparées" is no adjective of "commandes".
    expect(adjective('préparation de commandes', '200 commandes préparées par jour', [2, 1])).toBe(false);
    // Words between them: not a noun and its adjective.
    expect(adjective("Manuels d'atelier", 'ateliers et manuels', [2, 0])).toBe(false);
  });

  it('leaves repair manuals out of a leisure centre\'s handicraft workshops, and keeps them where the CV reads them', () => {
    const labels = (item: string) =>
      linkSkills(profile('fr', { sections: [['experience', [item]]] }), esco).map((skill) => skill.label);
    expect(labels("Conception et animation d'ateliers manuels, jeux collectifs et activités sportives")).not.toContain(REPAIR_MANUALS);
    expect(labels('Ateliers manuels et créatifs')).not.toContain(REPAIR_MANUALS);
    expect(labels("Lecture des manuels d'atelier")).toContain(REPAIR_MANUALS);
    expect(labels('200 commandes préparées par jour')).toContain('préparer des commandes en vue de leur expédition');
  });
});
