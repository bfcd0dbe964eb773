// A delivery driver's "tournée" is a round to plan; a theatre company's "tournée" is a tour. ESCO's
// "préparer des itinéraires" is neither: it is road directions to film locations.
import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { ParsedProfile } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';

const SKILL = 'http://data.europa.eu/esco/skill/';
const TRANSPORT_ROUTES = `${SKILL}e46186e4-c784-4122-9828-4881c01bfae0`;
const FILM_DIRECTIONS = `${SKILL}170ea5ac-0540-436f-b380-78b01b1a6af8`;

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
