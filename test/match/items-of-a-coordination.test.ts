import { beforeAll, describe, expect, it } from 'vitest';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';

// "Kerb laying and block paving" names two items; read backwards across the "and", its "laying"
// and "block" are no "block laying" (ESCO's 'lay bricks'). Two actions sharing one object
// ("Réception et contrôle des marchandises") are still read together.
const SKILL = 'http://data.europa.eu/esco/skill/';
const LAY_BRICKS = `${SKILL}13e1c0a2-b90d-46f4-be51-11730360b38d`;
const FLOOR_COVERINGS = `${SKILL}6d5850bb-8af3-42f0-85ec-488c584bc6ad`;
const CHECK_DELIVERIES = `${SKILL}f7f56b20-8f05-4731-a1bf-79fdcffc72ce`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const scoreOf = (text: string, id: string, language: 'fr' | 'en') =>
  Math.max(0, ...spotSkillLabels(text, esco, language).filter((spot) => esco.concepts[spot.concept]!.id === id).map((spot) => spot.score));

describe('the items of a coordination', () => {
  it('does not join the end of one item to the qualifier of the next', () => {
    expect(scoreOf('Kerb laying and block paving', LAY_BRICKS, 'en')).toBeLessThan(0.6);
    expect(scoreOf('Block laying', LAY_BRICKS, 'en')).toBeGreaterThan(0.9);
  });

  it('does not join them in order either ("shop floor | and | fitting rooms")', () => {
    expect(scoreOf('Cleaned the floor and fitting rooms', FLOOR_COVERINGS, 'en')).toBeLessThan(0.6);
    expect(scoreOf('Floor fitting', FLOOR_COVERINGS, 'en')).toBeGreaterThan(0.9);
  });

  it('still reads two actions on one object together', () => {
    expect(scoreOf('Réception et contrôle des marchandises', CHECK_DELIVERIES, 'fr')).toBeGreaterThan(0.6);
  });
});
