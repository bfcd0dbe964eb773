import { beforeAll, describe, expect, it } from 'vitest';
import { rankJobTitle } from '../../lib/match/link-occupations';
import { jobTitleForms } from '../../lib/taxonomy/job-title-aliases';
import { readDraftFromFolders } from '../../lib/taxonomy/load-referential-node';
import { buildReferential, mergeDrafts, type Referential, type ReferentialDraft } from '../../lib/taxonomy/referential';
import { aliasDraft } from '../../lib/taxonomy/skill-aliases';
import { ESCO_DIR } from './esco-path';

const OCCUPATION = 'http://data.europa.eu/esco/occupation/';
const CALL_CENTRE_AGENT = `${OCCUPATION}0ededdc2-050a-4ec3-8e70-6295105fcd19`;

let escoDraft: ReferentialDraft;
let esco: Referential;

beforeAll(async () => {
  escoDraft = await readDraftFromFolders([ESCO_DIR], { phrases: false, jobTitles: false });
  esco = buildReferential(escoDraft);
}, 120_000);

describe('jobTitleForms', () => {
  it('writes a French title in both genders and keeps an English one as it is', () => {
    expect(jobTitleForms('Téléconseiller / Téléconseillère', 'fr')).toEqual(['Téléconseiller', 'Téléconseillère']);
    expect(jobTitleForms('Agent / Agente de service hospitalier', 'fr')).toEqual(['Agent de service hospitalier', 'Agente de service hospitalier']);
    expect(jobTitleForms('Secrétaire', 'fr')).toEqual(['Secrétaire']);
    expect(jobTitleForms('Care  assistant', 'en')).toEqual(['Care assistant']);
  });
});

describe('a curated job title', () => {
  it('ranks its occupation above one whose ESCO hidden label says the same words', () => {
    // ESCO v1.0 lists "téléconseiller" among the hidden labels of the social security officer.
    const before = rankJobTitle('Téléconseillère', esco, 'fr', 'esco', 3);
    expect(before[0]?.id).not.toBe(CALL_CENTRE_AGENT);
    const curated = aliasDraft([{ id: CALL_CENTRE_AGENT, fr: ['Téléconseiller / Téléconseillère'] }], 'occupation', jobTitleForms, 'curated');
    const withTitle = buildReferential(mergeDrafts([escoDraft, curated]));
    const after = rankJobTitle('Téléconseillère', withTitle, 'fr', 'esco', 3);
    expect(after[0]?.id).toBe(CALL_CENTRE_AGENT);
    expect(after[0]?.score).toBeGreaterThan(0.99);
    // Below an ESCO preferred label: "agente de centre d'appels" is still the label itself.
    expect(rankJobTitle("Agente de centre d'appels", withTitle, 'fr', 'esco', 1)[0]?.score).toBe(1);
  });
});
