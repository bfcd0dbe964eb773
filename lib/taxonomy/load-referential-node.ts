// Node only: load a referential from a path — a compiled pack file, or a folder of official CSVs
// (ESCO export, ROME 4.0 open-data files, the ESCO<->ROME crosswalk; any combination).

import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
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
  const info = await stat(path);
  if (info.isFile()) return unpackReferential(await readPackFile(path));
  return buildReferential(await readDraftFromFolders([path], options));
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

/** The referential CSV files of the paths (files, or folders read without recursion), decoded.
 *  A file too large to be an official one is not read: it goes to `unread`. */
export async function readReferentialCsvFiles(paths: string[], unread: ReferentialFileProblem[] = []): Promise<CsvFile[]> {
  const files: CsvFile[] = [];
  const read = async (path: string, name: string) => {
    const tooLarge = tooLargeProblem(name, (await stat(path)).size);
    if (tooLarge) unread.push(tooLarge);
    else files.push({ name, text: decodeCsvBytes(await readFile(path), name) });
  };
  for (const path of paths) {
    if ((await stat(path)).isFile()) await read(path, path);
    else for (const name of await referentialCsvNames(path)) await read(join(path, name), name);
  }
  return files;
}

/** The referential CSV files of a folder (not recursive), sorted; none when it cannot be read. */
export async function referentialCsvNames(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => name.toLowerCase().endsWith('.csv') && isReferentialFile(name)).sort();
}
