import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../lib/pipeline/extract-profile';
import { loadStarterReferential, starterPackPath } from '../../lib/taxonomy/starter-pack';

// The CLI as users run it, in a child process: stdout must hold the JSON and nothing else.
function extract(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'fr_FR.UTF-8' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const gold = (id: string) => JSON.parse(readFileSync(`test/fixtures/cv/gold/${id}.json`, 'utf8')) as { fields: Record<string, string> };

describe('npm run extract', () => {
  it.each(['fr-cariste-sidebar-left', 'en-care-assistant', 'fr-electricien-europass'])('prints the contract JSON for %s', (id) => {
    const { status, stdout } = extract(`test/fixtures/cv/${id}.pdf`);
    expect(status).toBe(0);
    const profile = JSON.parse(stdout);
    const expected = gold(id).fields;
    expect(profile.source).toMatchObject({ file: `${id}.pdf`, kind: 'pdf-text' });
    expect(profile.fields.email.value).toBe(expected.email);
    expect(profile.fields.phone.value).toBe(expected.phone);
    expect(profile.fields.firstName.value.toLowerCase()).toBe(expected.firstName!.toLowerCase());
    expect(profile.fields.lastName.value.toLowerCase()).toBe(expected.lastName!.toLowerCase());
    expect(profile.fields.email.evidence.text).toContain(expected.email);
    expect(profile.fields.email.confidence).toBeGreaterThan(0);
    expect(profile.fields.email.confidence).toBeLessThanOrEqual(1);
    for (const key of ['skills', 'occupations', 'experiences', 'education', 'languages', 'drivingLicences', 'certifications', 'warnings']) {
      expect(Array.isArray(profile[key]), key).toBe(true);
    }
    expect(profile.timings.totalMs).toBeGreaterThan(0);
  });

  it('fails with one clear sentence and no output on a file that is not a CV document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cv-cli-'));
    const cases: [string, Uint8Array, RegExp][] = [
      ['vide.pdf', new Uint8Array(), /vide/],
      ['tronque.pdf', readFileSync('test/fixtures/cv/fr-cariste-sidebar-left.pdf').subarray(0, 900), /endommagé|aucun texte/i],
      ['binaire.pdf', new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), /pas pris en charge/],
    ];
    for (const [name, bytes, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const started = Date.now();
      const { status, stdout, stderr } = extract(file);
      expect(status, name).not.toBe(0);
      expect(stdout, name).toBe('');
      expect(stderr.trim().split('\n'), name).toHaveLength(1);
      expect(stderr, name).toMatch(message);
      expect(Date.now() - started, name).toBeLessThan(10_000);
    }
  });

  // The engine runs in a worker thread the command can end (lib/cli/extract-worker.ts); what it
  // prints must be what the engine returns, byte for byte, timings aside.
  it('prints exactly the engine\'s profile, compact and with --pretty', async () => {
    const file = 'test/fixtures/cv/fr-electricien-europass.pdf';
    const profile = await extractProfile(new Uint8Array(readFileSync(file)), {
      fileName: 'fr-electricien-europass.pdf',
      referential: await loadStarterReferential(),
      referenceDate: new Date('2026-01-15'),
    });
    const withoutTimings = (json: string) => json.replace(/"timings":\s*\{[^}]*\}/, '"timings"');
    for (const pretty of [false, true]) {
      const { status, stdout, stderr } = extract(file, '--reference-date', '2026-01-15', ...(pretty ? ['--pretty'] : []));
      expect(status, stderr).toBe(0);
      expect(withoutTimings(stdout)).toBe(withoutTimings(`${JSON.stringify(profile, null, pretty ? 2 : undefined)}\n`));
    }
  }, 60_000);

  it('runs under the tsx command as `npm run extract` starts it: the worker gets the loader too', () => {
    const bin = resolve('node_modules/.bin');
    const result = spawnSync(join(bin, 'tsx'), ['lib/cli/extract.ts', 'test/fixtures/cv/en-care-assistant.pdf'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'fr_FR.UTF-8', PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).fields.email.value).toBe(gold('en-care-assistant').fields.email);
  }, 60_000);

  it('says so when the file does not exist', () => {
    const { status, stdout, stderr } = extract('test/fixtures/cv/absent.pdf');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Impossible d'ouvrir/);
  });

  it('explains a --taxonomy that is missing, not a referential, or a damaged pack, without reading the CV', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'cli-taxonomy-'));
    const damaged = join(directory, 'cut.pack');
    const starterPack = await starterPackPath();
    writeFileSync(damaged, readFileSync(starterPack).subarray(0, 400_000));
    const cv = 'test/fixtures/cv/fr-cariste-sidebar-left.pdf';
    for (const [taxonomy, message] of [
      [join(directory, 'absent.pack'), /Référentiel introuvable/],
      ['README.md', /n'est ni un référentiel compilé/],
      [directory, /n'est ni un référentiel compilé/],
      [damaged, /ne peut pas être chargé.*damaged.*rebuild/],
    ] as const) {
      const { status, stdout, stderr } = extract(cv, '--taxonomy', taxonomy);
      expect(status, taxonomy).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
    // A good pack file is read.
    const { status, stdout } = extract(cv, '--taxonomy', starterPack);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).occupations[0].label).toMatch(/cariste/i);
  }, 120_000);

  it('names the CSV file of a --taxonomy folder that gives nothing, and reads one saved in Windows-1252', () => {
    const cv = 'test/fixtures/cv/fr-cariste-sidebar-left.pdf';
    const unusable = mkdtempSync(join(tmpdir(), 'cli-taxonomy-csv-'));
    writeFileSync(join(unusable, 'skills_fr.csv'), 'nom;prénom;ville\nDupont;Marie;Lille\n');
    const refused = extract(cv, '--taxonomy', unusable);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/skills_fr\.csv n’a pas les colonnes attendues \(conceptUri, preferredLabel\)/);

    // Excel's French CSV: semicolons, Windows-1252; beside it an empty file, which is named and left out.
    const excel = mkdtempSync(join(tmpdir(), 'cli-taxonomy-excel-'));
    const occupations = 'conceptUri;preferredLabel;altLabels\nhttp://data.europa.eu/esco/occupation/test-cariste;cariste (chariot élévateur);"conducteur de chariot élévateur\nconductrice de chariot élévateur"\n';
    writeFileSync(join(excel, 'occupations_fr.csv'), Buffer.from(occupations, 'latin1'));
    writeFileSync(join(excel, 'skills_fr.csv'), '');
    const read = extract(cv, '--taxonomy', excel);
    expect(read.status).toBe(0);
    expect(read.stderr).toMatch(/Fichiers laissés de côté : skills_fr\.csv est vide\./);
    expect(JSON.parse(read.stdout).occupations[0]).toMatchObject({ id: 'http://data.europa.eu/esco/occupation/test-cariste', label: 'cariste (chariot élévateur)' });
  }, 120_000);
});
