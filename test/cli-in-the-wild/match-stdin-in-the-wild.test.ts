// `npm run --silent match` fed as outside tools feed it (CONTRACT §1). Checked sound: a BOM, CRLF,
// empty and blank lines, a 10,000-character line, one JSON line per input line in order, scores in
// [0,1] best first, at most --top results; --top 0 / -1 / abc, a missing or wrong --kind and
// --lang de are refused with one message and nothing on stdout.
// Failing: --top 2.7 and --top 5abc are taken as 2 and 5 (Number.parseInt), although the command
// says "--top must be a positive whole number".
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function match(args: string[], input: string | Buffer = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/match.ts', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, LANG: 'fr_FR.UTF-8' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface MatchLine {
  query: string;
  results: { id: string; label: string; score: number }[];
}

describe('match on standard input from other tools', () => {
  it('answers each line of a Windows file with a BOM, in order, blank lines included', () => {
    const long = 'Gestion des stocks et conduite de chariot élévateur, préparation de commandes, soudure TIG. '.repeat(120).slice(0, 10_000);
    const lines = ['cariste', '', 'gestion des stocks', '   ', long, 'Développeur web H/F', 'préparation de commandes'];
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
    const { status, stdout, stderr } = match(['--kind', 'skill', '--top', '3'], input);
    expect(status, stderr).toBe(0);
    const answers = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as MatchLine);
    expect(answers.map((answer) => answer.query)).toEqual(lines.map((line) => line.trim()));
    expect(answers[1]!.results).toEqual([]);
    expect(answers[3]!.results).toEqual([]);
    for (const answer of answers) {
      expect(answer.results.length).toBeLessThanOrEqual(3);
      const scores = answer.results.map((result) => result.score);
      expect(scores.every((score) => score >= 0 && score <= 1), answer.query.slice(0, 40)).toBe(true);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const result of answer.results) expect(result.id).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    }
    expect(answers[2]!.results[0]?.label).toBe('gérer des stocks');
  }, 60_000);

  it('refuses a --top that is not a positive whole number, a wrong --kind and an unsupported --lang', () => {
    for (const args of [
      ['--kind', 'skill', '--top', '0'],
      ['--kind', 'skill', '--top', '-1'],
      ['--kind', 'skill', '--top', 'abc'],
      ['--top', '3'],
      ['--kind', 'skills'],
      ['--kind', 'skill', '--lang', 'de'],
    ]) {
      const { status, stdout, stderr } = match(args, 'cariste\n');
      expect(status, args.join(' ')).not.toBe(0);
      expect(stdout, args.join(' ')).toBe('');
      expect(stderr.trim(), args.join(' ')).not.toBe('');
      expect(stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it('refuses a --top with a fraction or trailing letters instead of cutting it', () => {
    for (const top of ['2.7', '5abc']) {
      const { status, stdout } = match(['--kind', 'skill', '--top', top], 'gestion des stocks\n');
      expect(stdout, top).toBe('');
      expect(status, top).not.toBe(0);
    }
  }, 60_000);
});
