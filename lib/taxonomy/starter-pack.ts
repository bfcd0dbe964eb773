// The built-in starter referential: every ESCO occupation, the hand-picked skills of
// starter-selection.ts and every skill the curated aliases and trade phrasings point at, FR + EN.
// The repository holds only what we wrote (the selection, the aliases); the labels come from the
// official ESCO files in ../shared/taxonomy/esco, compiled into a pack on first use and cached in
// .cache/ under a key of everything the pack depends on, so an edited alias rebuilds it.
// Node only: the extension bundles the same file at build time (wxt.config.ts) and fetches it.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SOFT_SKILL_PHRASES, TRADE_PHRASES } from './cv-phrases';
import { JOB_TITLES, WRONG_ESCO_TITLES } from './job-titles';
import { readDraftFromFolders, referentialCsvNames } from './load-referential-node';
import { buildReferential, type Referential, type ReferentialDraft } from './referential';
import { KEY_RULES, PACK_VERSION, packReferential, unpackReferential } from './referential-pack';
import { SKILL_ALIASES, SKILL_PHRASES } from './skill-aliases';
import { STARTER_OCCUPATIONS, STARTER_SKILLS } from './starter-selection';

const repositoryRoot = resolve(import.meta.dirname, '../..');
/** The official ESCO CSV folder; CV_ESCO_DIR points elsewhere. */
export const DEFAULT_ESCO_DIR = process.env.CV_ESCO_DIR ?? resolve(repositoryRoot, '../shared/taxonomy/esco');
const CACHE_DIR = join(repositoryRoot, '.cache');

/** The starter selection of a full ESCO draft. */
export function selectStarter(full: ReferentialDraft): { selection: ReferentialDraft; missing: string[] } {
  const wanted = new Set([
    ...STARTER_SKILLS,
    ...STARTER_OCCUPATIONS,
    ...[...SKILL_ALIASES, ...SKILL_PHRASES, ...TRADE_PHRASES].map((alias) => alias.id),
    // The savoir-être a CV's qualities are linked to (lib/match/link-soft-skills.ts).
    ...SOFT_SKILL_PHRASES.map((phrase) => phrase.id),
  ]);
  const selection: ReferentialDraft = {
    ...full,
    sources: full.sources.map((source) => (source.scheme === 'esco' ? { ...source, version: `${source.version} (starter selection)` } : source)),
    // Every occupation: a job title must link out of the box, whatever the trade (they are a
    // fraction of the labels); skills only for the hand-picked selection and the curated aliases.
    concepts: full.concepts.filter((concept) => concept.kind === 'occupation' || wanted.has(concept.id)),
    relatedSkills: new Map([...full.relatedSkills].filter(([occupation]) => wanted.has(occupation))),
  };
  const present = new Set(selection.concepts.map((concept) => concept.id));
  return { selection, missing: [...wanted].filter((id) => !present.has(id)) };
}

/** The starter pack built from an ESCO CSV folder. */
export async function buildStarterPack(escoDir: string): Promise<{ pack: Uint8Array; concepts: number; missing: string[] }> {
  const { selection, missing } = selectStarter(await readDraftFromFolders([escoDir]));
  return { pack: packReferential(buildReferential(selection)), concepts: selection.concepts.length, missing };
}

/** Path of the cached starter pack, compiled from the ESCO files when missing or out of date. */
export async function starterPackPath(escoDir = DEFAULT_ESCO_DIR): Promise<string> {
  const path = join(CACHE_DIR, `starter-pack-${await cacheKey(escoDir)}.bin`);
  if (existsSync(path)) return path;
  const { pack } = await buildStarterPack(escoDir);
  await mkdir(CACHE_DIR, { recursive: true });
  // Written aside then renamed: test workers building it at the same time never read half a file.
  const partial = `${path}.${process.pid}.${Date.now()}.partial`;
  await writeFile(partial, pack);
  await rename(partial, path);
  // Packs of earlier keys are dead weight.
  for (const name of await readdir(CACHE_DIR)) {
    if (/^starter-pack-[0-9a-f]+\.bin$/.test(name) && join(CACHE_DIR, name) !== path) await rm(join(CACHE_DIR, name), { force: true });
  }
  return path;
}

let starter: Promise<Referential> | undefined;

export function loadStarterReferential(): Promise<Referential> {
  starter ??= starterPackPath()
    .then((path) => readFile(path))
    .then((bytes) => unpackReferential(bytes))
    .catch((error: unknown) => {
      starter = undefined;
      throw error;
    });
  return starter;
}

/** What the pack depends on: the pack format, the word rules, what we curated and the ESCO files. */
async function cacheKey(escoDir: string): Promise<string> {
  const names = await readEscoFileNames(escoDir);
  const files = await Promise.all(
    names.map(async (name) => {
      const info = await stat(join(escoDir, name));
      return `${name}:${info.size}:${info.mtimeMs}`;
    }),
  );
  const curated = JSON.stringify([STARTER_SKILLS, STARTER_OCCUPATIONS, SKILL_ALIASES, SKILL_PHRASES, TRADE_PHRASES, SOFT_SKILL_PHRASES, JOB_TITLES, WRONG_ESCO_TITLES]);
  return createHash('sha256').update(`${PACK_VERSION}|${KEY_RULES}|${files.join(',')}|${curated}`).digest('hex').slice(0, 16);
}

async function readEscoFileNames(escoDir: string): Promise<string[]> {
  const csv = await referentialCsvNames(escoDir);
  if (csv.length === 0) {
    throw new Error(`The starter referential is compiled from the official ESCO CSV files, expected in ${escoDir} (set CV_ESCO_DIR to another folder).`);
  }
  return csv;
}
