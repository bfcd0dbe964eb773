import { beforeAll, describe, expect, it } from 'vitest';
import { skillCandidates } from '../../lib/match/link-skills';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

// ESCO names some kinds of one skill ("gérer des stocks de bois", "… de carburant", "… de
// véhicules"); a CV names others ("gestion des stocks de lait infantile"). The general skill is then
// what the CV says, not a guess: its score stays near whole.
const SKILL = 'http://data.europa.eu/esco/skill/';
const MANAGE_INVENTORY = `${SKILL}ab6265f2-a9bf-49e8-a9a5-67cbab4de38b`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const scoreOf = (text: string, id: string) =>
  Math.max(0, ...spotSkillLabels(text, esco, 'fr').filter((spot) => esco.concepts[spot.concept]!.id === id).map((spot) => spot.score));

describe('a general skill the CV narrows with a complement ESCO has no label for', () => {
  it('keeps most of its score ("gestion des stocks de lait infantile")', () => {
    expect(scoreOf('gestion des stocks de lait infantile', MANAGE_INVENTORY)).toBeGreaterThanOrEqual(0.85);
    // Less than said plainly: the CV did narrow it.
    expect(scoreOf('gestion des stocks de lait infantile', MANAGE_INVENTORY)).toBeLessThan(scoreOf('Gestion des stocks', MANAGE_INVENTORY));
  });

  it('is read strongly enough to be weighed from an experience line that says it in passing', () => {
    const cv = profile('fr', {
      jobTitle: 'Auxiliaire de puériculture',
      sections: [
        ['header', ['Léa Martin', 'Auxiliaire de puériculture', '06 12 34 56 78']],
        ['experience', ['Auxiliaire de puériculture – Crèche Les Lutins, Nantes', '• Entretien de la biberonnerie et gestion des stocks de lait infantile']],
      ],
    });
    // Whether it is then suggested is the confidence model's call (one mention, in a long line).
    expect(skillCandidates(cv, esco).map((candidate) => esco.concepts[candidate.concept]!.id)).toContain(MANAGE_INVENTORY);
  });
});
