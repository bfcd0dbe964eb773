// Every hostile or broken file of test/fixtures/hostile/ through the command line, as a user runs
// it: bad input ends fast with one French line on stderr and nothing on stdout; odd but readable
// input succeeds, with a warning where the counsellor must be told; nothing in a file ever runs.
// The fixtures are made by scripts/make-hostile-fixtures.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { extractProfile } from '../../lib/pipeline/extract-profile';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import type { CvProfile } from '../../lib/types';

const HOSTILE = 'test/fixtures/hostile';
/** The contract's budget for refusing bad input, start of the process included. */
const ERROR_BUDGET_MS = 10_000;
/** OCR of one page on a busy 2-core runner; only for files that must be read by OCR. */
const OCR_BUDGET_MS = 60_000;
const CLI = ['--import', 'tsx', 'lib/cli/extract.ts'];
const ENV = { ...process.env, LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8', CV_UI_LANG: 'fr' };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function extract(file: string): Run {
  const started = Date.now();
  const result = spawnSync(process.execPath, [...CLI, file], { encoding: 'utf8', env: ENV, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

/** The same, without blocking this process, so that a local server can answer the child meanwhile. */
function extractAsync(file: string): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, file], { env: ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (status) => {
      clearTimeout(killer);
      resolve({ status, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Words of the catalogue's "what to do" half: a message that only says what is wrong fails. */
const WHAT_TO_DO = /\b(choisissez|enregistrez|exportez|réduisez|utilisez|réessayez|vérifiez|déposez|saisissez)\b/i;

function expectRefusal(name: string, run: Run, message: RegExp, budgetMs = ERROR_BUDGET_MS): void {
  expect(run.status, `${name}: exit status (stderr: ${run.stderr})`).not.toBe(0);
  expect(run.status, `${name}: killed instead of exiting`).not.toBeNull();
  expect(run.stdout, `${name}: stdout must stay empty`).toBe('');
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines, `${name}: one line on stderr`).toHaveLength(1);
  const line = lines[0]!;
  expect(line, `${name}: the message`).toMatch(message);
  expect(line, `${name}: says what to do`).toMatch(WHAT_TO_DO);
  // A sentence for a person: no stack, no error class, no English technical detail.
  expect(line).not.toMatch(/\b(Error|Exception|at \S+ \(|undefined|null|NaN)\b|[{}]/);
  expect(run.ms, `${name}: took ${run.ms} ms`).toBeLessThan(budgetMs);
}

function expectProfile(name: string, run: Run): CvProfile {
  expect(run.status, `${name}: exit status (stderr: ${run.stderr})`).toBe(0);
  expect(run.stdout.trim().split('\n'), `${name}: one JSON line`).toHaveLength(1);
  return JSON.parse(run.stdout) as CvProfile;
}

const warningCodes = (profile: CvProfile) => profile.warnings.map((warning) => warning.code);

/** Every string of a profile, keys included: what the review screen and the form will receive. */
function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      allStrings(item, out);
    }
  }
  return out;
}

/** Bidirectional embedding, override and isolate controls: they make shown text differ from stored text. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

describe('refused with one French sentence, fast, nothing on stdout', () => {
  const cases: [file: string, message: RegExp][] = [
    ['empty.pdf', /vide/],
    ['encrypted-user-password.pdf', /mot de passe/],
    ['truncated.pdf', /endommagé ou incomplet/],
    ['page-tree-loop.pdf', /endommagé ou incomplet/],
    ['huge-150-megapixels.png', /image est trop grande/],
    ['huge-dimensions.jpg', /image est trop grande/],
    ['junk-zip.docx', /pas pris en charge|endommagé/],
    // Inflating 120 MB to read a CV is refused, whatever the zip headers claim.
    ['zip-bomb.docx', /endommagé|trop volumineux/],
    ['zip-bomb-lying-size.docx', /endommagé|trop volumineux/],
    // A blank 150-megapixel scan: nothing to read, and no time spent decoding every pixel of it.
    ['scan-150-megapixels.pdf', /trop grande|aucun texte/i],
    // Compressed streams that decode to hundreds of megabytes: plain Flate, Flate applied twice
    // (each layer looks harmless on its own) and LZW. Found before pdf.js decodes them.
    ['stream-bomb.pdf', /endommagé ou incomplet/],
    ['stream-bomb-double-flate.pdf', /endommagé ou incomplet/],
    ['stream-bomb-lzw.pdf', /endommagé ou incomplet/],
  ];
  it.each(cases)('%s', (file, message) => {
    expectRefusal(file, extract(`${HOSTILE}/${file}`), message);
  }, 130_000);
});

describe('odd but readable files are read', () => {
  it('a PDF protected only by an owner password (copy and print restrictions) reads like any other', () => {
    const profile = expectProfile('encrypted-owner-only.pdf', extract(`${HOSTILE}/encrypted-owner-only.pdf`));
    expect(profile.source.kind).toBe('pdf-text');
    expect(profile.fields.email?.value).toBe('nadia.benali@example.fr');
    expect(profile.fields.lastName?.value.toUpperCase()).toBe('BENALI');
  }, 130_000);

  it('a PNG saved under a .pdf name is read as the image it is', () => {
    const run = extract(`${HOSTILE}/png-renamed.pdf`);
    const profile = expectProfile('png-renamed.pdf', run);
    expect(profile.source.kind).toBe('image-ocr');
    expect(profile.fields.lastName?.value.toUpperCase()).toBe('MARCHAND');
    expect(profile.fields.phone?.value).toBe('+33645781290');
    expect(run.ms).toBeLessThan(OCR_BUDGET_MS);
  }, 130_000);

  it.each(['garbage-text-layer-pua.pdf', 'garbage-text-layer-random.pdf'])('%s: a text layer of junk is not trusted; the page is read by OCR', (file) => {
    const run = extract(`${HOSTILE}/${file}`);
    const profile = expectProfile(file, run);
    expect(profile.source.kind).toBe('pdf-ocr');
    expect(profile.fields.lastName?.value.toUpperCase()).toBe('HADDAD');
    expect(profile.fields.phone?.value).toBe('+33781223344');
    // Nothing of the scrambled text layer leaks into the profile.
    for (const text of allStrings(profile)) expect(text).not.toMatch(/[\uE000-\uF8FF]/);
    expect(run.ms).toBeLessThan(OCR_BUDGET_MS);
  }, 130_000);

  it('a 60-page PDF: the CV on page 1 is read, the rest is cut with a pages-truncated warning', () => {
    const run = extract(`${HOSTILE}/long-60-pages.pdf`);
    const profile = expectProfile('long-60-pages.pdf', run);
    expect(warningCodes(profile)).toContain('pages-truncated');
    expect(profile.source.pages).toBeLessThan(60);
    expect(profile.fields.email?.value).toBe('nadia.benali@example.fr');
    expect(profile.fields.lastName?.value.toUpperCase()).toBe('BENALI');
    expect(run.ms).toBeLessThan(ERROR_BUDGET_MS * 2);
  }, 130_000);

  it('an invoice is refused as not a CV (CONTRACT: bad input), with what it looks like and what to do', () => {
    expectRefusal('invoice-not-a-cv.pdf', extract(`${HOSTILE}/invoice-not-a-cv.pdf`), /ne ressemble pas à un CV.*facture/);
  }, 130_000);

});

describe('the command line never stalls', () => {
  // A font's Unicode map declaring a range of 12 million codes: pdf.js builds the table in one
  // synchronous run (about 35–65 s here), where no timer of its thread can fire. The command's
  // engine runs in a worker thread that is terminated once the text layer outlasts its budget.
  // Each page of the text layer has its own budget, so the stuck first page ends the run within
  // the contract's 10 s for bad input, start-up included.
  it('font-cmap-stall.pdf: stopped within the 10 s the contract allows, with the timeout sentence', () => {
    const run = extract(`${HOSTILE}/font-cmap-stall.pdf`);
    expectRefusal('font-cmap-stall.pdf', run, /trop de temps/);
  }, 130_000);
});

describe('nothing in a file is ever run', () => {
  it('JavaScript, /Launch, javascript: and remote actions in a PDF are ignored: the CV is read, nothing is fetched', async () => {
    // The fixture's scripts and links all point at 127.0.0.1:47913.
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(47913, '127.0.0.1', () => resolve());
    });
    try {
      expect((server.address() as AddressInfo).port).toBe(47913);
      const run = await extractAsync(`${HOSTILE}/javascript-actions.pdf`);
      const profile = expectProfile('javascript-actions.pdf', run);
      expect(profile.source.kind).toBe('pdf-text');
      expect(profile.fields.email?.value).toBe('karim.haddad@example.fr');
      expect(profile.fields.lastName?.value.toUpperCase()).toBe('HADDAD');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 130_000);

  it('in-process, the document scripts leave no trace in the JavaScript realm', async () => {
    const bytes = new Uint8Array(readFileSync(`${HOSTILE}/javascript-actions.pdf`));
    const profile = await extractProfile(bytes, { fileName: 'javascript-actions.pdf', referential: await loadStarterReferential() });
    expect(profile.fields.email?.value).toBe('karim.haddad@example.fr');
    expect((globalThis as Record<string, unknown>).__cvPwned).toBeUndefined();
  }, 60_000);
});

describe('markup, templates and overrides in a CV come back as plain text', () => {
  // Payloads exactly as written in the CV: the engine returns text, escaping is the review screen's job.
  const TITLE = 'Cariste <script>alert("titre")</script>';
  const EXPERIENCE = 'Cariste <script>alert(document.cookie)</script>';
  const EMPLOYER = "Entrepôt {{constructor.constructor('alert(1)')()}}";
  const SKILL_LINE = 'Conduite de chariots élévateurs <img src=x onerror=alert(6)>';

  it('injection-cv.pdf: read, every payload verbatim, none escaped or evaluated', () => {
    const profile = expectProfile('injection-cv.pdf', extract(`${HOSTILE}/injection-cv.pdf`));
    expect(profile.fields.email?.value).toBe('camille.durand@example.fr');
    expect(profile.fields.phone?.value).toBe('+33698765432');
    // The name line ends with markup; the person's name is still found and the line kept as written.
    expect(profile.fields.firstName?.value).toBe('Camille');
    expect(profile.fields.lastName?.value.toUpperCase()).toMatch(/^DURAND/);
    expect(profile.fields.lastName?.evidence.text).toContain('DURAND<img src=x onerror=alert(1)>');
    expect(profile.fields.jobTitle?.value).toBe(TITLE);
    expect(profile.experiences.map((experience) => experience.title)).toContain(EXPERIENCE);
    expect(profile.experiences.map((experience) => experience.employer)).toContain(EMPLOYER);
    // The skill is read from the words before the markup; its evidence is that exact snippet, and the
    // tag itself ("img") is no skill.
    const forklift = profile.skills.find((skill) => SKILL_LINE.startsWith(skill.evidence.text) && /chariot/i.test(skill.evidence.text));
    expect(forklift?.evidence.text).toBe('Conduite de chariots élévateurs');
    expect(profile.skills.every((skill) => !/<|script|onerror/i.test(skill.evidence.text))).toBe(true);
    const strings = allStrings(profile);
    // Not pre-escaped (the UI would show "&lt;" to the counsellor), not templated ("49").
    for (const text of strings) expect(text).not.toMatch(/&(lt|gt|amp|quot|#\d+);/);
    // Template syntax is never evaluated: no "Gestion des stocks 49" anywhere. (Skill evidence is
    // the matched phrase, so the template itself need not appear in a value.)
    expect(strings.join('\n')).not.toMatch(/stocks\s+49|\b49\s+49\b/);
  }, 130_000);

  it.each(['injection-cv.docx', 'injection-cv.txt', 'injection-bidi.pdf'])('%s: read; no bidirectional override reaches a value or its evidence', (file) => {
    const profile = expectProfile(file, extract(`${HOSTILE}/${file}`));
    expect(profile.fields.email?.value).toMatch(/^(camille\.durand|karim\.haddad)@example\.fr$/);
    for (const text of allStrings(profile)) expect(text, JSON.stringify(text)).not.toMatch(BIDI_CONTROLS);
    if (file !== 'injection-bidi.pdf') {
      expect(profile.fields.jobTitle?.value).toBe(TITLE);
      expect(profile.experiences.map((experience) => experience.employer)).toContain(EMPLOYER);
    }
  }, 130_000);

  it('in-process: prototype keys and templates as CV text pollute nothing and run nothing', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const referential = await loadStarterReferential();
    for (const file of ['injection-cv.pdf', 'injection-cv.txt']) {
      const bytes = new Uint8Array(readFileSync(`${HOSTILE}/${file}`));
      const profile = await extractProfile(bytes, { fileName: file, referential });
      expect(profile.fields.email?.value).toBe('camille.durand@example.fr');
      // Prototype-named skills are text like any other, not lookups that return functions.
      for (const text of allStrings(profile)) expect(typeof text).toBe('string');
      expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((globalThis as Record<string, unknown>).alert).toBeUndefined();
  }, 60_000);
});

describe('in-process, bad input throws a CvError the surfaces can describe', () => {
  it.each([
    ['empty.pdf', 'empty-file'],
    ['encrypted-user-password.pdf', 'encrypted-pdf'],
    ['truncated.pdf', 'corrupt-file'],
    ['huge-150-megapixels.png', 'image-too-large'],
    ['huge-dimensions.jpg', 'image-too-large'],
    ['stream-bomb.pdf', 'corrupt-file'],
    ['stream-bomb-double-flate.pdf', 'corrupt-file'],
    ['stream-bomb-lzw.pdf', 'corrupt-file'],
  ])('%s -> %s', async (file, code) => {
    const bytes = new Uint8Array(readFileSync(`${HOSTILE}/${file}`));
    const referential = await loadStarterReferential();
    const started = Date.now();
    const error = await extractProfile(bytes, { fileName: file, referential }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toBe(code);
    expect(Date.now() - started).toBeLessThan(ERROR_BUDGET_MS);
  }, 60_000);
});
