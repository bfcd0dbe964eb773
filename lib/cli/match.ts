// `match --taxonomy DIR|FILE --kind skill|occupation [--top N] [--lang fr|en]` (CONTRACT §1):
// one text per line on standard input -> one JSON line per input line on standard output,
// {"query": "…", "results": [{"id", "label", "score"}]}, best first. Only JSON goes to stdout.

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Language } from '../types';
import { rankJobTitle } from '../match/link-occupations';
import { rankConcepts } from '../match/rank-concepts';
import { loadReferentialFromPath } from '../taxonomy/load-referential-node';
import { loadStarterReferential } from '../taxonomy/starter-pack';
import type { Referential } from '../taxonomy/referential';
import { cliErrorMessage, reportIgnoredFiles } from './ui-language';

const USAGE = 'Usage: match [--taxonomy DIR|FILE] --kind skill|occupation [--top N] [--lang fr|en] < lines';

export function matchLine(query: string, referential: Referential, kind: 'skill' | 'occupation', language: Language, top: number) {
  const ranked =
    kind === 'occupation'
      ? rankJobTitle(query, referential, language, undefined, top)
      : rankConcepts(query, referential, { kind, language, top });
  return { query, results: ranked.map(({ id, label, score }) => ({ id, label, score })) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      taxonomy: { type: 'string' },
      kind: { type: 'string' },
      top: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const kind = values.kind;
  if (kind !== 'skill' && kind !== 'occupation') throw new Error(`--kind must be skill or occupation. ${USAGE}`);
  const language = (values.lang ?? 'fr') as Language;
  if (language !== 'fr' && language !== 'en') throw new Error(`--lang must be fr or en. ${USAGE}`);
  const top = values.top === undefined ? 10 : Number.parseInt(values.top, 10);
  if (!Number.isInteger(top) || top < 1) throw new Error(`--top must be a positive whole number. ${USAGE}`);
  const referential = values.taxonomy ? await loadReferentialFromPath(values.taxonomy, { onIgnoredFiles: reportIgnoredFiles }) : await loadStarterReferential();

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const query = line.trim();
    process.stdout.write(`${JSON.stringify(query ? matchLine(query, referential, kind, language, top) : { query, results: [] })}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(cliErrorMessage(error));
  process.exit(1);
});
