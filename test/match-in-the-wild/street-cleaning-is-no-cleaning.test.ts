// "Nettoiement" is a town's street cleaning, but it was stemmed like "nettoyage" (any cleaning): the
// phrasing "Nettoiement" of ESCO's outdoor cleaning made a fast-food crew member's "nettoyage"
// cleaning outdoors.
import { beforeAll, describe, expect, it } from 'vitest';
import { labelKeys } from '../../lib/taxonomy/label-words';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const OUTDOOR_CLEANING = `${SKILL}f17846ea-7278-4b92-808e-bddeb6122cbe`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('street cleaning is not any cleaning', () => {
  it('"nettoiement" and "nettoyage" have their own keys', () => {
    expect(labelKeys('Nettoiement', 'fr')).not.toEqual(labelKeys('Nettoyage', 'fr'));
  });

  it('a crew member\'s "nettoyage" is no outdoor cleaning', () => {
    const cv = ['Inès Haddad', 'Équipière polyvalente', '06 55 66 77 88', 'ines.haddad@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2021 – 2024 Équipière polyvalente – Burger King, Lille', '• Prise de commande, encaissement, nettoyage', '• Préparation des sandwichs', '• Mise en place du comptoir'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, OUTDOOR_CLEANING)).toBeUndefined();
  });

  it('a street cleaner\'s "Nettoiement des voiries" still is', () => {
    const cv = ['Karim Saïdi', 'Agent de propreté urbaine', '06 55 66 77 99', 'karim.saidi@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2018 – 2024 Agent de propreté urbaine – Ville de Roubaix', '• Nettoiement des voiries et des places', '• Vidage des corbeilles de rue', '• Balayage manuel et mécanisé'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, OUTDOOR_CLEANING)).toBeDefined();
  });
});
