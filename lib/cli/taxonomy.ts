// Referential packs, from the command line:
//   taxonomy build --esco DIR [--rome DIR] [--crosswalk FILE] [--lang fr,en] --out FILE
//       compile official CSVs into one pack the CLI (--taxonomy FILE) and the extension load fast;
//   taxonomy starter [--esco DIR] [--out FILE]
//       compile the built-in starter pack (starter-pack.ts) from the official ESCO files; without
//       --out, into the cache the CLI, the tests and the extension build read;
//   taxonomy info FILE|DIR
//       print what a pack or folder holds and how long it takes to load.
// Messages go to standard error; `info` prints JSON on standard output.

import { stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../types';
import { loadReferentialFromPath, readReferentialCsvFiles, referentialCsvNames, referentialPathProblem } from '../taxonomy/load-referential-node';
import { draftFromFiles } from '../taxonomy/import-referential-files';
import { packReferential } from '../taxonomy/referential-pack';
import { buildReferential, LANGUAGES, type ReferentialDraft } from '../taxonomy/referential';
import { buildStarterPack, DEFAULT_ESCO_DIR, starterPackPath } from '../taxonomy/starter-pack';
import { cliErrorMessage, cliUiLanguage, languageArgument, missingFolderMessage, referentialPathMessage, reportIgnoredFiles } from './ui-language';

const USAGE = `Usage:
  taxonomy build --esco DIR [--rome DIR] [--crosswalk FILE] [--lang fr,en] --out FILE
  taxonomy starter [--esco DIR] [--out FILE]
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
  const languages = values.lang ? (values.lang.split(',').map((language) => languageArgument(language)) as Language[]) : undefined;
  const unknown = languages?.find((language) => !LANGUAGES.includes(language));
  if (unknown !== undefined) throw new UsageError(`--lang takes fr, en or "fr,en", not "${unknown}"`);
  const options = { ...(languages ? { languages } : {}), onIgnoredFiles: reportIgnoredFiles };

  if (command === 'build') {
    // A file given by --esco, --rome or --crosswalk is of that kind whatever its name.
    const sources = (['esco', 'rome', 'crosswalk'] as const).flatMap((kind) => (values[kind] ? [{ path: values[kind], kind, option: `--${kind}` }] : []));
    if (sources.length === 0 || !values.out) throw new UsageError('build needs --esco and/or --rome, and --out');
    // Every path is checked before the long import, the output folder too.
    for (const { path, option } of sources) {
      const problem = await sourcePathProblem(path);
      if (problem) throw new PathError(referentialPathMessage(cliUiLanguage(), path, problem, option));
    }
    const outFolder = dirname(resolve(values.out));
    if (!(await stat(outFolder).catch(() => null))?.isDirectory()) throw new PathError(missingFolderMessage(cliUiLanguage(), outFolder, '--out'));
    const started = performance.now();
    const draft = draftFromFiles(await readReferentialCsvFiles(sources), options);
    await writePack(draft, values.out);
    console.error(`Built ${values.out} in ${Math.round(performance.now() - started)} ms.`);
    return;
  }
  if (command === 'starter') {
    // Without --out, the cached pack the CLI, the tests and the extension build use (starter-pack.ts).
    const esco = values.esco ?? DEFAULT_ESCO_DIR;
    if (!values.out) {
      console.error(`Starter pack: ${await starterPackPath(esco)}`);
      return;
    }
    const { pack, concepts, missing } = await buildStarterPack(esco);
    if (missing.length > 0) console.error(`Not in this ESCO: ${missing.join(', ')}`);
    await writeFile(values.out, pack);
    console.error(`Wrote ${concepts} concepts to ${values.out}.`);
    return;
  }
  if (command === 'info') {
    const path = positionals[1];
    if (!path) throw new UsageError('info needs a pack file or a folder');
    const problem = await referentialPathProblem(path);
    if (problem) throw new PathError(referentialPathMessage(cliUiLanguage(), path, problem, 'taxonomy info'));
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

/** Why a path given to build cannot be read: missing, or a folder without a referential file.
 *  A file is taken as given (its kind comes from the option). */
async function sourcePathProblem(path: string): Promise<'missing' | 'not-referential' | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return 'missing';
  return info.isDirectory() && (await referentialCsvNames(path)).length === 0 ? 'not-referential' : null;
}

class UsageError extends Error {}
/** A path that cannot be used: its sentence says it all, without the usage. */
class PathError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = cliErrorMessage(error);
  console.error(error instanceof UsageError ? `${message}\n${USAGE}` : message);
  process.exit(error instanceof UsageError ? 2 : 1);
});
