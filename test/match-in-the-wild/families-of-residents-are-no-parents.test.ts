// "Accueil des familles" on a care home CV was read as the relation with children's parents: the
// phrasing came from early childhood, where the families are the parents. The families of the
// residents are the people who matter to them; each trade's phrasing now says whose families.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const RELATION_WITH_PARENTS = `${SKILL}efe801a5-8704-4def-8a96-c32f7a6cb9fb`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const careHomeCv = ['Marie Dupont', 'Aide-soignante', '06 12 34 56 78', 'EXPÉRIENCE PROFESSIONNELLE', '2020 – 2024 Aide-soignante – EHPAD Les Tilleuls, Lyon', '• Accueil des familles', '• Toilette des résidents', '• Aide aux repas des résidents'].join('\n');
const nurseryCv = ['Marie Dupont', 'Auxiliaire de puériculture', '06 12 34 56 78', 'EXPÉRIENCE PROFESSIONNELLE', '2020 – 2024 Auxiliaire de puériculture – Crèche Les Petits Loups, Lyon', '• Accueil des enfants et des familles', '• Transmissions aux parents', '• Soins d\'hygiène des enfants'].join('\n');

describe('welcoming families', () => {
  it('in a care home is no relation with the parents of children', () => {
    expect(suggestionOf(linkCv(careHomeCv, esco).skills, RELATION_WITH_PARENTS)).toBeUndefined();
  });

  it('in a nursery still is', () => {
    expect(suggestionOf(linkCv(nurseryCv, esco).skills, RELATION_WITH_PARENTS)?.confidence ?? 0).toBeGreaterThan(0.5);
  });
});
