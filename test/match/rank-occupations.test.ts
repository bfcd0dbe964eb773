import { beforeAll, describe, expect, it } from 'vitest';
import { rankJobTitle, rankTitleInScheme } from '../../lib/match/link-occupations';
import { rankConcepts } from '../../lib/match/rank-concepts';
import { draftFromFiles } from '../../lib/taxonomy/import-referential-files';
import { loadReferentialFromPath, readReferentialCsvFiles } from '../../lib/taxonomy/load-referential-node';
import { buildReferential, type Referential } from '../../lib/taxonomy/referential';
import { CROSSWALK_FILE, ESCO_DIR, ROME_DIR } from '../taxonomy/esco-path';

const OCCUPATION = 'http://data.europa.eu/esco/occupation/';
const NURSING_ASSISTANT = `${OCCUPATION}87d0795a-d41f-47ee-979f-0ab7d73836e7`;
const ORDER_PICKER = `${OCCUPATION}cd94def5-3442-4c2e-ae3d-0761a3008bcb`;
const WAITER = `${OCCUPATION}d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471`;
const WEB_DEVELOPER = `${OCCUPATION}c40a2919-48a9-40ea-b506-1f34f693496d`;
const CASHIER = `${OCCUPATION}2b871272-bd61-4206-bd1a-0b96d7023098`;
const GENERAL_NURSE = `${OCCUPATION}8d3e8aaa-791b-4c75-a465-f3f827028f50`;
const GAME_DEVELOPER = `${OCCUPATION}9ebaf3f0-0be0-47b7-b2b1-b3b04130fa81`;
const COSTUME_DESIGNER = `${OCCUPATION}d1b1dfdf-7d60-430a-b569-7dd71b2ebeaa`;

let esco: Referential;
/** ESCO (French) + ROME appellations, skills and savoirs + the official crosswalk. */
let full: Referential;
/** The same two, without our job-title lexicon: what the referentials alone say. */
let escoAlone: Referential;
let fullAlone: Referential;

beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
  escoAlone = await loadReferentialFromPath(ESCO_DIR, { jobTitles: false });
  const files = (await readReferentialCsvFiles([ESCO_DIR, ROME_DIR, CROSSWALK_FILE])).filter((file) => !/coherence/.test(file.name));
  full = buildReferential(draftFromFiles(files, { languages: ['fr'] }));
  fullAlone = buildReferential(draftFromFiles(files, { languages: ['fr'], jobTitles: false }));
}, 120_000);

const top = (title: string) => rankJobTitle(title, esco, 'fr', 'esco', 3)[0]?.id;

describe('rankJobTitle on ESCO', () => {
  it('finds a title whatever its gender form and noise', () => {
    expect(top('Aide-soignante H/F')).toBe(NURSING_ASSISTANT);
    expect(top('Serveuse (CDD saisonnier)')).toBe(WAITER);
    expect(top('Développeuse web')).toBe(WEB_DEVELOPER);
    expect(top('Hôtesse de caisse')).toBe(CASHIER);
    expect(top('AS')).toBe(NURSING_ASSISTANT);
  });

  it('orders two occupations sharing a label by how close their own name is', () => {
    // "développeur jeux vidéo" is ESCO's alternative label of the developer, the designer and the
    // tester of digital games; "concepteur de costumes" of both the costumier and the costume
    // designer. The one whose own name says the title goes first.
    const first = (title: string) => rankConcepts(title, escoAlone, { kind: 'occupation', language: 'fr', scheme: 'esco' })[0]!.id;
    expect(first('Développeur jeux vidéo')).toBe(GAME_DEVELOPER);
    expect(first('Concepteur de costumes')).toBe(COSTUME_DESIGNER);
  });

  it('tolerates a misspelt title', () => {
    expect(top('Prépareteur de commandes')).toBe(ORDER_PICKER);
  });

  it('scores an exact title above a partial one', () => {
    const ranked = rankJobTitle('Serveur', esco, 'fr', 'esco', 5);
    expect(ranked[0]!.score).toBe(1);
    expect(ranked[1]!.score).toBeLessThan(1);
  });

  it('ranks English titles on English labels', () => {
    const ranked = rankConcepts('web developer', esco, { kind: 'occupation', language: 'en', top: 3 });
    expect(ranked[0]?.id).toBe(WEB_DEVELOPER);
    expect(ranked[0]?.label).toBe('web developer');
  });
});

