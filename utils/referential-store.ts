// The referential the user imported from the official files (ESCO, ROME 4.0, crosswalk), kept as
// a compiled pack in IndexedDB so the engine loads it fast. Referential data only, never CV data.
import { openDB, type IDBPDatabase } from 'idb';
import { unpackReferential } from '../lib/taxonomy/referential-pack';

export interface ImportedReferentialInfo {
  importedAt: string;
  files: string[];
  skills: number;
  occupations: number;
  sources: string[];
}

interface StoredReferential {
  info: ImportedReferentialInfo;
  /** The compiled pack's bytes (referential-pack.ts); an older engine stored an object instead. */
  pack: Uint8Array;
}

const DB_NAME = 'cv-profile-referentials';
const STORE = 'referentials';
const ACTIVE = 'active';

function database(): Promise<IDBPDatabase> {
  return openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
  });
}

export async function saveImportedReferential(pack: Uint8Array, info: ImportedReferentialInfo): Promise<void> {
  const db = await database();
  await db.put(STORE, { info, pack } satisfies StoredReferential, ACTIVE);
  db.close();
}

export async function readImportedReferentialInfo(): Promise<ImportedReferentialInfo | null> {
  const db = await database();
  const stored = (await db.get(STORE, ACTIVE)) as StoredReferential | undefined;
  db.close();
  return stored?.info ?? null;
}

export async function readImportedReferential(): Promise<StoredReferential | null> {
  const db = await database();
  const stored = (await db.get(STORE, ACTIVE)) as StoredReferential | undefined;
  db.close();
  return stored ?? null;
}

/** True when the stored pack was compiled by another version of the engine and must be imported again. */
export async function importedReferentialIsOutdated(): Promise<boolean> {
  const stored = await readImportedReferential();
  if (!stored) return false;
  try {
    unpackReferential(stored.pack);
    return false;
  } catch {
    return true;
  }
}

export async function clearImportedReferential(): Promise<void> {
  const db = await database();
  await db.delete(STORE, ACTIVE);
  db.close();
}
