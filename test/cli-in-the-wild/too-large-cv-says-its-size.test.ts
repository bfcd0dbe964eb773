// A scanned CV just over the 20 MB limit is refused with "Ce fichier est trop volumineux (20 Mo,
// maximum 20 Mo)": the size is rounded to the nearest MB (extract.ts, and read-document.ts for the
// review screen), so the sentence contradicts itself. The referential import rounds up for this
// very reason (import-referential-files.ts tooLargeProblem).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('gives a size above the limit for a CV just over 20 MB, in French and in English', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cv-large-')), 'cv-scanne.pdf');
  writeFileSync(file, '%PDF-1.7\n');
  truncateSync(file, 20 * 1024 * 1024 + 300 * 1024); // sparse: 20.3 MB by its size
  const { CV_UI_LANG: _ui, LC_ALL: _all, ...environment } = process.env;
  for (const [lang, expected] of [
    ['fr_FR.UTF-8', /trop volumineux \(21 Mo, maximum 20 Mo\)/],
    ['en_GB.UTF-8', /too large \(21 MB, at most 20 MB\)/],
  ] as const) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', file], {
      encoding: 'utf8',
      env: { ...environment, LANG: lang },
      timeout: 60_000,
    });
    expect(result.status, lang).toBe(1);
    expect(result.stdout, lang).toBe('');
    expect(result.stderr, lang).toMatch(expected);
  }
}, 60_000);
