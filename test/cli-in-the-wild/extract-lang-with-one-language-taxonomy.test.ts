// CONTRACT §1: --taxonomy DIR is an ESCO CSV folder with "any subset" of skills_fr/en, occupations_fr/en,
// and --lang forces the CV language. The worker passes the CV language on as a filter of the
// referential's languages (extract-worker.ts), so an English CV read with --lang en against a French
// ESCO folder (or a ROME-free French export) finds "no referential file" and exits 2, telling the
// user to provide skills_fr.csv, which the folder holds. The same command without --lang works.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function extract(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'fr_FR.UTF-8' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

it('reads an English CV with --lang en against a French-only ESCO folder, as it does without --lang', () => {
  const folder = mkdtempSync(join(tmpdir(), 'esco-fr-only-'));
  writeFileSync(
    join(folder, 'skills_fr.csv'),
    'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n' +
      'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/ab6265f2-a9bf-49e8-a9a5-67cbab4de38b,skill/competence,cross-sector,gérer des stocks,"gestion des stocks\ngestion de stock",\n',
  );
  writeFileSync(
    join(folder, 'occupations_fr.csv'),
    'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n' +
      'Occupation,http://data.europa.eu/esco/occupation/9d1f4ec9-0b1e-4b42-9f4f-9d0b1e4e1b9a,5322,aide-soignant à domicile/aide-soignante à domicile,"auxiliaire de vie\naide à domicile",\n',
  );
  const cv = 'test/fixtures/cv/en-care-assistant.pdf';
  const detected = extract(cv, '--taxonomy', folder);
  expect(detected.status, detected.stderr).toBe(0);
  expect(JSON.parse(detected.stdout).source.language).toBe('en');

  const forced = extract(cv, '--taxonomy', folder, '--lang', 'en');
  expect(forced.status, forced.stderr).toBe(0);
  expect(JSON.parse(forced.stdout).source.language).toBe('en');
}, 60_000);
