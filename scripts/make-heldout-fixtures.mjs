#!/usr/bin/env node
// Prints every test/fixtures/cv-heldout/src/<id>.html to test/fixtures/cv-heldout/<id>.pdf with headless Chromium,
// exactly as scripts/make-fixtures.mjs does for the development corpus (same flags, same timestamp/ID overwrite),
// so the blind held-out CVs are read under the same conditions and a rebuild is byte-identical.
// Usage: node scripts/make-heldout-fixtures.mjs [id ...]   (no id: all of them)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtureDir = join(root, 'test/fixtures/cv-heldout');
const sourceDir = join(fixtureDir, 'src');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';

const wanted = process.argv.slice(2);
const ids = readdirSync(sourceDir)
  .filter((name) => name.endsWith('.html'))
  .map((name) => basename(name, '.html'))
  .filter((id) => wanted.length === 0 || wanted.includes(id))
  .sort();
if (wanted.length > 0 && ids.length !== wanted.length) {
  console.error(`Unknown fixture id among: ${wanted.join(', ')}`);
  process.exit(1);
}

/** Replace the variable parts of a Skia PDF in place, keeping every byte offset. */
function stabilise(pdf) {
  let text = pdf.toString('latin1');
  // Same length on purpose: D:YYYYMMDDhhmmss becomes a fixed stamp.
  text = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_match, key) => `/${key} (D:20260101000000`);
  text = text.replace(/\/ID \[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\]/g, (_match, first, second) =>
    `/ID [<${'0'.repeat(first.length)}> <${'0'.repeat(second.length)}>]`);
  return Buffer.from(text, 'latin1');
}

const profile = mkdtempSync(join(tmpdir(), 'make-heldout-fixtures-'));
try {
  for (const id of ids) {
    const input = join(sourceDir, `${id}.html`);
    const output = join(fixtureDir, `${id}.pdf`);
    execFileSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
      `--user-data-dir=${profile}`, '--no-first-run', '--disable-extensions',
      `--print-to-pdf=${output}`, pathToFileURL(input).href,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    const before = readFileSync(output);
    const after = stabilise(before);
    if (after.length !== before.length) throw new Error(`${id}: stabilising changed the PDF length`);
    writeFileSync(output, after);
    console.log(`${id}.pdf`);
  }
} finally {
  rmSync(profile, { recursive: true, force: true });
}
