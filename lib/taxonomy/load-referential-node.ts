// Node only: load a referential from a path — a compiled pack file, or a folder of official CSVs
// (ESCO export, ROME 4.0 open-data files, the ESCO<->ROME crosswalk; any combination).

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../types';
import type { CsvFile } from './import-esco-csv';
import { draftFromFiles, isReferentialFile } from './import-referential-files';
import { isReferentialPack, unpackReferential, type ReferentialPack } from './referential-pack';
import { buildReferential, type Referential, type ReferentialDraft } from './referential';

export interface LoadOptions {
  languages?: Language[];
  /** false: leave out the CV-phrase aliases (SKILL_PHRASES, TRADE_PHRASES), keeping tool and certificate names. */
  phrases?: boolean;
  /** true: add the savoir-être phrasings too. */
  softSkills?: boolean;
}

export async function loadReferentialFromPath(path: string, options: LoadOptions = {}): Promise<Referential> {
  const info = await stat(path);
  if (info.isFile()) return unpackReferential(await readPackFile(path));
  return buildReferential(await readDraftFromFolders([path], options));
}

export async function readPackFile(path: string): Promise<ReferentialPack> {
  const pack: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!isReferentialPack(pack)) throw new Error(`${path} is not a referential pack (nor a folder of CSV files).`);
  return pack;
}

/** Read every referential CSV in the folders (not recursive) into one draft. */
export async function readDraftFromFolders(folders: string[], options: LoadOptions = {}): Promise<ReferentialDraft> {
  return draftFromFiles(await readReferentialCsvFiles(folders), options);
}

export async function readReferentialCsvFiles(paths: string[]): Promise<CsvFile[]> {
  const files: CsvFile[] = [];
  for (const path of paths) {
    if ((await stat(path)).isFile()) {
      files.push({ name: path, text: await readFile(path, 'utf8') });
      continue;
    }
    for (const name of (await readdir(path)).sort()) {
      if (!name.toLowerCase().endsWith('.csv') || !isReferentialFile(name)) continue;
      files.push({ name, text: await readFile(join(path, name), 'utf8') });
    }
  }
  return files;
}
