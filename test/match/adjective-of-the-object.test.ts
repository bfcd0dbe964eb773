// A terse CV item that says a label's verb and object says the skill even when the label goes on
// with a complement ("Nettoyage des sols" for "nettoyer les sols d'un bâtiment"): the complement
// only qualifies. An adjective glued to the object narrows the object itself: "Gestion des
// urgences" in a travel agent's CV is not "gérer les urgences dentaires".
import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const linked = (text: string) =>
  linkSkills({ language: 'fr', sections: [{ kind: 'skills', heading: 'Compétences', lines: [{ text, page: 1 }] }] }, esco).map((skill) => skill.label);

describe('the verb and object of a label, without the rest', () => {
  it('do not read a label whose object an adjective narrows', () => {
    expect(linked('Gestion des urgences')).not.toContain('gérer les urgences dentaires');
    expect(linked('Entretien du matériel')).not.toContain('entretenir du matériel électronique');
  });

  it('still read a label whose complement only qualifies', () => {
    expect(linked('Nettoyage des sols')).toContain('nettoyer les sols d’un bâtiment');
    // A light verb unsaid is no adjective either.
    expect(linked('Machines de conditionnement')).toContain('utiliser des machines de conditionnement');
  });
});
