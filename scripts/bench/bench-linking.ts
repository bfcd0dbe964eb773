// Speed of the match stage, measured in one run so the figures compare as ratios:
//  - pack load time (read + unpack + index) and heap, for ESCO FR+EN and for ESCO + ROME + crosswalk;
//  - linking time per CV (linkProfile) on the dev corpus, against pdf.js text extraction of the same CV;
//  - a naive baseline: Fuse.js over all ESCO labels for every 1-5-word window of the CV, timed on a
//    sample of windows and extrapolated to all of them.
// Usage: npx tsx scripts/bench/bench-linking.ts [--esco DIR] [--rome DIR] [--crosswalk FILE] [--rounds N] [--sample N] [--json]

import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { cvPhrases } from '../../lib/match/cv-phrases';
import { linkProfile } from '../../lib/match/link-profile';
import { draftFromFiles } from '../../lib/taxonomy/import-referential-files';
import { readReferentialCsvFiles } from '../../lib/taxonomy/load-referential-node';
import { packReferential, unpackReferential } from '../../lib/taxonomy/referential-pack';
import { buildReferential, labelTextList, type Referential } from '../../lib/taxonomy/referential';
import type { ParsedProfile } from '../../lib/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared');
const FIXTURES = join(root, 'test/fixtures/cv');

export interface PackBench {
  name: string;
  bytes: number;
  buildMs: number;
  loadMs: number;
  /** The first CV linked right after a load: it also pays the matcher's lazily built tables. */
  firstLinkMs: number;
  heapMB: number;
  concepts: number;
  labels: number;
}

export interface BenchReport {
  packs: PackBench[];
  cvs: number;
  /** Median per CV, milliseconds. */
  linkMs: number;
  linkFullPackMs: number | null;
  readMs: number;
  naive: { windowsPerCv: number; msPerWindow: number; indexMs: number; extrapolatedMsPerCv: number; sampledWindows: number };
  ratios: { naiveOverLink: number; linkOverRead: number };
}

