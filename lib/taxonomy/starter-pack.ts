// The built-in starter referential: every ESCO occupation and about 700 common skills (FR + EN),
// a compiled pack file beside this module, so the CLI and the tests work before any official file
// is imported. Node only: the extension fetches the same file from its package (utils/engine-host.ts).

import { readFileSync } from 'node:fs';
import { unpackReferential } from './referential-pack';
import type { Referential } from './referential';

export const STARTER_PACK_URL = new URL('./starter-pack.bin', import.meta.url);

let starter: Referential | undefined;

export function loadStarterReferential(): Referential {
  starter ??= unpackReferential(new Uint8Array(readFileSync(STARTER_PACK_URL)));
  return starter;
}
