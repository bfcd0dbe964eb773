// "Ajouter un savoir-être": the review screen's search of the qualities only (rigueur, ponctualité,
// esprit d'équipe), in the starter pack the extension ships, in the full ESCO, and with ROME loaded.
import { beforeAll, describe, expect, it } from 'vitest';
import { searchSavoirEtre } from '../../lib/match/search-savoir-etre';
import { loadReferentialFromPath, readReferentialCsvFiles } from '../../lib/taxonomy/load-referential-node';
import { buildReferential, type Referential } from '../../lib/taxonomy/referential';
import { draftFromFiles } from '../../lib/taxonomy/import-referential-files';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import { SAVOIR_ETRE_IDS } from '../../lib/taxonomy/savoir-etre';
import { CROSSWALK_FILE, ESCO_DIR, ROME_DIR } from '../taxonomy/esco-path';

const SKILL = 'http://data.europa.eu/esco/skill/';
const ATTEND_TO_DETAIL = `${SKILL}83e6510b-ffeb-4aec-959c-4265fd0ff7b7`;
const WORK_IN_TEAMS = `${SKILL}60c78287-22eb-4103-9c8c-28deaa460da0`;
const COPE_WITH_PRESSURE = `${SKILL}7a147904-22b3-498a-b4d9-7bceeb86b45d`;

let starter: Referential;
let esco: Referential;
let withRome: Referential;
beforeAll(async () => {
  starter = await loadStarterReferential();
  esco = await loadReferentialFromPath(ESCO_DIR);
  withRome = buildReferential(draftFromFiles(await readReferentialCsvFiles([ESCO_DIR, ROME_DIR, CROSSWALK_FILE])));
}, 180_000);

describe('searchSavoirEtre', () => {
  it('finds a quality by the word a counsellor says, with the wording that matched', () => {
    for (const referential of [starter, esco]) {
      const [first] = searchSavoirEtre('rigueur', referential, 'fr', 5);
      expect(first).toMatchObject({ id: ATTEND_TO_DETAIL, label: 'veiller aux détails' });
      expect(first!.matchedLabel).toMatch(/rigueur/i);
      expect(searchSavoirEtre("esprit d'équipe", referential, 'fr', 5)[0]?.id).toBe(WORK_IN_TEAMS);
      expect(searchSavoirEtre('gestion du stress', referential, 'fr', 5)[0]?.id).toBe(COPE_WITH_PRESSURE);
    }
  });

  it('finds it from a word begun, without accents or capitals', () => {
    expect(searchSavoirEtre('rigu', esco, 'fr', 5)[0]?.id).toBe(ATTEND_TO_DETAIL);
    expect(searchSavoirEtre('EQUIPE', esco, 'fr', 5).map((hit) => hit.id)).toContain(WORK_IN_TEAMS);
  });

  it('offers qualities only: a trade skill or an occupation is never a hit', () => {
    for (const query of ['soudure', 'cariste', 'gestion des stocks', 'Excel']) {
      for (const hit of searchSavoirEtre(query, esco, 'fr', 10)) expect(SAVOIR_ETRE_IDS.has(hit.id), `${query} -> ${hit.label}`).toBe(true);
    }
    expect(searchSavoirEtre('soudure', esco, 'fr', 10)).toEqual([]);
  });

  it('labels the hits in the CV language', () => {
    const [first] = searchSavoirEtre('teamwork', esco, 'en', 3);
    expect(first).toMatchObject({ id: WORK_IN_TEAMS, label: 'work in teams' });
    expect(searchSavoirEtre('eye for detail', esco, 'en', 3)[0]?.label).toBe('attend to detail');
    // The examples the search box shows in each language all find their quality.
    for (const example of ['attention to detail', 'punctuality', 'teamwork']) expect(searchSavoirEtre(example, esco, 'en', 3), example).not.toEqual([]);
    for (const example of ['rigueur', 'ponctualité', 'esprit d’équipe']) expect(searchSavoirEtre(example, esco, 'fr', 3), example).not.toEqual([]);
  });

  it("with ROME loaded, ROME's own name for a savoir-être finds its quality", () => {
    const [first] = searchSavoirEtre('Faire preuve de rigueur et de précision', withRome, 'fr', 3);
    expect(first?.id).toBe(ATTEND_TO_DETAIL);
  });

  it('an empty or blank text finds nothing', () => {
    expect(searchSavoirEtre('', esco, 'fr', 5)).toEqual([]);
    expect(searchSavoirEtre('   ', esco, 'fr', 5)).toEqual([]);
    expect(searchSavoirEtre('rigueur', esco, 'fr', 0)).toEqual([]);
  });
});

describe('searchSavoirEtre and typing', () => {
  it('forgives one slip of the finger in a long enough word, never a mere likeness', () => {
    expect(searchSavoirEtre('rigeur', esco, 'fr', 3)[0]?.id).toBe(ATTEND_TO_DETAIL);
    expect(searchSavoirEtre('soudure', esco, 'fr', 3)).toEqual([]);
    expect(searchSavoirEtre('gestion des stocks', esco, 'fr', 3)).toEqual([]);
  });
});
