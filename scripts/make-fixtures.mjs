#!/usr/bin/env node
// Prints every <folder>/src/<id>.html to <folder>/<id>.pdf with headless Chromium (folder: test/fixtures/cv,
// or test/fixtures/cv-heldout with --heldout, so both corpora are printed under the same conditions).
// Chromium stamps each PDF with the print time (and some builds with a document ID); these are overwritten with
// fixed bytes of the same length so the xref offsets stay valid and a rerun gives identical files.
// Usage: node scripts/make-fixtures.mjs [--heldout] [id ...]   (no id: all of them)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fixtureDir = join(root, args.includes('--heldout') ? 'test/fixtures/cv-heldout' : 'test/fixtures/cv');
const sourceDir = join(fixtureDir, 'src');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';

const wanted = args.filter((arg) => arg !== '--heldout');
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

const profile = mkdtempSync(join(tmpdir(), 'make-fixtures-'));
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
