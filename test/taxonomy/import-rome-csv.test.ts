import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCrosswalkCsv } from '../../lib/taxonomy/import-crosswalk-csv';
import type { CsvFile } from '../../lib/taxonomy/import-esco-csv';
import { importRomeCsv } from '../../lib/taxonomy/import-rome-csv';
import { buildReferential, labelTextList, skillsOfOccupation, type ReferentialDraft } from '../../lib/taxonomy/referential';
import { CROSSWALK_FILE, ROME_DIR } from './esco-path';

const ROME_FILES = [
  'unix_referentiel_appellation_v460_utf8.csv',
  'unix_referentiel_competence_v460_utf8.csv',
  'unix_referentiel_savoir_v460_utf8.csv',
  'unix_coherence_item_v460_utf8.csv',
];

let draft: ReferentialDraft;

beforeAll(async () => {
  const files: CsvFile[] = await Promise.all(
    ROME_FILES.map(async (name) => ({ name, text: await readFile(join(ROME_DIR, name), 'utf8') })),
  );
  draft = importRomeCsv(files);
}, 120_000);

describe('importRomeCsv on the ROME 4.0 open data', () => {
  it('makes one occupation per appellation, id code_ogr, with both gender forms as labels', () => {
    const occupations = draft.concepts.filter((concept) => concept.kind === 'occupation');
    expect(occupations).toHaveLength(13120);
    const web = occupations.find((concept) => concept.labels.some((label) => label.text === 'Développeur / Développeuse web'))!;
    expect(web.id).toMatch(/^\d+$/);
    expect(web.group).toMatch(/^[A-N]\d{4}$/);
    expect(web.labels.map((label) => label.text)).toEqual(
      expect.arrayContaining(['Développeur web', 'Développeuse web']),
    );
  });

  it('reads savoir-faire, savoir-être and savoirs as skills', () => {
    const skills = draft.concepts.filter((concept) => concept.kind === 'skill');
    expect(skills.filter((skill) => skill.skillType === 'savoir-faire').length).toBeGreaterThan(18000);
    expect(skills.filter((skill) => skill.skillType === 'savoir-etre')).toHaveLength(16);
    expect(skills.filter((skill) => skill.skillType === 'savoir')).toHaveLength(15354);
    expect(draft.sources[0]?.version).toBe('4.0 v460');
  });

  it('links each appellation to the skills of its fiche', () => {
    const referential = buildReferential(draft);
    const appellation = referential.concepts.findIndex((concept) =>
      labelTextList(referential.labels.text, concept.labelStart, concept.labelEnd).includes('Cariste'),
    );
    expect(appellation).toBeGreaterThanOrEqual(0);
    const skills = skillsOfOccupation(referential, appellation).flatMap((list) => [...list]);
    const labels = skills.map((skill) => referential.labels.text.at(referential.concepts[skill]!.labelStart));
    expect(skills.length).toBeGreaterThan(20);
    expect(labels.some((label) => /chariot/i.test(label ?? ''))).toBe(true);
  });
});

describe('importCrosswalkCsv', () => {
  it('reads the official ESCO-ROME mapping after its metadata lines', async () => {
    const crosswalk = importCrosswalkCsv([{ name: 'FR_20230607_mapping_esco_rome.csv', text: await readFile(CROSSWALK_FILE, 'utf8') }]);
    expect(crosswalk.equivalents).toHaveLength(11118);
    expect(crosswalk.equivalents[0]).toEqual(['http://data.europa.eu/esco/occupation/f87779ae-7389-44e7-b155-16e87904857e', '15244']);
    expect(crosswalk.sources[0]?.version).toBe('V1.4');
  });
});
