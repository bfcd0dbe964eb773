// The built-in starter referential: every ESCO occupation and about 800 common skills (FR + EN),
// bundled as a compiled pack so the extension and the CLI work before any official file is imported.
// Browser-safe: a JSON import, no file system.

import starterPack from './starter-pack.json';
import { unpackReferential, type ReferentialPack } from './referential-pack';
import type { Referential } from './referential';

let starter: Referential | undefined;

export function loadStarterReferential(): Referential {
  starter ??= unpackReferential(starterPack as unknown as ReferentialPack);
  return starter;
}
