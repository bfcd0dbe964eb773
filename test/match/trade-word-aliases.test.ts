// Trade words of skill-aliases.ts that had pointed at the wrong ESCO concept.
// A delivery driver's "tournée" is a round to plan; a theatre company's "tournée" is a tour. ESCO's
// "préparer des itinéraires" is neither: it is road directions to film locations.
// "Encaissement" is taking payments ("encaisser les paiements"), done at a till or not (a funeral
// adviser's invoices); the till itself is "tenue de caisse", "caisse enregistreuse".
import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { ParsedProfile } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';

const SKILL = 'http://data.europa.eu/esco/skill/';
const TRANSPORT_ROUTES = `${SKILL}e46186e4-c784-4122-9828-4881c01bfae0`;
const FILM_DIRECTIONS = `${SKILL}170ea5ac-0540-436f-b380-78b01b1a6af8`;
const TAKE_PAYMENTS = `${SKILL}798d60b0-b089-4035-94b2-a26386aa7d5a`;
const CASH_REGISTER = `${SKILL}0cb013af-6dd9-4fb2-b34e-63dda1a5cf82`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const experienceLine = (text: string): Pick<ParsedProfile, 'sections' | 'language'> => ({
  language: 'fr',
  sections: [{ kind: 'experience', heading: 'Expérience', lines: [{ text, page: 1 }] }],
});
const linkedIds = (text: string) => linkSkills(experienceLine(text), esco).map((skill) => skill.id);

describe('rounds and tours', () => {
  it.each([
    'Organisation des tournées (50 points de livraison par jour)',
    'Optimisation des tournées avec le logiciel de l’entreprise',
    "Organisation de l'itinéraire avec le GPS",
  ])(
    '"%s" links the planning of transport routes',
    (line) => {
      const ids = linkedIds(line);
      expect(ids).toContain(TRANSPORT_ROUTES);
      expect(ids).not.toContain(FILM_DIRECTIONS);
    },
  );

  it('leaves a theatre company on tour out of route planning', () => {
    const ids = linkedIds('Accueil technique des compagnies en tournée');
    expect(ids).not.toContain(TRANSPORT_ROUTES);
    expect(ids).not.toContain(FILM_DIRECTIONS);
  });
});

describe('payments and the till', () => {
  it.each(['Encaissement', 'Devis, contrats obsèques, encaissements'])('"%s" links taking payments, not the till', (line) => {
    const ids = linkedIds(line);
    expect(ids).toContain(TAKE_PAYMENTS);
    expect(ids).not.toContain(CASH_REGISTER);
  });

  it('"Tenue de caisse" still links the till', () => {
    expect(linkedIds('Tenue de caisse')).toContain(CASH_REGISTER);
  });
});