export interface BenchOptions {
  esco?: string;
  rome?: string;
  crosswalk?: string;
  rounds?: number;
  sample?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// A real garbage collection before reading the heap, without needing `node --expose-gc`.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function heapMB(): Promise<number> {
  // Twice, with a turn of the event loop between: buffers freed by finalizers go on the second pass.
  collectGarbage();
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  // Typed arrays and the pack's bytes live outside the JS heap: count them too.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

async function benchPack(name: string, sources: string[], directory: string): Promise<{ bench: PackBench; referential: Referential; path: string }> {
  const buildStarted = performance.now();
  const path = join(directory, `${name}.bin`);
  // In its own call, so the draft is garbage before the memory of a load is measured.
  await (async () => writeFile(path, packReferential(buildReferential(draftFromFiles(await readReferentialCsvFiles(sources))))))();
  const buildMs = performance.now() - buildStarted;
  const loads: number[] = [];
  let referential: Referential | undefined;
  let heap = 0;
  for (let round = 0; round < 3; round++) {
    const before = round === 0 ? await heapMB() : 0;
    const started = performance.now();
    referential = unpackReferential(await readFile(path));
    loads.push(performance.now() - started);
    // Retained memory of the first load (the file's bytes stay: the pack's columns are views on them).
    if (round === 0) heap = (await heapMB()) - before;
  }
  return {
    referential: referential!,
    path,
    bench: {
      name,
      bytes: (await stat(path)).size,
      buildMs,
      loadMs: Math.min(...loads),
      firstLinkMs: 0,
      heapMB: Math.round(heap),
      concepts: referential!.concepts.length,
      labels: referential!.labels.text.length,
    },
  };
}

async function devCorpus(): Promise<{ id: string; bytes: Uint8Array; parsed: ParsedProfile; readMs: number }[]> {
  const { readDocument } = await import('../../lib/read/read-document');
  const { parseProfile } = await import('../../lib/parse/parse-profile');
  const corpus = [];
  for (const name of (await readdir(FIXTURES)).sort()) {
    if (!name.endsWith('.pdf') || name.startsWith('not-cv')) continue;
    const bytes = new Uint8Array(await readFile(join(FIXTURES, name)));
    const times: number[] = [];
    let document;
    for (let round = 0; round < 3; round++) {
      const started = performance.now();
      document = await readDocument(bytes.slice(), { fileName: name });
      times.push(performance.now() - started);
    }
    corpus.push({ id: basename(name, '.pdf'), bytes, parsed: parseProfile(document!), readMs: median(times) });
  }
  return corpus;
}

/** The 1-5-word windows of the CV lines a naive matcher would look up. */
function windowsOf(profile: ParsedProfile): string[] {
  const windows: string[] = [];
  for (const section of profile.sections) {
    for (const phrase of cvPhrases(section.lines)) {
      const words = phrase.text.split(/\s+/).filter(Boolean);
      for (let start = 0; start < words.length; start++) {
        for (let size = 1; size <= 5 && start + size <= words.length; size++) windows.push(words.slice(start, start + size).join(' '));
      }
    }
  }
  return windows;
}

export async function benchLinking(options: BenchOptions = {}): Promise<BenchReport> {
  const esco = options.esco ?? join(shared, 'taxonomy/esco');
  const rome = options.rome ?? join(shared, 'datasets/rome4_v460');
  const crosswalk = options.crosswalk ?? join(shared, 'datasets/rome_esco_crosswalk_melo/FR_20230607_mapping_esco_rome.csv');
  const rounds = options.rounds ?? 5;
  const sample = options.sample ?? 30;
  const directory = await mkdtemp(join(tmpdir(), 'bench-linking-'));
  try {
    const escoPack = await benchPack('esco-fr-en', [esco], directory);
    const fullPack = await benchPack('esco-rome-crosswalk', [esco, rome, crosswalk], directory);
    const corpus = await devCorpus();
    // The first CV after a fresh load also pays the matcher's lazily built tables.
    for (const pack of [escoPack, fullPack]) {
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        const referential = unpackReferential(await readFile(pack.path));
        const started = performance.now();
        linkProfile(corpus[0]!.parsed, referential);
        times.push(performance.now() - started);
      }
      pack.bench.firstLinkMs = Math.min(...times);
    }

    const linkTimes = (referential: Referential) =>
      corpus.map(({ parsed }) => {
        linkProfile(parsed, referential); // warm caches (trigram index, label totals) and the JIT
        const times: number[] = [];
        for (let round = 0; round < rounds; round++) {
          const started = performance.now();
          linkProfile(parsed, referential);
          times.push(performance.now() - started);
        }
        return median(times);
      });
    const linkMs = median(linkTimes(escoPack.referential));
    const linkFullPackMs = median(linkTimes(fullPack.referential));
    const readMs = median(corpus.map((cv) => cv.readMs));

    // Naive baseline over the same ESCO labels.
    const labels = labelTextList(escoPack.referential.labels.text).map((text) => ({ text }));
    const indexStarted = performance.now();
    const fuse = new Fuse(labels, { keys: ['text'], includeScore: true, threshold: 0.4, ignoreLocation: true });
    const indexMs = performance.now() - indexStarted;
    const allWindows = corpus.map(({ parsed }) => windowsOf(parsed));
    const pool = allWindows.flat();
    const step = Math.max(1, Math.floor(pool.length / sample));
    const sampled = pool.filter((_, index) => index % step === 0).slice(0, sample);
    const searchStarted = performance.now();
    for (const window of sampled) fuse.search(window, { limit: 5 });
    const msPerWindow = (performance.now() - searchStarted) / Math.max(1, sampled.length);
    const windowsPerCv = median(allWindows.map((windows) => windows.length));
    const extrapolatedMsPerCv = windowsPerCv * msPerWindow;

    return {
      packs: [escoPack.bench, fullPack.bench],
      cvs: corpus.length,
      linkMs,
      linkFullPackMs,
      readMs,
      naive: { windowsPerCv, msPerWindow, indexMs, extrapolatedMsPerCv, sampledWindows: sampled.length },
      ratios: { naiveOverLink: extrapolatedMsPerCv / linkMs, linkOverRead: linkMs / readMs },
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

export function printBench(report: BenchReport): void {
  console.log('\nReferential packs');
  console.log('| pack | size | build ms | load ms | first CV linked after load, ms | memory MB | concepts | labels |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const pack of report.packs) {
    console.log(
      `| ${pack.name} | ${(pack.bytes / 1e6).toFixed(1)} MB | ${pack.buildMs.toFixed(0)} | ${pack.loadMs.toFixed(0)} | ${pack.firstLinkMs.toFixed(0)} | ${pack.heapMB} | ${pack.concepts} | ${pack.labels} |`,
    );
  }
  console.log(`\nPer CV (median of ${report.cvs} dev CVs)`);
  console.log('| step | ms |');
  console.log('|---|---|');
  console.log(`| pdf.js read (readDocument) | ${report.readMs.toFixed(1)} |`);
  console.log(`| linkProfile, ESCO FR+EN | ${report.linkMs.toFixed(1)} |`);
  if (report.linkFullPackMs !== null) console.log(`| linkProfile, ESCO + ROME + crosswalk | ${report.linkFullPackMs.toFixed(1)} |`);
  console.log(
    `| naive Fuse.js over all labels, ${report.naive.windowsPerCv} windows (${report.naive.msPerWindow.toFixed(2)} ms/window, ${report.naive.sampledWindows} sampled; index ${report.naive.indexMs.toFixed(0)} ms once) | ${report.naive.extrapolatedMsPerCv.toFixed(0)} |`,
  );
  console.log(`\nnaive / linkProfile: ${report.ratios.naiveOverLink.toFixed(0)}x   linkProfile / pdf.js read: ${report.ratios.linkOverRead.toFixed(2)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      esco: { type: 'string' },
      rome: { type: 'string' },
      crosswalk: { type: 'string' },
      rounds: { type: 'string' },
      sample: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const report = await benchLinking({
    ...(values.esco ? { esco: values.esco } : {}),
    ...(values.rome ? { rome: values.rome } : {}),
    ...(values.crosswalk ? { crosswalk: values.crosswalk } : {}),
    ...(values.rounds ? { rounds: Number(values.rounds) } : {}),
    ...(values.sample ? { sample: Number(values.sample) } : {}),
  });
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else printBench(report);
}
