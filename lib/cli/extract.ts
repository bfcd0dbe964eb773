// `npm run --silent extract -- FILE [--taxonomy DIR|PACK] [--lang fr|en] [--pretty]`
// Prints one JSON object (CONTRACT §1) on stdout and nothing else; on bad input, one human sentence
// on stderr and a non-zero exit.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { CvError, toCvError } from '../errors';
import { describeError, type UiLanguage } from '../i18n';
import { MAX_FILE_BYTES, tooLargeSizes } from '../limits';
import { sniffFileType } from '../read/sniff-file-type';
import type { Language } from '../types';
import { runEngine } from './extract-worker';
import { endQuietlyWhenReaderLeaves, keepStdoutForJson } from './stdout';
import { cliUiLanguage, languageArgument, referentialPathMessage, reportIgnoredFiles } from './ui-language';

// A hang anywhere (a broken file, a stuck worker) must still end the command.
const WATCHDOG_MS = 180_000;

async function main(uiLanguage: UiLanguage): Promise<number> {
  const restoreStdout = keepStdoutForJson();
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        taxonomy: { type: 'string' },
        lang: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        'reference-date': { type: 'string' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nUsage: npm run --silent extract -- FILE [--taxonomy DIR|PACK] [--lang fr|en] [--pretty]\n`);
    return 2;
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) {
    process.stderr.write('Usage: npm run --silent extract -- FILE [--taxonomy DIR|PACK] [--lang fr|en] [--pretty]\n');
    return 2;
  }
  const language = languageArgument(args.values.lang);
  if (language !== undefined && language !== 'fr' && language !== 'en') {
    process.stderr.write(`--lang must be "fr" or "en", not "${args.values.lang}".\n`);
    return 2;
  }

  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (info.size > MAX_FILE_BYTES) {
      throw new CvError('too-large', undefined, tooLargeSizes(info.size));
    }
    bytes = new Uint8Array(await readFile(file));
    // Cheap checks first, before the engine (pdf.js, OCR, the referential) is even loaded: an
    // empty or unknown file is answered at once.
    if (bytes.length === 0) throw new CvError('empty-file');
    if (sniffFileType(bytes) === 'unknown') throw new CvError('unsupported-type');
  } catch (error) {
    if (error instanceof CvError) {
      process.stderr.write(`${describeError(uiLanguage, error)}\n`);
      return 1;
    }
    const message = uiLanguage === 'fr'
      ? `Impossible d'ouvrir « ${file} » : vérifiez le chemin du fichier.`
      : `Cannot open "${file}": check the file path.`;
    process.stderr.write(`${message}\n`);
    return 1;
  }

  const taxonomy = args.values.taxonomy;
  const problem = taxonomy ? await (await import('../taxonomy/load-referential-node')).referentialPathProblem(taxonomy) : null;
  if (taxonomy && problem) {
    process.stderr.write(`${referentialPathMessage(uiLanguage, taxonomy, problem)}\n`);
    return 2;
  }

  // The engine runs in a worker thread that is ended if it gets stuck (extract-worker.ts).
  const outcome = await runEngine({
    bytes,
    fileName: basename(file),
    taxonomy: args.values.taxonomy,
    language: language as Language | undefined,
    referenceDate: args.values['reference-date'],
    pretty: args.values.pretty,
  }, { onIgnoredFiles: reportIgnoredFiles });
  if ('json' in outcome) {
    restoreStdout();
    process.stdout.write(`${outcome.json}\n`);
    return 0;
  }
  if ('referentialError' in outcome) {
    process.stderr.write(`${referentialPathMessage(uiLanguage, taxonomy!, outcome.referentialError)}\n`);
    return 2;
  }
  process.stderr.write(`${describeError(uiLanguage, outcome.error)}\n`);
  if (outcome.error.code === 'internal' && process.env.DEBUG) process.stderr.write(`${String(outcome.stack ?? outcome.error.stack)}\n`);
  return 1;
}

const uiLanguage = cliUiLanguage();
endQuietlyWhenReaderLeaves();
const watchdog = setTimeout(() => {
  process.stderr.write(`${describeError(uiLanguage, new CvError('timeout'))}\n`);
  process.exit(1);
}, WATCHDOG_MS);
main(uiLanguage).then(
  (code) => {
    clearTimeout(watchdog);
    // Exit explicitly: an idle OCR worker would otherwise keep the process alive.
    process.stdout.write('', () => process.exit(code));
  },
  (error: unknown) => {
    process.stderr.write(`${describeError(uiLanguage, toCvError(error))}\n`);
    process.exit(1);
  },
);
