import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docBytes, FRENCH_DOC_CV } from '../read-in-the-wild/doc-cvs';
import { WORD_PAGE, windows1252 } from '../read-in-the-wild/html-cvs';
import { rtfBytes, WORD_CV } from '../read-in-the-wild/rtf-cvs';

// `npm run extract`, as users run it, on the same CV saved by Word as RTF, as a Word 97–2003 .doc
// and as a "Page Web" (.htm, Windows-1252): the profile comes out of the page header, the heading
// styles and the experience table, as it would from the .docx, and the hidden keywords never reach it.

const FORMATS = [
  { name: 'an RTF CV', file: 'CV Claire Moreau.rtf', kind: 'rtf', bytes: () => rtfBytes(WORD_CV), hidden: ['cadre de santé'] },
  { name: 'a .doc CV', file: 'CV Claire Moreau.doc', kind: 'doc', bytes: () => docBytes(FRENCH_DOC_CV), hidden: ['cadre de santé'] },
  {
    name: 'a web-page CV',
    file: 'CV Claire Moreau.htm',
    kind: 'html',
    bytes: () => windows1252(WORD_PAGE),
    hidden: ['cadre de santé', 'réanimation', 'bloc opératoire', 'management'],
  },
];

describe.each(FORMATS)('npm run extract on $name', ({ file: fileName, kind, bytes, hidden }) => {
  it('prints the profile: name, e-mail, phone and both experiences; the hidden keywords never reach it', () => {
    const file = join(mkdtempSync(join(tmpdir(), `cv-cli-${kind}-`)), fileName);
    writeFileSync(file, bytes());
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', file, '--reference-date', '2026-01-15'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'fr_FR.UTF-8' },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const profile = JSON.parse(result.stdout);
    expect(profile.source).toMatchObject({ file: fileName, kind, language: 'fr' });
    expect(profile.fields.firstName.value).toBe('Claire');
    expect(profile.fields.lastName.value.toLowerCase()).toBe('moreau');
    expect(profile.fields.email.value).toBe('claire.moreau44@orange.fr');
    expect(profile.fields.phone.value).toBe('+33781234567');
    expect(profile.experiences.map((experience: Record<string, unknown>) => [experience.title, experience.employer, experience.start, experience.end])).toEqual([
      ['Aide-soignante', 'EHPAD Les Tilleuls', '2020', 'present'],
      ['Agent de service hospitalier', 'CHU de Nantes', '2015', '2020'],
    ]);
    for (const word of hidden) expect(result.stdout).not.toContain(word);
  }, 60_000);
});
