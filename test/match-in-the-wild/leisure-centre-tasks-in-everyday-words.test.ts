// A leisure-centre or school canteen CV says "Encadrement des enfants pendant la pause méridienne"
// and "Organisation de grands jeux": supervising children and planning their activities, which
// "Surveillance des enfants" and "BAFA" linked, but these words linked nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const SUPERVISE_CHILDREN = `${SKILL}f8d4a24c-fb62-444e-9525-7aa5662f440d`;
const PLAN_YOUTH_ACTIVITIES = `${SKILL}114f2179-b625-4333-b9f9-fe6a846a7c36`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const leisureCv = (bullet: string): string =>
  ['Inès Bernard', 'Animatrice périscolaire', '06 11 22 33 54', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Animatrice – Mairie de Villeurbanne', `• ${bullet}`].join('\n');

describe('the everyday tasks of a leisure centre', () => {
  it.each([
    ['Encadrement des enfants pendant la pause méridienne', SUPERVISE_CHILDREN],
    ["Encadrement de groupes d'enfants de 6 à 11 ans", SUPERVISE_CHILDREN],
    ['Organisation de grands jeux', PLAN_YOUTH_ACTIVITIES],
  ])('"%s" links its skill', (bullet, skill) => {
    expect(suggestionOf(linkCv(leisureCv(bullet), esco).skills, skill)?.confidence ?? 0).toBeGreaterThan(0.5);
  });
});
