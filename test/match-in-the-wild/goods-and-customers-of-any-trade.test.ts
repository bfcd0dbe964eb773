// Phrasings any trade writes were tied to one trade's concept: "Contrôle des livraisons" and
// "Réception des marchandises" were also the kitchen's supplies, "Accueil des clients" the
// restaurant's guests, and "Soins palliatifs" the social worker's end-of-life support, so a shop
// assistant got the restaurant and a nurse the social services.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const RECEIVE_KITCHEN_SUPPLIES = `${SKILL}341cf309-746c-4437-ad14-e0a0ee13eacc`;
const CHECK_DELIVERIES_ON_RECEIPT = `${SKILL}f7f56b20-8f05-4731-a1bf-79fdcffc72ce`;
const WELCOME_RESTAURANT_GUESTS = `${SKILL}99b95aca-221d-415c-9de5-564e1a273701`;
const GREET_GUESTS = `${SKILL}26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da`;
const END_OF_LIFE_SOCIAL_SUPPORT = `${SKILL}0a06b0a8-d931-44ba-b85a-3e0e617261c3`;
const PROVIDE_PALLIATIVE_CARE = `${SKILL}b469a01e-2d3c-4143-8af8-687630fb4ee5`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('goods, customers and care said the same in every trade', () => {
  it('a storekeeper\'s deliveries are checked goods, not kitchen supplies', () => {
    const cv = ['Karim Benali', 'Magasinier', '06 12 34 56 78', 'karim.benali@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2020 – 2024 Magasinier – Leroy Merlin, Lyon', '• Réception des marchandises', '• Contrôle des livraisons', '• Rangement en rayonnage'].join('\n');
    const { skills } = linkCv(cv, esco);
    expect(suggestionOf(skills, RECEIVE_KITCHEN_SUPPLIES)).toBeUndefined();
    expect(suggestionOf(skills, CHECK_DELIVERIES_ON_RECEIPT)?.evidence.text).toBe('Contrôle des livraisons');
  });

  it('a shop assistant\'s customers are no restaurant guests', () => {
    const cv = ['Sophie Martin', 'Vendeuse', '06 98 76 54 32', 'sophie.martin@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2020 – 2024 Vendeuse – Jennyfer, Lyon', '• Accueil des clients', '• Encaissement', '• Mise en rayon'].join('\n');
    const { skills } = linkCv(cv, esco);
    expect(suggestionOf(skills, WELCOME_RESTAURANT_GUESTS)).toBeUndefined();
    // The review screen may offer the restaurant as a next reading (ESCO's label says the same
    // words and a place), but no longer as the words' exact reading, tied with the shop's.
    const restaurant = suggestionOf(skills, GREET_GUESTS)?.alternatives?.find((alternative) => alternative.id === WELCOME_RESTAURANT_GUESTS);
    expect(restaurant?.score ?? 0).toBeLessThan(0.9);
  });

  it('a waiter\'s seating of guests still is the restaurant\'s', () => {
    const cv = ['Lucas Girard', 'Serveur', '06 11 22 33 44', 'lucas.girard@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2021 – 2024 Serveur – Brasserie Georges, Lyon', '• Placement des clients', '• Prise de commande et service à table'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, WELCOME_RESTAURANT_GUESTS)).toBeDefined();
  });

  it('a care assistant\'s palliative care is care given, not social services\' support', () => {
    const cv = ['Marie Dupont', 'Aide-soignante', '06 12 34 56 78', 'marie.dupont@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2020 – 2024 Aide-soignante – Clinique Saint-Joseph, Lyon', '• Soins d\'hygiène et de confort', '• Soins palliatifs'].join('\n');
    const { skills } = linkCv(cv, esco);
    expect(suggestionOf(skills, PROVIDE_PALLIATIVE_CARE)).toBeDefined();
    expect(suggestionOf(skills, END_OF_LIFE_SOCIAL_SUPPORT)).toBeUndefined();
  });
});
