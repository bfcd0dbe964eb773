// Referential packs, from the command line:
//   taxonomy build --esco DIR [--rome DIR] [--crosswalk FILE] [--lang fr,en] --out FILE
//       compile official CSVs into one pack the CLI (--taxonomy FILE) and the extension load fast;
//   taxonomy starter --esco DIR [--out lib/taxonomy/starter-pack.bin]
//       rebuild the built-in starter pack from the hand-picked selection (starter-selection.ts);
//   taxonomy info FILE|DIR
//       print what a pack or folder holds and how long it takes to load.
// Messages go to standard error; `info` prints JSON on standard output.

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../types';
import { loadReferentialFromPath, readDraftFromFolders, readReferentialCsvFiles } from '../taxonomy/load-referential-node';
import { draftFromFiles } from '../taxonomy/import-referential-files';
import { packReferential } from '../taxonomy/referential-pack';
import { buildReferential, type ReferentialDraft } from '../taxonomy/referential';
import { SKILL_ALIASES, SKILL_PHRASES } from '../taxonomy/skill-aliases';
import { TRADE_PHRASES } from '../taxonomy/cv-phrases';
import { STARTER_OCCUPATIONS, STARTER_SKILLS } from '../taxonomy/starter-selection';

const USAGE = `Usage:
  taxonomy build --esco DIR [--rome DIR] [--crosswalk FILE] [--lang fr,en] --out FILE
  taxonomy starter --esco DIR [--out FILE]
  taxonomy info FILE|DIR`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      esco: { type: 'string' },
      rome: { type: 'string' },
      crosswalk: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const command = positionals[0];
  const languages = values.lang ? (values.lang.split(',').map((l) => l.trim()) as Language[]) : undefined;
  const options = languages ? { languages } : {};

  if (command === 'build') {
    const sources = [values.esco, values.rome, values.crosswalk].filter((path): path is string => !!path);
    if (sources.length === 0 || !values.out) throw new UsageError('build needs --esco and/or --rome, and --out');
    const started = performance.now();
    const draft = draftFromFiles(await readReferentialCsvFiles(sources), options);
    await writePack(draft, values.out);
    console.error(`Built ${values.out} in ${Math.round(performance.now() - started)} ms.`);
    return;
  }
  if (command === 'starter') {
    if (!values.esco) throw new UsageError('starter needs --esco DIR (the official ESCO CSV folder)');
    const out = values.out ?? resolve(import.meta.dirname, '../taxonomy/starter-pack.bin');
    const full = await readDraftFromFolders([values.esco], options);
    const wanted = new Set([
      ...STARTER_SKILLS,
      ...STARTER_OCCUPATIONS,
      ...[...SKILL_ALIASES, ...SKILL_PHRASES, ...TRADE_PHRASES].map((alias) => alias.id),
    ]);
    const selection: ReferentialDraft = {
      ...full,
      sources: full.sources.map((source) => (source.scheme === 'esco' ? { ...source, version: `${source.version} (starter selection)` } : source)),
      // Every occupation: a job title must link out of the box, whatever the trade (they are a
      // fraction of the labels); skills only for the hand-picked selection and the curated aliases.
      concepts: full.concepts.filter((concept) => concept.kind === 'occupation' || wanted.has(concept.id)),
      relatedSkills: new Map([...full.relatedSkills].filter(([occupation]) => wanted.has(occupation))),
    };
    const missing = [...wanted].filter((id) => !selection.concepts.some((concept) => concept.id === id));
    if (missing.length > 0) console.error(`Not in this ESCO: ${missing.join(', ')}`);
    await writePack(selection, out);
    console.error(`Wrote ${selection.concepts.length} concepts to ${out}.`);
    return;
  }
  if (command === 'info') {
    const path = positionals[1];
    if (!path) throw new UsageError('info needs a pack file or a folder');
    const started = performance.now();
    const referential = await loadReferentialFromPath(path, options);
    const loadMs = Math.round(performance.now() - started);
    const count = (kind: string, scheme: string) =>
      referential.concepts.filter((concept) => concept.kind === kind && concept.scheme === scheme).length;
    console.log(
      JSON.stringify({
        sources: referential.sources,
        concepts: {
          escoSkills: count('skill', 'esco'),
          escoOccupations: count('occupation', 'esco'),
          romeSkills: count('skill', 'rome'),
          romeOccupations: count('occupation', 'rome'),
        },
        labels: referential.labels.text.length,
        keys: referential.vocabulary.length,
        loadMs,
      }),
    );
    return;
  }
  throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
}

async function writePack(draft: ReferentialDraft, out: string): Promise<void> {
  await writeFile(out, packReferential(buildReferential(draft)));
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof UsageError ? `${message}\n${USAGE}` : message);
  process.exit(error instanceof UsageError ? 2 : 1);
});