describe('ESCO through ROME appellations and the official crosswalk', () => {
  it('links a French title ESCO does not word to the ESCO occupation its ROME appellation maps to', () => {
    // ESCO v1.0 has no "infirmier de service hospitalier"; ROME does, and the crosswalk links it.
    const withoutRome = rankJobTitle('Infirmière de service hospitalier', escoAlone, 'fr', 'esco', 3).map((r) => r.id);
    const withRome = rankTitleInScheme('Infirmière de service hospitalier', fullAlone, 'fr', 'esco', 3).map((r) => r.id);
    expect(withoutRome[0]).not.toBe(GENERAL_NURSE);
    expect(withRome[0]).toBe(GENERAL_NURSE);
    const rome = rankTitleInScheme('Infirmière de service hospitalier', fullAlone, 'fr', 'rome', 1)[0];
    expect(rome?.id).toMatch(/^\d+$/);
  });
});

describe('the job-title lexicon', () => {
  it('gives the generic occupation for a generic French title, and a title ESCO does not word', () => {
    // ESCO words the general nurse "infirmier de soins généraux" only; alone, "Infirmière" reads as a specialty.
    expect(rankJobTitle('Infirmière', escoAlone, 'fr', 'esco', 1)[0]?.id).not.toBe(GENERAL_NURSE);
    expect(top('Infirmière')).toBe(GENERAL_NURSE);
    expect(top('IDE')).toBe(GENERAL_NURSE);
    expect(rankJobTitle('Infirmière de service hospitalier', esco, 'fr', 'esco', 1)[0]?.id).toBe(GENERAL_NURSE);
    // Both agree when ROME and the crosswalk are loaded too.
    expect(rankTitleInScheme('Infirmière', full, 'fr', 'esco', 1)[0]?.id).toBe(GENERAL_NURSE);
  });
});

describe('linkProfile with a pack holding ESCO and ROME', () => {
  it('suggests both schemes, or only the ones asked for', async () => {
    const { linkProfile } = await import('../../lib/match/link-profile');
    const { profile } = await import('./cv-profile');
    const cv = profile('fr', { jobTitle: 'Cariste', sections: [['skills', ["Conduite d'un chariot élévateur frontal"]]] });
    const both = linkProfile(cv, full);
    expect(both.occupations.some((occupation) => occupation.id.startsWith('http://data.europa.eu/esco/'))).toBe(true);
    expect(both.occupations.some((occupation) => /^\d+$/.test(occupation.id))).toBe(true);
    expect(both.skills.some((skill) => /^\d+$/.test(skill.id))).toBe(true);
    const romeOnly = linkProfile(cv, full, { schemes: ['rome'] });
    expect(romeOnly.occupations.length).toBeGreaterThan(0);
    expect([...romeOnly.occupations, ...romeOnly.skills].every((suggestion) => /^\d+$/.test(suggestion.id))).toBe(true);
  });
});

describe('a title followed by its field after a dash', () => {
  it('ranks the occupation of that field among the first', () => {
    const ranked = rankJobTitle('Vendeuse - prêt-à-porter', escoAlone, 'fr', 'esco', 3).map((occupation) => occupation.label);
    expect(ranked[0]).toBe('vendeur/vendeuse');
    expect(ranked.slice(1)).toContain('vendeur en boutique de vêtements/vendeuse en boutique de vêtements');
    const games = rankJobTitle('Développeuse - jeux vidéo', escoAlone, 'fr', 'esco', 3).map((occupation) => occupation.label);
    expect(games).toContain('développeur de jeux numériques/développeuse de jeux numériques');
  });
});
