// Node only: load a referential from a path — a compiled pack file, or a folder of official CSVs
// (ESCO export, ROME 4.0 open-data files, the ESCO<->ROME crosswalk; any combination).

import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Language } from '../types';
import type { ReferentialFileProblem } from '../errors';
import { decodeCsvBytes } from './decode-csv-bytes';
import type { CsvFile } from './import-esco-csv';
import { draftFromFiles, isReferentialFile, tooLargeProblem } from './import-referential-files';
import { isReferentialPack, unpackReferential } from './referential-pack';
import { buildReferential, type Referential, type ReferentialDraft } from './referential';

export interface LoadOptions {
  languages?: Language[];
  /** false: leave out the CV-phrase aliases (SKILL_PHRASES, TRADE_PHRASES), keeping tool and certificate names. */
  phrases?: boolean;
  /** true: add the savoir-être phrasings too. */
  softSkills?: boolean;
  /** false: leave out the job-title lexicon (lib/taxonomy/job-titles). */
  jobTitles?: boolean;
  /** CSV files of the folder that gave nothing while others did (the CLIs say so on stderr). */
  onIgnoredFiles?: (problems: ReferentialFileProblem[]) => void;
}

export async function loadReferentialFromPath(path: string, options: LoadOptions = {}): Promise<Referential> {
  return referentialFromSource(await readReferentialSource(path), options);
}

/** What a referential path holds, read from disk but not yet imported: a pack, or a folder's CSV
 *  files as bytes. Reading is quick; importing and indexing is the slow part, which
 *  `referentialFromSource` does, so that a caller can do it later (the CLI reads the CV first). */
export type ReferentialSource = { pack: Uint8Array } | { files: CsvBytes[]; unread: ReferentialFileProblem[] };

export interface CsvBytes {
  name: string;
  bytes: Uint8Array;
  kind?: CsvFile['kind'];
}

export async function readReferentialSource(path: string): Promise<ReferentialSource> {
  if ((await stat(path)).isFile()) return { pack: await readPackFile(path) };
  const unread: ReferentialFileProblem[] = [];
  return { files: await readReferentialCsvBytes([path], unread), unread };
}

/** The referential of what `readReferentialSource` read: synchronous, all CPU. */
export function referentialFromSource(source: ReferentialSource, options: LoadOptions = {}): Referential {
  if ('pack' in source) return unpackReferential(source.pack);
  return buildReferential(draftFromFiles(source.files.map(decodeCsvFile), { ...options, unread: source.unread }));
}

export async function readPackFile(path: string): Promise<Uint8Array> {
  const pack = await readFile(path);
  if (!isReferentialPack(pack)) throw new Error(`${path} is not a referential pack (nor a folder of CSV files).`);
  return pack;
}

/** Why a path cannot be a referential, checked without loading it: missing, or neither a pack
 *  nor a folder holding referential CSV files. Null when it looks right. */
export async function referentialPathProblem(path: string): Promise<'missing' | 'not-referential' | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return 'missing';
  if (info.isDirectory()) return (await referentialCsvNames(path)).length > 0 ? null : 'not-referential';
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(16);
    await handle.read(head, 0, 16, 0);
    return isReferentialPack(head) ? null : 'not-referential';
  } finally {
    await handle.close();
  }
}

/** Read every referential CSV in the folders (not recursive) into one draft. */
export async function readDraftFromFolders(folders: string[], options: LoadOptions = {}): Promise<ReferentialDraft> {
  const unread: ReferentialFileProblem[] = [];
  return draftFromFiles(await readReferentialCsvFiles(folders, unread), { ...options, unread });
}

/** A path to read: a file or a folder; a file given as one referential (`taxonomy build
 *  --crosswalk FILE`) is taken as such whatever its name. */
export type ReferentialPath = string | { path: string; kind: CsvFile['kind'] };

/** The referential CSV files of the paths (files, or folders read without recursion), decoded.
 *  A file too large to be an official one is not read: it goes to `unread`. */
export async function readReferentialCsvFiles(paths: ReferentialPath[], unread: ReferentialFileProblem[] = []): Promise<CsvFile[]> {
  return (await readReferentialCsvBytes(paths, unread)).map(decodeCsvFile);
}

function decodeCsvFile(file: CsvBytes): CsvFile {
  return { name: file.name, text: decodeCsvBytes(file.bytes, file.name), ...(file.kind ? { kind: file.kind } : {}) };
}

/** As `readReferentialCsvFiles`, undecoded. A folder's files are named with the folder's own name
 *  ("ESCO dataset - v1.2.0 - classification - fr - csv/skills_fr.csv"), which may be all that says
 *  the release. */
async function readReferentialCsvBytes(paths: ReferentialPath[], unread: ReferentialFileProblem[]): Promise<CsvBytes[]> {
  const files: CsvBytes[] = [];
  const read = async (path: string, name: string, kind?: CsvFile['kind']) => {
    const tooLarge = tooLargeProblem(name, (await stat(path)).size);
    if (tooLarge) unread.push(tooLarge);
    else files.push({ name, bytes: new Uint8Array(await readFile(path)), ...(kind ? { kind } : {}) });
  };
  for (const entry of paths) {
    const { path, kind } = typeof entry === 'string' ? { path: entry, kind: undefined } : entry;
    if ((await stat(path)).isFile()) await read(path, path, kind);
    else for (const name of await referentialCsvNames(path)) await read(join(path, name), join(basename(resolve(path)), name));
  }
  return files;
}

/** The referential CSV files of a folder (not recursive), sorted; none when it cannot be read. */
export async function referentialCsvNames(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => name.toLowerCase().endsWith('.csv') && isReferentialFile(name)).sort();
}
