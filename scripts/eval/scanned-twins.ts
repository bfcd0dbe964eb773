// The scanned twin of a corpus CV: its printed PDF turned into what a job seeker brings when they
// have no file, a scan or a phone photo, so `--scanned` evaluations run the OCR path on the same
// CVs and gold as the text-layer ones. The difference between the two figures is what OCR costs.
//
// Each CV gets one degradation, chosen by a hash of its id (so a rerun gives the same bytes):
//   - office scanner: 300 dpi, tilted up to 1.2°, light sensor noise, JPEG in an image-only PDF;
//   - old scanner: 200 dpi, slightly blurred, tilted, stronger JPEG compression, image-only PDF;
//   - phone photo (one-page CVs only): a JPEG file at about 200 dpi, tilted up to 2°, noisier.
// Twins are made on first use into .cache/scanned-twins/<corpus>/ (never committed: about 300 KB a
// page), with what the reader made of them. Needs pdftoppm (poppler-utils), like scripts/make-scans.mjs.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadDocument } from '../../lib/types';
import { readWithRetry } from './read-with-retry';
// @ts-expect-error plain ESM script shared with scripts/make-scans.mjs, no type declarations
import { addNoise, blur, downscale, encodeJpeg, renderGray, rotate, writePdfOfJpegs } from '../scan-images.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Bump when the degradations change, so cached twins are remade. */
const TWIN_VERSION = 1;
const CACHE = join(root, '.cache/scanned-twins');

export type TwinKind = 'office scanner' | 'old scanner' | 'phone photo';

export interface ScannedTwin {
  file: string;
  kind: TwinKind;
}

interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** The scanned twin of `<directory>/<id>.pdf`, made if it is not cached yet. */
export function scannedTwin(directory: string, id: string): ScannedTwin {
  const seed = seedOf(id);
  const pdf = join(directory, `${id}.pdf`);
  const target = join(CACHE, `v${TWIN_VERSION}`, basename(directory));
  const cachedPhoto = join(target, `${id}.jpg`);
  if (existsSync(cachedPhoto)) return { file: cachedPhoto, kind: 'phone photo' };
  const cachedScan = join(target, `${id}.pdf`);
  if (existsSync(cachedScan)) return { file: cachedScan, kind: kindOf(seed, 2) };
  mkdirSync(target, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'scanned-twin-'));
  try {
    const pages = renderGray(pdf, 300, work) as GreyImage[];
    const kind = kindOf(seed, pages.length);
    const random = (index: number) => ((seed >>> (index * 4)) & 0xf) / 15; // 0..1, fixed per CV
    const tilt = (limit: number, page: number) => (random(page) * 2 - 1) * limit;
    if (kind === 'phone photo') {
      const photo = addNoise(rotate(downscale(pages[0], 2 / 3), tilt(2, 0)), 7, 0.0005, seed) as GreyImage;
      const file = join(target, `${id}.jpg`);
      writeFileSync(file, encodeJpeg(photo, 70) as Uint8Array);
      return { file, kind };
    }
    const jpegs = pages.map((page, index) =>
      kind === 'office scanner'
        ? encodeJpeg(addNoise(rotate(page, tilt(1.2, index)), 4, 0.0003, seed + index), 55)
        : encodeJpeg(blur(rotate(downscale(page, 2 / 3), tilt(1.2, index)), 1), 40),
    );
    const file = join(target, `${id}.pdf`);
    writePdfOfJpegs(file, jpegs, kind === 'office scanner' ? 300 : 200);
    return { file, kind };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The twin's bytes (made if needed) and how it was degraded. */
export function scannedTwinBytes(directory: string, id: string): { bytes: Uint8Array; fileName: string; kind: TwinKind } {
  const { file, kind } = scannedTwin(directory, id);
  return { bytes: new Uint8Array(readFileSync(file)), fileName: basename(file), kind };
}

/** The twin read by the real reader (OCR), kept beside it until the reader's code changes: OCR
 *  takes seconds a page, and the parse stage is what the scanned evaluations mostly exercise. */
export async function readScannedTwin(directory: string, id: string): Promise<ReadDocument> {
  const { bytes, fileName } = scannedTwinBytes(directory, id);
  const key = createHash('sha256').update(bytes).update(readerFingerprint()).digest('hex').slice(0, 16);
  const cached = join(CACHE, `v${TWIN_VERSION}`, basename(directory), `${id}.${key}.read.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as ReadDocument;
  const document = await readWithRetry(bytes, fileName);
  writeFileSync(cached, JSON.stringify(document));
  return document;
}

let fingerprint: string | undefined;

/** A hash of the reader's sources (lib/read/**): a change there reads the twins again. */
function readerFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(join(root, 'lib/read'));
  return (fingerprint = hash.digest('hex'));
}

function seedOf(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32LE(0);
}

/** A third of the CVs each; a photo only of a one-page CV (a longer one is scanned instead). */
function kindOf(seed: number, pages: number): TwinKind {
  const kinds: TwinKind[] = ['office scanner', 'old scanner', 'phone photo'];
  const kind = kinds[seed % 3]!;
  if (kind === 'phone photo' && pages > 1) return 'office scanner';
  return kind;
}
