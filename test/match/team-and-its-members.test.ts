import { beforeAll, describe, expect, it } from 'vitest';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';

// "Lead a team of six support workers": the words after "a team of" name its members or its size,
// not a narrower kind of team work, and a size in words is a size as "5" is. A complement of
// another word still narrows ("contrôle des pièces | d'identité").
const SKILL = 'http://data.europa.eu/esco/skill/';
const LEAD_A_TEAM = `${SKILL}1f1d2ff8-c4c1-45cc-9812-6a7ee84a73cb`;
const MANAGE_INVENTORY = `${SKILL}ab6265f2-a9bf-49e8-a9a5-67cbab4de38b`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const scoreOf = (text: string, id: string, language: 'fr' | 'en') =>
  Math.max(0, ...spotSkillLabels(text, esco, language).filter((spot) => esco.concepts[spot.concept]!.id === id).map((spot) => spot.score));

describe('a team and its members', () => {
  it('reads "lead a team" whole when the CV says whom the team was made of', () => {
    const plain = scoreOf('Lead a team', LEAD_A_TEAM, 'en');
    expect(plain).toBeGreaterThan(0.9);
    expect(scoreOf('Lead a team of six support workers', LEAD_A_TEAM, 'en')).toBeCloseTo(plain, 5);
    expect(scoreOf('Led a team of carers on night shifts', LEAD_A_TEAM, 'en')).toBeGreaterThan(0.9);
  });

  it('takes a size in words as a size, not a narrower kind', () => {
    expect(scoreOf('Gestion des stocks de deux magasins', MANAGE_INVENTORY, 'fr')).toBeCloseTo(scoreOf('Gestion des stocks', MANAGE_INVENTORY, 'fr'), 5);
  });

  it('still lowers a label another word\'s complement narrows', () => {
    expect(scoreOf('Gestion des stocks de lait infantile', MANAGE_INVENTORY, 'fr')).toBeLessThan(scoreOf('Gestion des stocks', MANAGE_INVENTORY, 'fr'));
  });
});

describe('whose work it was', () => {
  const PICK_ORDERS = `${SKILL}ee5e2297-39cc-4ed6-89e5-d58016118a7f`;
  it('reads "préparation des commandes des magasins" as order picking, whole', () => {
    expect(scoreOf('Préparation des commandes des magasins et expédition', PICK_ORDERS, 'fr')).toBeCloseTo(scoreOf('Préparation des commandes', PICK_ORDERS, 'fr'), 5);
  });
});
