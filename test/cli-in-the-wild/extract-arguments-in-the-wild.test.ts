// `npm run --silent extract` given what outside users type (checked sound): an unknown option, two
// files, a directory, a missing file, --lang de. Each ends quickly, non-zero, with nothing on stdout
// and a message on stderr without a stack trace.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

function extract(...args: string[]) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'fr_FR.UTF-8' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

it('refuses wrong arguments at once, with a message and nothing on stdout', () => {
  const cv = 'test/fixtures/cv/fr-cariste-sidebar-left.pdf';
  for (const [args, status, message] of [
    [[cv, '--format', 'xml'], 2, /Unknown option '--format'/],
    [[cv, 'test/fixtures/cv/en-care-assistant.pdf'], 2, /Usage: npm run --silent extract -- FILE/],
    [['test/fixtures/cv'], 1, /Impossible d'ouvrir « test\/fixtures\/cv »/],
    [['test/fixtures/cv/absent.docx'], 1, /Impossible d'ouvrir/],
    [[cv, '--lang', 'de'], 2, /--lang must be "fr" or "en", not "de"/],
  ] as const) {
    const result = extract(...args);
    expect(result.status, args.join(' ')).toBe(status);
    expect(result.stdout, args.join(' ')).toBe('');
    expect(result.stderr, args.join(' ')).toMatch(message);
    expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    expect(result.ms, args.join(' ')).toBeLessThan(10_000);
  }
}, 60_000);
