// "Accueil des patients" on a medical secretary's CV was read as managing anxious patients, and an
// aide-soignante's "écoute des familles" as support to the bereaved: CV phrasings of the lexicon
// ("Accueil des patients anxieux", "Écoute des familles en deuil") were read like ESCO labels, whose
// last words are qualifiers a terse item may leave unsaid. A phrasing is said whole; its last word
// changes what it means.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const MANAGE_ANXIOUS_PATIENTS = `${SKILL}6c77aeef-327e-440f-8510-74ce5a73bd8a`;
const SUPPORT_THE_BEREAVED = `${SKILL}611ba695-37ca-4001-a79f-645215d324ea`;
const CLEAN_FLOORS = `${SKILL}a2cd3b30-2d6c-473e-a5d4-4e7cb576babe`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const cv = (title: string, employer: string, skill: string): string =>
  ['Nathalie Girard', title, '06 11 22 33 65', 'EXPÉRIENCE PROFESSIONNELLE', `2015 – 2024 ${title} – ${employer}`, 'COMPÉTENCES', skill, 'Travail en équipe'].join('\n');

describe('a phrasing of the lexicon', () => {
  it('"Accueil des patients" is no care of anxious patients', () => {
    expect(suggestionOf(linkCv(cv('Secrétaire médicale', 'Cabinet médical du Parc, Dijon', 'Accueil des patients'), esco).skills, MANAGE_ANXIOUS_PATIENTS)).toBeUndefined();
  });

  it('"Écoute des familles" is no support of the bereaved', () => {
    expect(suggestionOf(linkCv(cv('Aide-soignante', 'EHPAD Les Tilleuls, Lyon', 'Écoute des familles'), esco).skills, SUPPORT_THE_BEREAVED)).toBeUndefined();
  });

  it('an ESCO label still reads from its verb and object alone', () => {
    expect(suggestionOf(linkCv(cv('Agent d\'entretien', 'Onet, Lyon', 'Nettoyage des sols'), esco).skills, CLEAN_FLOORS)?.confidence ?? 0).toBeGreaterThan(0.5);
  });
});
