import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function runMatch(args: string[], input: string) {
  return spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['lib/cli/match.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('match command line', () => {
  it('prints one JSON line per input line, in order, best first, at most N results', () => {
    const result = runMatch(['--kind', 'occupation', '--top', '2'], 'cariste\n\nAide-soignante H/F\nxqzv\n');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.query)).toEqual(['cariste', '', 'Aide-soignante H/F', 'xqzv']);
    expect(lines[0].results[0]).toEqual({ id: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755', label: 'cariste', score: 1 });
    expect(lines[1].results).toEqual([]);
    expect(lines[2].results.length).toBeLessThanOrEqual(2);
    expect(lines[2].results[0].score).toBeGreaterThanOrEqual(lines[2].results[1]?.score ?? 0);
    expect(lines[3].results).toEqual([]);
  });

  it('links skills with --kind skill', () => {
    const result = runMatch(['--kind', 'skill', '--top', '1', '--lang', 'fr'], 'Excel\n');
    expect(JSON.parse(result.stdout).results[0].id).toBe('http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be');
  });

  it('says what is wrong on bad options, on standard error only', () => {
    const result = runMatch(['--kind', 'job'], 'x\n');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--kind must be skill or occupation/);
  });
});
