// CONTRACT §1: on bad input, one sentence on stderr "within 10 seconds". With --taxonomy pointing to
// the official CSV folders (an advertised use), the worker first imports and indexes every CSV
// (ESCO fr+en and ROME: several seconds) and only then starts reading the CV and the stage budgets
// (extract-worker.ts serve(): loadReferentialFromPath before post('started')). A PDF whose text
// layer stalls is then refused after ~11-14 s instead of ~7 s with the starter pack.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ESCO_DIR, ROME_DIR } from '../taxonomy/esco-path';

it('refuses a stalled PDF within 10 s when --taxonomy is the official CSV folder', () => {
  // The real files, linked (never copied) into one folder as a user unzips them side by side.
  const folder = mkdtempSync(join(tmpdir(), 'official-csv-'));
  for (const dir of [ESCO_DIR, ROME_DIR]) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.csv'))) symlinkSync(join(dir, name), join(folder, name));
  }
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', 'test/fixtures/hostile/font-cmap-stall.pdf', '--taxonomy', folder], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'fr_FR.UTF-8' },
    timeout: 60_000,
  });
  const elapsed = Date.now() - started;
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/trop de temps/);
  expect(elapsed).toBeLessThan(10_000);
}, 60_000);
