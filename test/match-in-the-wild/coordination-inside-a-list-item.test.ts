// "Accueil et renseignement des clients, gestion des files d'attente, caisses automatiques": the
// coordination is one item of a comma list. Read over the whole list it shared nothing, so the
// item was read only as a whole, longer than any label ("accueillir les clients" at 0.46).
import { beforeAll, describe, expect, it } from 'vitest';
import { cvPhrases } from '../../lib/match/cv-phrases';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const WELCOME_CUSTOMERS = `${SKILL}26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const phrasesOf = (text: string) => cvPhrases([{ text, page: 1 }]).map((phrase) => [phrase.text, phrase.evidence]);

describe('a coordination inside one item of a list', () => {
  it('is distributed within its item, with the item as evidence', () => {
    expect(phrasesOf("Accueil et renseignement des clients, gestion des files d'attente, caisses automatiques")).toContainEqual([
      'Accueil des clients',
      'Accueil et renseignement des clients',
    ]);
  });

  it('reads no bare items out of a name list ("packages and tanks")', () => {
    const phrases = phrasesOf('ADR: packages and tanks, class 1 explosives').map(([text]) => text);
    expect(phrases).not.toContain('tanks');
    expect(phrases).not.toContain('packages');
  });

  it("makes the cashier's welcoming of customers a suggestion", () => {
    const cv = [
      'Lucas Moreau',
      'Hôte de caisse',
      '06 12 34 56 78',
      'EXPÉRIENCE PROFESSIONNELLE',
      '2023 – 2025 Hôte de caisse – Carrefour, Nantes',
      "• Accueil et renseignement des clients, gestion des files d'attente, caisses automatiques",
    ].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, WELCOME_CUSTOMERS)?.confidence ?? 0).toBeGreaterThanOrEqual(0.5);
  });
});
