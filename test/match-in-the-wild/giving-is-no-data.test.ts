// "je donne les repas" (I give the meals) shared its stem with "données" (data): an auxiliaire de
// puériculture's "je prépare et je donne les repas" read ESCO's "préparer les données".
import { beforeAll, describe, expect, it } from 'vitest';
import { labelKeys } from '../../lib/taxonomy/label-words';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const NORMALISE_DATA = `${SKILL}07889c08-7220-47c8-96f7-6068fbea00dc`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('giving is no data', () => {
  it('"donne" and "données" have their own keys, "données" and "donnée" one', () => {
    expect(labelKeys('donne', 'fr')).not.toEqual(labelKeys('données', 'fr'));
    expect(labelKeys('donnée', 'fr')).toEqual(labelKeys('données', 'fr'));
  });

  it('"je prépare et je donne les repas" is no data preparation', () => {
    const cv = ['Inès Haddad', 'Auxiliaire de puériculture', '06 55 66 77 88', 'ines.haddad@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2021 – 2024 Auxiliaire de puériculture – Crèche Les Petits Loups, Lille', '• Je prépare et je donne les repas', '• Change et soins d’hygiène des bébés'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, NORMALISE_DATA)).toBeUndefined();
  });
});
