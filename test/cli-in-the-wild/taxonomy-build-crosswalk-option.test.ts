// `taxonomy build --crosswalk FILE`: the user names the crosswalk file, but the build keeps only files
// whose NAME matches /mapping[_-]?esco[_-]?rome.*\.csv/ (import-referential-files.ts), so the
// official mapping saved under any other name ("esco-rome-crosswalk.csv", "mapping ESCO - ROME.csv")
// is dropped without a word: the pack is built, exit 0, and holds no ESCO <-> ROME equivalence.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { unpackReferential } from '../../lib/taxonomy/referential-pack';

it('builds the crosswalk given by --crosswalk into the pack, whatever the file is called', () => {
  const folder = mkdtempSync(join(tmpdir(), 'build-crosswalk-'));
  const esco = join(folder, 'esco');
  const rome = join(folder, 'rome');
  for (const dir of [esco, rome]) mkdirSync(dir);
  writeFileSync(
    join(esco, 'occupations_fr.csv'),
    'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\nOccupation,http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755,8344,cariste,"conducteur de chariot élévateur",\n',
  );
  writeFileSync(
    join(rome, 'unix_referentiel_appellation_v460_utf8.csv'),
    '"code_ogr","libelle_appellation_long","libelle_appellation_court","code_rome","classification","peu_usite"\n"11679","Cariste","Cariste","N1101","PRINCIPALE","N"\n',
  );
  const crosswalk = join(folder, 'esco-rome-crosswalk.csv');
  writeFileSync(
    crosswalk,
    'Mapping project name,ESCO - ROME\nMapping project author,Pôle emploi - France\nMapping project version,V1.4\n\n' +
      'classification 1 ID,classification 1 prefered label,classification 2 ID,classification 2 prefered label,mapping relation\n' +
      'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755,cariste,11679,Cariste,skos:exactMatch\n',
  );
  const out = join(folder, 'referential.pack');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'lib/cli/taxonomy.ts', 'build', '--esco', esco, '--rome', rome, '--crosswalk', crosswalk, '--out', out],
    { encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8' }, timeout: 60_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  const referential = unpackReferential(new Uint8Array(readFileSync(out)));
  expect(referential.sources.map((source) => source.scheme)).toContain('crosswalk');
  const cariste = referential.conceptIndex.get('http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755')!;
  expect(referential.equivalents.get(cariste)).toEqual([referential.conceptIndex.get('11679')]);
}, 60_000);
