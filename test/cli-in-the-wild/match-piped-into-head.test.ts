// Benchmarks pipe `match` into other tools (`| head -n 1`, a reader that stops early). When the
// reader closes the pipe, match.ts keeps writing and Node throws an unhandled EPIPE: a stack trace
// ("Error: write EPIPE … at afterWriteDispatched") lands on the user's terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('stops quietly when the reader of its output goes away', () => {
  const input = join(mkdtempSync(join(tmpdir(), 'match-pipe-')), 'titres.txt');
  const titles = ['cariste', 'gestion des stocks', 'préparation de commandes', 'soudure TIG', 'accueil clientèle'];
  writeFileSync(input, `${Array.from({ length: 3000 }, (_, index) => titles[index % titles.length]).join('\n')}\n`);
  const command = `"${process.execPath}" --import tsx lib/cli/match.ts --kind skill < "${input}" | head -n 1`;
  const result = spawnSync('sh', ['-c', command], { encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8' }, timeout: 60_000 });
  expect(JSON.parse(result.stdout).query).toBe('cariste');
  expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
}, 60_000);
