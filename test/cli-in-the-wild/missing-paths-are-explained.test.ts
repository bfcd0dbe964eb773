// extract says "Référentiel introuvable : « … ». Vérifiez le chemin donné à --taxonomy." for a path
// that does not exist. `match --taxonomy` and `taxonomy build --esco/--out` print Node's raw error
// instead ("ENOENT: no such file or directory, stat '…'"), in English under a French locale, and
// `build --out` into a folder that does not exist first reads and indexes every file, then fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function run(script: string, args: string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, LANG: 'fr_FR.UTF-8' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

it('explains a referential path or an output folder that does not exist in one sentence, as extract does', () => {
  const folder = mkdtempSync(join(tmpdir(), 'missing-paths-'));
  writeFileSync(join(folder, 'skills_fr.csv'), 'conceptUri,preferredLabel\nhttp://data.europa.eu/esco/skill/ab6265f2-a9bf-49e8-a9a5-67cbab4de38b,gérer des stocks\n');
  const absent = join(folder, 'ESCO dataset - v1.2.0 - classification - fr - csv');
  const cases = [
    ['match --taxonomy', run('lib/cli/match.ts', ['--kind', 'skill', '--taxonomy', absent], 'cariste\n'), absent],
    ['build --esco', run('lib/cli/taxonomy.ts', ['build', '--esco', absent, '--out', join(folder, 'out.pack')]), absent],
    ['build --out', run('lib/cli/taxonomy.ts', ['build', '--esco', folder, '--out', join(folder, 'packs', 'out.pack')]), join(folder, 'packs')],
  ] as const;
  for (const [name, { status, stdout, stderr }, path] of cases) {
    expect(status, name).not.toBe(0);
    expect(stdout, name).toBe('');
    expect(stderr.trim().split('\n'), name).toHaveLength(1);
    expect(stderr, name).toContain(path);
    expect(stderr, name).not.toMatch(/ENOENT|no such file/);
    expect(stderr, name).toMatch(/introuvable|n’existe pas|n'existe pas/i);
  }
}, 60_000);
