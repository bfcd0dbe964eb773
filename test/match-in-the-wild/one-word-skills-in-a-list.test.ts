// A skills list of everyday trades is often one word a line: "Caisse", "Accueil", "Manutention",
// "Encaissement", "Plonge". "Caisse", "Accueil" and "Manutention" linked nothing (no label is
// that one word, and "utiliser une caisse" said without its verb read too weak), though the
// others did. The phrasings are in lib/taxonomy/cv-phrases.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const CASH_REGISTER = `${SKILL}0cb013af-6dd9-4fb2-b34e-63dda1a5cf82`;
const WELCOME_CUSTOMERS = `${SKILL}26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da`;
const LIFT_HEAVY_WEIGHTS = `${SKILL}ab2bb44a-3956-4028-8715-8b70b1960b99`;
const TAKE_PAYMENTS = `${SKILL}798d60b0-b089-4035-94b2-a26386aa7d5a`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const shopCv = (skills: string[]): string =>
  ['Julie Martin', 'Employée polyvalente', '06 22 33 44 55', 'EXPÉRIENCE PROFESSIONNELLE', '2021 – 2024 Employée polyvalente – Intermarché, Angers', '• Mise en rayon et remplissage des linéaires', 'COMPÉTENCES', ...skills].join('\n');

describe('one everyday word a line in a skills list', () => {
  it.each([
    ['Caisse', CASH_REGISTER],
    ['Accueil', WELCOME_CUSTOMERS],
    ['Manutention', LIFT_HEAVY_WEIGHTS],
    ['Encaissement', TAKE_PAYMENTS],
  ])('"%s" links its skill', (word, skill) => {
    expect(suggestionOf(linkCv(shopCv([word]), esco).skills, skill)?.confidence ?? 0).toBeGreaterThan(0.5);
  });

  it('a list of them links each', () => {
    const { skills } = linkCv(shopCv(['Caisse', 'Accueil', 'Manutention']), esco);
    for (const skill of [CASH_REGISTER, WELCOME_CUSTOMERS, LIFT_HEAVY_WEIGHTS]) expect(suggestionOf(skills, skill)).toBeDefined();
  });

  it('a crate is no till: "Mise en caisse du poisson" does not link the cash register', () => {
    const fishCv = ['Loïc Le Gall', 'Matelot', '06 98 76 54 32', 'EXPÉRIENCE PROFESSIONNELLE', '2018 – 2024 Matelot – Armement Le Guilvinec', '• Tri et mise en caisse du poisson'].join('\n');
    expect(suggestionOf(linkCv(fishCv, esco).skills, CASH_REGISTER)).toBeUndefined();
  });
});
