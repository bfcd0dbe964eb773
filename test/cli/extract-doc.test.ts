import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docBytes, FRENCH_DOC_CV } from '../read-in-the-wild/doc-cvs';

// `npm run extract` on a CV saved by Word 2003 as .doc, as users run it: the profile comes out of
// the page header, the bold headings and the experience table, as it would from the same .docx.

describe('npm run extract on a .doc CV', () => {
  it('prints the profile: name, e-mail, phone and both experiences', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cv-cli-doc-')), 'CV Claire Moreau.doc');
    writeFileSync(file, docBytes(FRENCH_DOC_CV));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', file, '--reference-date', '2026-01-15'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'fr_FR.UTF-8' },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const profile = JSON.parse(result.stdout);
    expect(profile.source).toMatchObject({ file: 'CV Claire Moreau.doc', kind: 'doc', language: 'fr' });
    expect(profile.fields.firstName.value).toBe('Claire');
    expect(profile.fields.lastName.value.toLowerCase()).toBe('moreau');
    expect(profile.fields.email.value).toBe('claire.moreau44@orange.fr');
    expect(profile.fields.phone.value).toBe('+33781234567');
    expect(profile.experiences.map((experience: Record<string, unknown>) => [experience.title, experience.employer, experience.start, experience.end])).toEqual([
      ['Aide-soignante', 'EHPAD Les Tilleuls', '2020', 'present'],
      ['Agent de service hospitalier', 'CHU de Nantes', '2015', '2020'],
    ]);
    // The hidden keywords never reach the profile.
    expect(result.stdout).not.toContain('cadre de santé');
  }, 60_000);
});
