// ESCO CSVs do not carry their version; the portal's unzipped folder does
// ("ESCO dataset - v1.2.0 - classification - fr - csv"), and escoVersion() is written to read it,
// but a folder is read with bare file names (load-referential-node.ts), so the version is lost:
// `taxonomy info` and the options page then say "unknown".
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';

it('takes the ESCO version from the name of the export folder it reads', async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'esco-export-')), 'ESCO dataset - v1.2.0 - classification - fr - csv');
  mkdirSync(folder);
  writeFileSync(
    join(folder, 'skills_fr.csv'),
    'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status\n' +
      'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/ab6265f2-a9bf-49e8-a9a5-67cbab4de38b,skill/competence,cross-sector,gérer des stocks,gestion des stocks,,released\n',
  );
  const referential = await loadReferentialFromPath(folder, { phrases: false, jobTitles: false });
  expect(referential.sources.find((source) => source.scheme === 'esco')?.version).toBe('1.2.0');
});
