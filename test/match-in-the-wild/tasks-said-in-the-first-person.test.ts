// A CV written in the first person says its tasks with conjugated verbs: "Je préparais les
// commandes", "J'accueillais les clients", "Nous triions les déchets", "J'ai préparé les
// commandes". The noun and infinitive forms linked their skill; these linked nothing ("préparais" is
// no word of the referential, and "prépare" was read as "prépa").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const PREPARE_ORDERS = `${SKILL}ee5e2297-39cc-4ed6-89e5-d58016118a7f`;
const WELCOME_CUSTOMERS = `${SKILL}26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da`;
const SORT_WASTE = `${SKILL}110d7aa3-e44e-4cce-a927-8d4de615f3d9`;
const FILE_DOCUMENTS = `${SKILL}3d427a49-4f85-42cd-8a92-62d4a34f41a1`;
const STOCK_SHELVES = `${SKILL}7e9daad3-8604-4839-af9b-dc6f8db3ef68`;
const SUPERVISE_CHILDREN = `${SKILL}f8d4a24c-fb62-444e-9525-7aa5662f440d`;
const RECEIVE_GOODS = `${SKILL}2cae39d6-78c2-4ce3-bee8-628504371463`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const shopCv = (bullet: string): string =>
  ['Nadia Ferhat', 'Employée libre-service', '06 45 12 78 90', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Employée libre-service – Supermarché Casino, Saint-Étienne', `• ${bullet}`].join('\n');
const confidence = (bullet: string, skill: string): number => suggestionOf(linkCv(shopCv(bullet), esco).skills, skill)?.confidence ?? 0;

describe('a task said with a verb conjugated after its subject', () => {
  it.each([
    ['Je préparais les commandes', 'Préparation des commandes', PREPARE_ORDERS],
    ['J\'ai préparé les commandes', 'Préparation des commandes', PREPARE_ORDERS],
    ['Je prépare les commandes', 'Préparation des commandes', PREPARE_ORDERS],
    ["J'accueillais les clients", 'Accueil des clients', WELCOME_CUSTOMERS],
    ['Nous triions les déchets', 'Tri des déchets', SORT_WASTE],
    ['Je classais les documents', 'Classement des documents', FILE_DOCUMENTS],
    ['Je remplissais les rayons', 'Mise en rayon', STOCK_SHELVES],
    ['Je surveillais les enfants', 'Surveillance des enfants', SUPERVISE_CHILDREN],
    // A verb made from its noun ("réceptionner"): no label writes it, "réception" is the labels' word.
    ['Je réceptionne les marchandises', 'Réception des marchandises', RECEIVE_GOODS],
    ['Nous réceptionnions les livraisons', 'Réception des livraisons', RECEIVE_GOODS],
  ])('"%s" links as "%s" does', (conjugated, noun, skill) => {
    const said = confidence(noun, skill);
    expect(said).toBeGreaterThan(0.5);
    expect(confidence(conjugated, skill)).toBeGreaterThanOrEqual(said - 0.05);
  });
});
