// "Bien-être" (well-being) is one French word written with a hyphen, and both its parts are stop
// words: "bien-être des enfants", a label of ESCO's children's well-being, said "enfants" alone, so a
// hairdresser's "coupe et brushing femme, homme, enfant" was contributing to children's well-being.
// A stop word joined by a hyphen is part of a word (bien-être, sous-traitance, non-conformité).
import { beforeAll, describe, expect, it } from 'vitest';
import { labelKeys } from '../../lib/taxonomy/label-words';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const CHILDREN_WELL_BEING = `${SKILL}a65fb963-6faf-47b2-a3d9-c4e5e4d833c5`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('a French word written with hyphens keeps its stop-word parts', () => {
  it('"bien-être des enfants" is not "enfants", "non-conformités" not "conformités"', () => {
    expect(labelKeys('bien-être des enfants', 'fr')).not.toEqual(labelKeys('des enfants', 'fr'));
    expect(labelKeys('Gestion des non-conformités', 'fr')).not.toEqual(labelKeys('Gestion des conformités', 'fr'));
    // Stop words on their own stay stop words.
    expect(labelKeys('bien gérer les enfants', 'fr')).toEqual(labelKeys('gérer enfants', 'fr'));
  });

  it('a hairdresser\'s clients "femme, homme, enfant" are no children\'s well-being', () => {
    const cv = ['Camille Roux', 'Coiffeuse', '06 12 98 76 54', 'camille.roux@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2018 – 2024 Coiffeuse – Salon Jean Louis David, Bordeaux', '• Shampoing, coupe et brushing femme, homme, enfant', '• Colorations, mèches et balayages', '• Conseil à la clientèle sur les soins capillaires'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, CHILDREN_WELL_BEING)).toBeUndefined();
  });

  it('a nursery nurse\'s "Bien-être des enfants" still is', () => {
    const cv = ['Julie Blanc', 'Auxiliaire de puériculture', '06 12 98 76 11', 'julie.blanc@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2018 – 2024 Auxiliaire de puériculture – Crèche Les Petits Pas, Nantes', '• Veiller au bien-être des enfants', '• Change et repas des bébés', '• Activités d\'éveil'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, CHILDREN_WELL_BEING)).toBeDefined();
  });
});
