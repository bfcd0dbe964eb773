// Read-stage benchmark: text-layer extraction time per page, and OCR time per page of our
// tesseract.js pipeline against the native tesseract CLI on the same images, single-threaded
// (OMP_THREAD_LIMIT=1), measured in the same run, with the character error rate of both against the
// source PDF's text layer.
// Usage: npx tsx scripts/bench/bench-reading.ts [--runs N]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { terminateOcrEngine, startOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { readDocument } from '../../lib/read/read-document';
import { characterErrorRate } from '../../test/read/character-error-rate';

const ROOT = resolve(import.meta.dirname, '../..');
const READ_FIXTURES = join(ROOT, 'test/fixtures/read');
const CV_FIXTURES = join(ROOT, 'test/fixtures/cv');
const SCAN_SOURCE = 'fr-magasinier-sidebar-gauche.pdf';
const SCANS = ['scan-magasinier-1deg.png', 'scan-magasinier-3deg.png', 'scan-magasinier-bruit.jpg', 'scan-magasinier-flou.jpg', 'scan-magasinier.webp'];

export interface TextLayerResult {
  file: string;
  pages: number;
  msPerPage: number;
}

export interface OcrResult {
  file: string;
  oursMs: number;
  nativeMs: number;
  ratio: number;
  oursCer: number;
  nativeCer: number;
}

export interface ReadingBenchmark {
  textLayer: TextLayerResult[];
  textLayerMsPerPage: number;
  ocrEngineStartMs: number;
  ocr: OcrResult[];
  ocrMsPerPage: number;
  nativeMsPerPage: number;
  ratio: number;
  nativeVersion: string;
}

export async function benchReading(runs = 3): Promise<ReadingBenchmark> {
  const textFiles = [
    ...readdirSync(READ_FIXTURES).filter((name) => /^fr-.*\.pdf$/.test(name)).map((name) => join(READ_FIXTURES, name)),
    ...(existsSync(CV_FIXTURES) ? readdirSync(CV_FIXTURES).filter((name) => name.endsWith('.pdf')).map((name) => join(CV_FIXTURES, name)) : []),
  ];
  // The first read loads pdf.js and its fonts: not part of a page's cost.
  await readDocument(new Uint8Array(readFileSync(textFiles[0]!)));
  const textLayer: TextLayerResult[] = [];
  for (const file of textFiles) {
    const bytes = new Uint8Array(readFileSync(file));
    let pages = 0;
    const started = performance.now();
    for (let run = 0; run < runs; run += 1) pages = (await readDocument(bytes)).pages;
    textLayer.push({ file: file.slice(ROOT.length + 1), pages, msPerPage: (performance.now() - started) / runs / pages });
  }

  const reference = (await readDocument(new Uint8Array(readFileSync(join(READ_FIXTURES, SCAN_SOURCE))))).lines.map((line) => line.text).join('\n');
  const engineStarted = performance.now();
  await startOcrEngine();
  const ocrEngineStartMs = performance.now() - engineStarted;
  const ocr: OcrResult[] = [];
  for (const name of SCANS) {
    const path = join(READ_FIXTURES, name);
    const bytes = new Uint8Array(readFileSync(path));
    let ours = '';
    let started = performance.now();
    for (let run = 0; run < runs; run += 1) ours = (await readDocument(bytes)).lines.map((line) => line.text).join('\n');
    const oursMs = (performance.now() - started) / runs;
    let native = '';
    started = performance.now();
    for (let run = 0; run < runs; run += 1) native = nativeTesseract(path);
    const nativeMs = (performance.now() - started) / runs;
    ocr.push({
      file: name,
      oursMs,
      nativeMs,
      ratio: oursMs / nativeMs,
      oursCer: characterErrorRate(reference, ours),
      nativeCer: characterErrorRate(reference, native),
    });
  }
  await terminateOcrEngine();
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const ocrMsPerPage = mean(ocr.map((result) => result.oursMs));
  const nativeMsPerPage = mean(ocr.map((result) => result.nativeMs));
  return {
    textLayer,
    textLayerMsPerPage: mean(textLayer.map((result) => result.msPerPage)),
    ocrEngineStartMs,
    ocr,
    ocrMsPerPage,
    nativeMsPerPage,
    ratio: ocrMsPerPage / nativeMsPerPage,
    nativeVersion: execFileSync('tesseract', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? '',
  };
}

/** The system's tesseract on one thread, French and English, default page segmentation. */
function nativeTesseract(image: string): string {
  return execFileSync('tesseract', [image, 'stdout', '-l', 'fra+eng'], {
    encoding: 'utf8',
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

function print(report: ReadingBenchmark): void {
  const pct = (value: number) => `${(value * 100).toFixed(2)} %`;
  console.log('Text layer (ms per page, mean of runs)');
  for (const result of report.textLayer) console.log(`  ${result.file.padEnd(58)} ${result.pages} p  ${result.msPerPage.toFixed(1).padStart(7)} ms/page`);
  console.log(`  mean: ${report.textLayerMsPerPage.toFixed(1)} ms/page\n`);
  console.log(`OCR engine start (models loaded once, reused): ${report.ocrEngineStartMs.toFixed(0)} ms`);
  console.log(`OCR per page: ours (tesseract.js, whole read) vs ${report.nativeVersion} (OMP_THREAD_LIMIT=1)`);
  console.log(`  ${'file'.padEnd(28)} ${'ours ms'.padStart(8)} ${'native ms'.padStart(10)} ${'ratio'.padStart(6)} ${'ours CER'.padStart(9)} ${'native CER'.padStart(11)}`);
  for (const result of report.ocr) {
    console.log(
      `  ${result.file.padEnd(28)} ${result.oursMs.toFixed(0).padStart(8)} ${result.nativeMs.toFixed(0).padStart(10)} ${result.ratio.toFixed(2).padStart(6)} ${pct(result.oursCer).padStart(9)} ${pct(result.nativeCer).padStart(11)}`,
    );
  }
  console.log(`  mean: ours ${report.ocrMsPerPage.toFixed(0)} ms/page, native ${report.nativeMsPerPage.toFixed(0)} ms/page, ratio ${report.ratio.toFixed(2)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag > 0 ? Math.max(1, Number(process.argv[runsFlag + 1]) || 1) : 2;
  print(await benchReading(runs));
}
