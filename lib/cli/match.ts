// `match --taxonomy DIR|FILE --kind skill|occupation [--top N] [--lang fr|en]` (CONTRACT §1):
// one text per line on standard input -> one JSON line per input line on standard output,
// {"query": "…", "results": [{"id", "label", "score"}]}, best first. Only JSON goes to stdout.

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Language } from '../types';
import { searchReferential } from '../match/search-referential';
import { loadReferentialFromPath, referentialPathProblem } from '../taxonomy/load-referential-node';
import { loadStarterReferential } from '../taxonomy/starter-pack';
import type { Referential } from '../taxonomy/referential';
import { endQuietlyWhenReaderLeaves } from './stdout';
import { cliErrorMessage, cliUiLanguage, languageArgument, referentialPathMessage, reportIgnoredFiles } from './ui-language';

const USAGE = 'Usage: match [--taxonomy DIR|FILE] --kind skill|occupation [--top N] [--lang fr|en] < lines';

export function matchLine(query: string, referential: Referential, kind: 'skill' | 'occupation', language: Language, top: number) {
  const ranked = searchReferential(query, referential, kind, language, top);
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
  const language = (languageArgument(values.lang) ?? 'fr') as Language;
  if (language !== 'fr' && language !== 'en') throw new Error(`--lang must be fr or en. ${USAGE}`);
  // Digits only: "2.7" or "5abc" is refused, not cut to 2 or 5.
  const top = values.top === undefined ? 10 : /^\d+$/.test(values.top.trim()) ? Number(values.top.trim()) : Number.NaN;
  if (!Number.isSafeInteger(top) || top < 1) throw new Error(`--top must be a positive whole number. ${USAGE}`);
  const taxonomy = values.taxonomy;
  const problem = taxonomy ? await referentialPathProblem(taxonomy) : null;
  if (taxonomy && problem) throw new Error(referentialPathMessage(cliUiLanguage(), taxonomy, problem));
  const referential = taxonomy ? await loadReferentialFromPath(taxonomy, { onIgnoredFiles: reportIgnoredFiles }) : await loadStarterReferential();

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const query = line.trim();
    process.stdout.write(`${JSON.stringify(query ? matchLine(query, referential, kind, language, top) : { query, results: [] })}\n`);
  }
}

endQuietlyWhenReaderLeaves();
main().catch((error: unknown) => {
  console.error(cliErrorMessage(error));
  process.exit(1);
});
