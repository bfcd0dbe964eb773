import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_PAGE, windows1252 } from '../read-in-the-wild/html-cvs';

// `npm run extract` on a CV Word saved as "Page Web" (.htm, Windows-1252), as users run it: the
// profile comes out of the heading styles and the experience table, as it would from the .docx.

describe('npm run extract on a web-page CV', () => {
  it('prints the profile: name, e-mail, phone and both experiences; the hidden keywords never reach it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cv-cli-html-')), 'CV Claire Moreau.htm');
    writeFileSync(file, windows1252(WORD_PAGE));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', file, '--reference-date', '2026-01-15'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'fr_FR.UTF-8' },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const profile = JSON.parse(result.stdout);
    expect(profile.source).toMatchObject({ file: 'CV Claire Moreau.htm', kind: 'html', language: 'fr' });
    expect(profile.fields.firstName.value).toBe('Claire');
    expect(profile.fields.lastName.value.toLowerCase()).toBe('moreau');
    expect(profile.fields.email.value).toBe('claire.moreau44@orange.fr');
    expect(profile.fields.phone.value).toBe('+33781234567');
    expect(profile.experiences.map((experience: Record<string, unknown>) => [experience.title, experience.employer, experience.start, experience.end])).toEqual([
      ['Aide-soignante', 'EHPAD Les Tilleuls', '2020', 'present'],
      ['Agent de service hospitalier', 'CHU de Nantes', '2015', '2020'],
    ]);
    for (const hidden of ['cadre de santé', 'réanimation', 'bloc opératoire', 'management']) expect(result.stdout).not.toContain(hidden);
  }, 60_000);
});
