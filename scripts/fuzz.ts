// Mutation fuzzer for the engine: damaged copies of CVs in every format the reader accepts go
// through extractProfile (read -> parse -> match) in worker threads, each with a deadline. The
// seeds are the PDF, image, TIFF, Word and OpenDocument fixtures, plus CVs built in memory from the
// test builders for the formats without fixture files (RTF, web pages, .mht, Word 97 .doc, flat
// .fodt, plain text); each case picks a format first, so that the 100 PDFs do not drown the rest. A case passes
// when it returns a well-formed profile or throws a CvError with a code the surfaces can describe;
// it fails on any other exception, an unhandled rejection, a crash, running out of memory, or
// missing the deadline. Every case is rebuilt from (seed, case number) alone, so a failure is
// reproduced with `--seed S --case N`; failing inputs are also saved under /tmp.
//
//   npx tsx scripts/fuzz.ts [--cases 100] [--seed 1] [--workers 2] [--deadline 10000] [--case N]
//   npx tsx scripts/fuzz.ts --replay /tmp/cv-fuzz-failures/<file>.bin [--replay …]
//
// A case number only names the same input while the fixture folders hold the same files; the
// saved input replays the failure whatever changed since.
//
// test/robustness/fuzz.test.ts runs 100 cases of it in CI.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { buildDoc } from '../test/read/build-doc';
import { buildDocx, buildOdt, p as docxParagraph } from '../test/read-in-the-wild/build-office';
import { CV_BUILDER_PAGE, GOOGLE_DOCS_PAGE, WORD_PAGE, wordMht } from '../test/read-in-the-wild/html-cvs';
import { LIBREOFFICE_CV, rtfBytes, WORD_CV, WORDPAD_CV } from '../test/read-in-the-wild/rtf-cvs';
import { seededRandom } from './seeded-random.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SOURCE_DIRS = ['test/fixtures/cv', 'test/fixtures/read', 'test/fixtures/hostile'];
const SOURCE_TYPES = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.webp', '.gif', '.bmp', '.tif', '.tiff', '.docx', '.odt', '.txt']);
/** The format of a seed, from its name: a case picks one of these first, then a seed of it. */
export type SourceKind = 'pdf' | 'image' | 'tiff' | 'docx' | 'odt' | 'fodt' | 'doc' | 'rtf' | 'html' | 'mht' | 'text';
const KIND_OF_EXTENSION: Record<string, SourceKind> = {
  '.pdf': 'pdf', '.png': 'image', '.jpg': 'image', '.jpeg': 'image', '.webp': 'image', '.gif': 'image', '.bmp': 'image',
  '.tif': 'tiff', '.tiff': 'tiff', '.docx': 'docx', '.odt': 'odt', '.fodt': 'fodt', '.doc': 'doc', '.rtf': 'rtf',
  '.html': 'html', '.htm': 'html', '.mht': 'mht', '.txt': 'text',
};
export const sourceKind = (file: string): SourceKind => KIND_OF_EXTENSION[extname(file).toLowerCase()] ?? 'pdf';
/** Formats read as markup or text, and zipped ones: their own mutations apply to them. */
const TEXT_KINDS = new Set<SourceKind>(['fodt', 'rtf', 'html', 'mht', 'text']);
const ZIP_KINDS = new Set<SourceKind>(['docx', 'odt']);
/** Seeds larger than this are skipped: mutating them costs time, not coverage. */
const MAX_SOURCE_BYTES = 4 * 1024 * 1024;
/**
 * Seeds built to keep pdf.js busy for tens of seconds in one synchronous call: most of their
 * mutations would too, and every such case would miss its deadline by design. The command line,
 * which ends a stuck engine's thread, is tested on them instead (test/robustness/bad-input.test.ts).
 */
const STALLING_SOURCES = new Set(['test/fixtures/hostile/font-cmap-stall.pdf']);
/** The codes a user can be told about (lib/errors.ts); `internal` and `cancelled` mean a bug here. */
export const HANDLED_CODES = ['empty-file', 'too-large', 'too-long', 'unsupported-type', 'encrypted-pdf', 'encrypted-document', 'corrupt-file', 'no-text', 'not-a-cv', 'image-too-large', 'timeout'];

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (seededRandom: scripts/seeded-random.mjs)

/** splitmix32 over (seed, index): neighbouring seeds and case numbers give unrelated cases. */
function caseSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca77)) >>> 0;
  for (let round = 0; round < 2; round += 1) {
    h = Math.imul(h ^ (h >>> 16), 0x21f0aaad) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x735a2d97) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
  }
  return h;
}

class Dice {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  bytes(length: number): Uint8Array {
    return Uint8Array.from({ length }, () => this.int(0, 255));
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations: each takes the bytes and returns new bytes plus a short description.

type Mutation = (bytes: Uint8Array, dice: Dice) => { bytes: Uint8Array; note: string };

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

function indexesOf(bytes: Uint8Array, needle: string): number[] {
  const pattern = ascii(needle);
  const found: number[] = [];
  outer: for (let i = 0; i + pattern.length <= bytes.length; i += 1) {
    for (let j = 0; j < pattern.length; j += 1) if (bytes[i + j] !== pattern[j]) continue outer;
    found.push(i);
  }
  return found;
}

function splice(bytes: Uint8Array, start: number, removed: number, inserted: Uint8Array = new Uint8Array()): Uint8Array {
  const out = new Uint8Array(bytes.length - removed + inserted.length);
  out.set(bytes.subarray(0, start), 0);
  out.set(inserted, start);
  out.set(bytes.subarray(start + removed), start + inserted.length);
  return out;
}

/** The ASCII integer starting at `at` (after optional spaces): its span. */
function numberAt(bytes: Uint8Array, at: number): { start: number; end: number } | null {
  let start = at;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d)) start += 1;
  let end = start;
  if (bytes[end] === 0x2d) end += 1;
  while (end < bytes.length && bytes[end]! >= 0x30 && bytes[end]! <= 0x39) end += 1;
  return end > start ? { start, end } : null;
}

const EXTREME_NUMBERS = ['0', '-1', '1', '2147483647', '2147483648', '4294967295', '99999999999', '-99999999', '1e308', '0.0001', '65536'];

const bitFlips: Mutation = (bytes, dice) => {
  const out = bytes.slice();
  const flips = dice.int(1, 32);
  for (let i = 0; i < flips; i += 1) {
    const at = dice.int(0, out.length - 1);
    out[at]! ^= 1 << dice.int(0, 7);
  }
  return { bytes: out, note: `bit-flips x${flips}` };
};

const byteInsertions: Mutation = (bytes, dice) => {
  let out = bytes;
  const count = dice.int(1, 4);
  for (let i = 0; i < count; i += 1) out = splice(out, dice.int(0, out.length), 0, dice.bytes(dice.int(1, 64)));
  return { bytes: out, note: `byte-insertions x${count}` };
};

const byteDeletion: Mutation = (bytes, dice) => {
  const length = dice.int(1, Math.min(256, bytes.length - 1));
  const at = dice.int(0, bytes.length - length);
  return { bytes: splice(bytes, at, length), note: `byte-deletion ${length}@${at}` };
};

const truncation: Mutation = (bytes, dice) => {
  const at = Math.max(1, Math.floor(bytes.length * (0.05 + dice.next() * 0.94)));
  return { bytes: bytes.slice(0, at), note: `truncation @${at}/${bytes.length}` };
};

const chunkDuplication: Mutation = (bytes, dice) => {
  const length = dice.int(16, Math.min(4096, Math.max(16, bytes.length >> 2)));
  const from = dice.int(0, Math.max(0, bytes.length - length));
  const to = dice.int(0, bytes.length);
  return { bytes: splice(bytes, to, 0, bytes.slice(from, from + length)), note: `chunk-duplication ${length} ${from}->${to}` };
};

const headerCorruption: Mutation = (bytes, dice) => {
  const out = bytes.slice();
  const variant = dice.int(0, 2);
  if (variant === 0) {
    const length = dice.int(1, Math.min(16, out.length));
    out.set(dice.bytes(length), 0);
    return { bytes: out, note: `header-random ${length}` };
  }
  if (variant === 1) {
    // Keep the magic, damage what follows it (PDF version, PNG IHDR, JPEG APP0).
    const at = dice.int(5, Math.min(40, out.length - 1));
    out[at] = dice.int(0, 255);
    return { bytes: out, note: `header-byte @${at}` };
  }
  const at = dice.int(0, Math.min(1000, out.length));
  return { bytes: splice(out, at, 0, dice.bytes(dice.int(1, 1200))), note: `junk-before-header @${at}` };
};

const xrefDamage: Mutation = (bytes, dice) => {
  const startxrefs = indexesOf(bytes, 'startxref');
  const xrefs = indexesOf(bytes, 'xref').filter((at) => !startxrefs.includes(at - 5));
  const variant = dice.int(0, 3);
  if (variant === 0 && startxrefs.length > 0) {
    const span = numberAt(bytes, startxrefs.at(-1)! + 9);
    if (span) {
      const value = dice.pick([String(dice.int(0, bytes.length * 2)), ...EXTREME_NUMBERS]);
      return { bytes: splice(bytes, span.start, span.end - span.start, ascii(value)), note: `startxref=${value}` };
    }
  }
  if (variant === 1 && xrefs.length > 0) {
    // Scramble digits in the cross-reference entries that follow the keyword.
    const out = bytes.slice();
    const at = dice.pick(xrefs);
    const damaged = dice.int(1, 20);
    for (let i = 0; i < damaged; i += 1) {
      const position = at + dice.int(5, 400);
      if (position < out.length && out[position]! >= 0x30 && out[position]! <= 0x39) out[position] = 0x30 + dice.int(0, 9);
    }
    return { bytes: out, note: `xref-entries x${damaged}` };
  }
  if (variant === 2 && xrefs.length > 0) {
    const at = dice.pick(xrefs);
    return { bytes: splice(bytes, at, Math.min(bytes.length - at, dice.int(4, 200))), note: `xref-cut @${at}` };
  }
  const trailers = indexesOf(bytes, 'trailer');
  if (trailers.length > 0) {
    const at = dice.pick(trailers);
    return { bytes: splice(bytes, at, 7, ascii('trailor')), note: `trailer-keyword @${at}` };
  }
  return bitFlips(bytes, dice);
};

const streamLengthDamage: Mutation = (bytes, dice) => {
  const lengths = indexesOf(bytes, '/Length');
  if (lengths.length === 0) return truncation(bytes, dice);
  const at = dice.pick(lengths);
  const span = numberAt(bytes, at + 7);
  if (!span) return bitFlips(bytes, dice);
  const current = Number(String.fromCharCode(...bytes.subarray(span.start, span.end)));
  const value = dice.pick([String(current + dice.int(-16, 16)), String(current * 2), String(Math.floor(current / 2)), ...EXTREME_NUMBERS]);
  return { bytes: splice(bytes, span.start, span.end - span.start, ascii(value)), note: `/Length ${current}->${value} @${at}` };
};

const streamDataCorruption: Mutation = (bytes, dice) => {
  const streams = indexesOf(bytes, 'stream\n').concat(indexesOf(bytes, 'stream\r\n')).filter((at) => bytes[at - 1] !== 0x64); // not "endstream"
  if (streams.length === 0) return bitFlips(bytes, dice);
  const out = bytes.slice();
  const at = dice.pick(streams) + 7;
  const damaged = dice.int(1, 24);
  for (let i = 0; i < damaged; i += 1) {
    const position = at + dice.int(0, 2000);
    if (position < out.length) out[position] = dice.int(0, 255);
  }
  return { bytes: out, note: `stream-data x${damaged} @${at}` };
};

/** A number after a structural key (/Count, /Size, /W, /MediaBox, /Width…) set to an extreme. */
const structureNumbers: Mutation = (bytes, dice) => {
  const keys = ['/Count', '/Size', '/W [', '/MediaBox [', '/Width', '/Height', '/BitsPerComponent', '/Columns', '/N ', '/First', '/FirstChar', '/Widths [', '/Index ['];
  const candidates = keys.flatMap((key) => indexesOf(bytes, key).map((at) => at + key.length));
  if (candidates.length === 0) return bitFlips(bytes, dice);
  const at = dice.pick(candidates);
  const span = numberAt(bytes, at);
  if (!span) return bitFlips(bytes, dice);
  const value = dice.pick(EXTREME_NUMBERS);
  return { bytes: splice(bytes, span.start, span.end - span.start, ascii(value)), note: `number@${at}=${value}` };
};

/** Image header sizes changed, checksums fixed so decoders believe them. */
const imageDimensions: Mutation = (bytes, dice) => {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  if (out[0] === 0x89 && out[1] === 0x50 && out.length > 33) {
    const width = dice.pick([0, 1, 65535, 0x7fffffff, dice.int(1, 40000)]);
    const height = dice.pick([0, 1, 65535, 0x7fffffff, dice.int(1, 40000)]);
    view.setUint32(16, width);
    view.setUint32(20, height);
    view.setUint32(29, crc32(out.subarray(12, 29)));
    return { bytes: out, note: `png-size ${width}x${height}` };
  }
  if (out[0] === 0xff && out[1] === 0xd8) {
    for (let at = 2; at + 9 < out.length; ) {
      if (out[at] !== 0xff) break;
      const marker = out[at + 1]!;
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const width = dice.pick([0, 1, 65535, dice.int(1, 40000)]);
        const height = dice.pick([0, 1, 65535, dice.int(1, 40000)]);
        view.setUint16(at + 5, height);
        view.setUint16(at + 7, width);
        return { bytes: out, note: `jpeg-size ${width}x${height}` };
      }
      at += 2 + view.getUint16(at + 2);
    }
  }
  return streamDataCorruption(out, dice);
};

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// Markup and text mutations, for RTF, web pages, .mht, flat ODF, plain text, and the XML parts of
// Word and OpenDocument zips. They work on the bytes as Latin-1, which keeps every byte as it is.

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** Runs a CV may hold and a parser may choke on: long words, spaced letters, digits, capitals,
 *  hyphenated initials, brackets, markup that opens and never closes. */
const RUNS = ['a', 'a ', 'A-', 'JEAN ', '0', '06 ', '.', ',', '(', '@', 'a.', 'x@', '\\par ', '{', '}', '\\u201?', '<b>', '</x>', '<x ', 'x="', '&#', '&amp;', '\t', '\n', ' ', 'é', 'Nom : ', '(ABC) ', '2019 - 2020 '];

const longRun: Mutation = (bytes, dice) => {
  const unit = dice.pick(RUNS);
  const length = dice.pick([1_000, 10_000, 60_000, 150_000, 250_000]);
  const at = dice.int(0, bytes.length);
  const run = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return { bytes: splice(bytes, at, 0, fromLatin1(run)), note: `long-run ${JSON.stringify(unit)}x${length} @${at}` };
};

/** Markup made deep, wide or broken: nesting, repeated elements, tags without end, lost brackets. */
const markupDamage: Mutation = (bytes, dice) => {
  const text = latin1(bytes);
  const variant = dice.int(0, 5);
  const at = dice.int(0, text.length);
  if (variant === 0) {
    const [open, close] = dice.pick([['<text:section>', '</text:section>'], ['<w:sdt>', '</w:sdt>'], ['<div>', '</div>'], ['{', '}'], ['<table:table><table:table-row><table:table-cell>', '</table:table-cell></table:table-row></table:table>'], ['<table><tr><td>', '</td></tr></table>']]);
    const depth = dice.pick([100, 1_000, 5_000, 100_000]);
    const closed = dice.next() < 0.5;
    return { bytes: fromLatin1(text.slice(0, at) + open.repeat(depth) + 'x' + (closed ? close.repeat(depth) : '') + text.slice(at)), note: `nesting ${open}x${depth}${closed ? '' : ' unclosed'} @${at}` };
  }
  if (variant === 1) {
    // An element (or a stretch) repeated many times: tables of thousands of rows, 100,000 paragraphs.
    const length = dice.int(8, Math.min(2_000, Math.max(8, text.length >> 3)));
    const from = dice.int(0, Math.max(0, text.length - length));
    const times = dice.pick([10, 100, 1_000, 20_000]);
    return { bytes: fromLatin1(text.slice(0, from) + text.slice(from, from + length).repeat(times) + text.slice(from)), note: `repeat ${length}x${times} @${from}` };
  }
  if (variant === 2) {
    // Lose some of the characters that end things.
    const target = dice.pick(['>', '}', '"', ';', '<', '\\']);
    let lost = 0;
    const out = text.replace(new RegExp(target.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'), 'g'), (char) => (dice.next() < 0.1 && ++lost ? '' : char));
    return { bytes: fromLatin1(out), note: `drop ${JSON.stringify(target)} x${lost}` };
  }
  if (variant === 3) {
    const name = 'x'.repeat(dice.pick([1_000, 50_000, 200_000]));
    return { bytes: fromLatin1(text.slice(0, at) + dice.pick([`<p ${name}>`, `<p ${name}`, `<p a="${name}>`, `{\\${name} }`, `&${name};`]) + text.slice(at)), note: `long-name @${at}` };
  }
  if (variant === 4) {
    const count = dice.pick([1_000, 100_000, 1_000_000]);
    return { bytes: fromLatin1(text.slice(0, at) + dice.pick(['</zz>', '}', '</p>', '\\par}']).repeat(count) + text.slice(at)), note: `stray-ends x${count} @${at}` };
  }
  // Characters swapped for ones that mean something to a parser.
  const chars = [...text];
  const swaps = dice.int(1, 64);
  for (let i = 0; i < swaps && chars.length > 0; i += 1) chars[dice.int(0, chars.length - 1)] = dice.pick(['<', '>', '&', '"', "'", '{', '}', '\\', '=', '/', '\u0000', '\u00ff', '\n']);
  return { bytes: fromLatin1(chars.join('')), note: `markup-chars x${swaps}` };
};

/** The main XML part of a Word or OpenDocument zip, damaged by a markup or text mutation, zipped again. */
const zipPartDamage: Mutation = (bytes, dice) => {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return bitFlips(bytes, dice);
  }
  const parts = Object.keys(entries).filter((name) => /(?:^word\/document\.xml|^content\.xml|^styles\.xml|^word\/styles\.xml|\.rels)$/.test(name));
  if (parts.length === 0) return bitFlips(bytes, dice);
  const part = dice.pick(parts.sort());
  const damage = dice.next() < 0.7 ? markupDamage : longRun;
  const result = damage(entries[part]!, dice);
  entries[part] = result.bytes;
  // The mimetype stays first and stored, as ODF wants it.
  const ordered: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  if (entries.mimetype) ordered.mimetype = [entries.mimetype, { level: 0 }];
  for (const [name, data] of Object.entries(entries)) if (name !== 'mimetype') ordered[name] = data;
  return { bytes: zipSync(ordered), note: `${part}: ${result.note}` };
};

export const MUTATIONS: Record<string, Mutation> = {
  'bit-flips': bitFlips,
  'byte-insertions': byteInsertions,
  'byte-deletion': byteDeletion,
  truncation,
  'chunk-duplication': chunkDuplication,
  'header-corruption': headerCorruption,
  'xref-damage': xrefDamage,
  'stream-length-damage': streamLengthDamage,
  'stream-data-corruption': streamDataCorruption,
  'structure-numbers': structureNumbers,
  'image-dimensions': imageDimensions,
  'long-run': longRun,
  'markup-damage': markupDamage,
  'zip-part-damage': zipPartDamage,
};

/** Mutations that apply to any bytes, and those that apply to one family of formats. */
const GENERIC_MUTATIONS = ['bit-flips', 'byte-insertions', 'byte-deletion', 'truncation', 'chunk-duplication', 'header-corruption'];
const MUTATIONS_OF_KIND = (kind: SourceKind): string[] => {
  if (kind === 'pdf') return [...GENERIC_MUTATIONS, 'xref-damage', 'stream-length-damage', 'stream-data-corruption', 'structure-numbers', 'image-dimensions'];
  if (kind === 'image' || kind === 'tiff') return [...GENERIC_MUTATIONS, 'image-dimensions', 'structure-numbers'];
  if (ZIP_KINDS.has(kind)) return [...GENERIC_MUTATIONS, 'zip-part-damage', 'zip-part-damage', 'zip-part-damage'];
  if (TEXT_KINDS.has(kind)) return [...GENERIC_MUTATIONS, 'long-run', 'long-run', 'markup-damage', 'markup-damage', 'markup-damage'];
  // A Word 97 file: its text is in the bytes as they are.
  return [...GENERIC_MUTATIONS, 'long-run', 'markup-damage'];
};

// ---------------------------------------------------------------------------------------------
// Cases

export interface FuzzSource {
  file: string;
  bytes: Uint8Array;
}

export interface FuzzCase {
  index: number;
  seed: number;
  source: string;
  mutations: string[];
  bytes: Uint8Array;
}

export function loadSources(root = ROOT): FuzzSource[] {
  const sources: FuzzSource[] = [];
  for (const dir of SOURCE_DIRS) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      continue; // a folder another part of the project has not created yet
    }
    for (const name of names.sort()) {
      const path = join(root, dir, name);
      if (!SOURCE_TYPES.has(extname(name).toLowerCase()) || STALLING_SOURCES.has(`${dir}/${name}`)) continue;
      const size = statSync(path).size;
      if (size === 0 || size > MAX_SOURCE_BYTES) continue;
      sources.push({ file: `${dir}/${name}`, bytes: new Uint8Array(readFileSync(path)) });
    }
  }
  return [...sources, ...builtSources(root)];
}

/** CVs in the formats the fixtures lack, built in memory by the test builders: always the same bytes. */
export function builtSources(root = ROOT): FuzzSource[] {
  let lines: string[];
  try {
    lines = readFileSync(join(root, 'test/fixtures/read/fr-plombier-utf8.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  } catch {
    lines = ['Jean Dupont', 'Plombier chauffagiste', 'jean.dupont@gmail.com – 06 12 34 56 78', 'Expérience', '2019 – 2024 Plombier, Dalkia, Lyon'];
  }
  const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rtfText = (text: string) => [...text].map((char) => (char.charCodeAt(0) > 127 ? `\\u${char.charCodeAt(0)}?` : /[\\{}]/.test(char) ? `\\${char}` : char)).join('');
  const odfParagraphs = lines.map((line) => `<text:p>${escapeXml(line)}</text:p>`).join('');
  const odfTable = `<table:table><table:table-row><table:table-cell>${odfParagraphs.slice(0, 400)}</table:table-cell><table:table-cell><table:table><table:table-row><table:table-cell><text:p>Permis B</text:p></table:table-cell></table:table-row></table:table></table:table-cell></table:table-row></table:table>`;
  const flatOdt = `<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>${odfParagraphs}${odfTable}</office:text></office:body></office:document>`;
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>CV</title><style>.x{display:none}</style></head><body>${lines.map((line, index) => (index === 0 ? `<h1>${escapeXml(line)}</h1>` : `<p>${escapeXml(line)}</p>`)).join('')}<table><tr><td>Permis B</td><td>Anglais</td></tr></table></body></html>`;
  const built: [string, () => Uint8Array][] = [
    ['built/plombier.rtf', () => rtfBytes(`{\\rtf1\\ansi\\ansicpg1252\\uc1{\\fonttbl{\\f0 Arial;}}\\f0 ${lines.map(rtfText).join('\\par\n')}\\par}`)],
    ['built/word.rtf', () => rtfBytes(WORD_CV)],
    ['built/wordpad.rtf', () => rtfBytes(WORDPAD_CV)],
    ['built/libreoffice.rtf', () => rtfBytes(LIBREOFFICE_CV)],
    ['built/plombier.html', () => strToU8(page)],
    ['built/word-page.html', () => strToU8(WORD_PAGE)],
    ['built/google-docs.html', () => strToU8(GOOGLE_DOCS_PAGE)],
    ['built/cv-builder.html', () => strToU8(CV_BUILDER_PAGE)],
    ['built/word-page.mht', () => wordMht(WORD_PAGE)],
    ['built/plombier.doc', () => buildDoc({ body: [...lines, { rows: [['Permis B', 'Anglais'], ['CACES 1', 'Espagnol']] }] })],
    ['built/plombier.fodt', () => strToU8(flatOdt)],
    ['built/plombier-tables.odt', () => buildOdt(odfParagraphs + odfTable)],
    ['built/plombier.docx', () => buildDocx({ body: lines.map((line) => docxParagraph(escapeXml(line))).join('') })],
    ['built/plombier-crlf.txt', () => strToU8(lines.join('\r\n'))],
  ];
  return built.map(([file, build]) => ({ file, bytes: build() }));
}

/** Case `index` of run `seed`: which source, which one to three mutations. Depends on nothing else. */
export function makeCase(sources: FuzzSource[], seed: number, index: number): FuzzCase {
  const dice = new Dice(seededRandom(caseSeed(seed, index)));
  // A format first, then a seed of it: each format gets its share of the cases.
  const kinds = [...new Set(sources.map((candidate) => sourceKind(candidate.file)))].sort();
  const kind = dice.pick(kinds);
  const source = dice.pick(sources.filter((candidate) => sourceKind(candidate.file) === kind));
  let bytes = source.bytes;
  const mutations: string[] = [];
  const rounds = dice.next() < 0.7 ? 1 : dice.int(2, 3);
  for (let round = 0; round < rounds; round += 1) {
    const name = dice.pick(MUTATIONS_OF_KIND(kind));
    const result = MUTATIONS[name]!(bytes.length > 1 ? bytes : source.bytes, dice);
    bytes = result.bytes;
    mutations.push(`${name} (${result.note})`);
  }
  return { index, seed, source: source.file, mutations, bytes };
}

// ---------------------------------------------------------------------------------------------
// Running cases in workers

export type Outcome =
  | { kind: 'profile' }
  | { kind: 'cv-error'; code: string }
  | { kind: 'failure'; reason: 'exception' | 'unhandled-rejection' | 'deadline' | 'crash' | 'invalid-profile' | 'unknown-code'; detail: string };

export interface CaseResult {
  case: Omit<FuzzCase, 'bytes'>;
  outcome: Outcome;
  ms: number;
  saved?: string;
}

export interface FuzzSummary {
  seed: number;
  cases: number;
  passes: number;
  profiles: number;
  errorsByCode: Record<string, number>;
  failures: CaseResult[];
  slowest: CaseResult[];
  totalMs: number;
}

export interface FuzzOptions {
  cases: number;
  seed: number;
  workers?: number;
  deadlineMs?: number;
  /** Run only these case numbers (for reproducing). */
  only?: number[];
  /** Run these files as they are instead of mutated fixtures (saved failures, after the fixtures changed). */
  replay?: string[];
  /** Where failing inputs are written; null to keep nothing. */
  saveDir?: string | null;
  onResult?: (result: CaseResult) => void;
}

type WorkerRequest = { id: number; bytes: Uint8Array; fileName: string };
type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; outcome: Outcome }
  | { type: 'progress'; id: number; stage: string }
  | { type: 'unhandled'; id: number; detail: string };

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = Date.now();
  const deadlineMs = options.deadlineMs ?? 10_000;
  const sources = loadSources();
  if (sources.length === 0) throw new Error('no fixtures to fuzz');
  const indexes = options.replay ? options.replay.map((_, i) => i) : options.only ?? Array.from({ length: options.cases }, (_, i) => i);
  const caseAt = (index: number): FuzzCase => {
    const file = options.replay?.[index];
    if (file === undefined) return makeCase(sources, options.seed, index);
    return { index, seed: options.seed, source: file, mutations: ['replay'], bytes: new Uint8Array(readFileSync(file)) };
  };
  const queue = [...indexes];
  const results = new Map<number, CaseResult>();

  const record = (fuzzCase: FuzzCase, outcome: Outcome, ms: number) => {
    const { bytes: _bytes, ...described } = fuzzCase;
    const previous = results.get(fuzzCase.index);
    // A late unhandled rejection turns a pass into a failure; a failure stays the first one seen.
    if (previous && previous.outcome.kind === 'failure') return;
    const result: CaseResult = { case: described, outcome, ms: previous?.ms ?? ms };
    if (outcome.kind === 'failure' && options.saveDir !== null && !options.replay) result.saved = saveInput(options.saveDir ?? '/tmp/cv-fuzz-failures', fuzzCase);
    results.set(fuzzCase.index, result);
    if (!previous) options.onResult?.(result);
  };

  const lane = async () => {
    let worker: ReturnType<typeof startWorker> | null = null;
    try {
      while (queue.length > 0) {
        const index = queue.shift()!;
        const fuzzCase = caseAt(index);
        worker ??= startWorker((id, detail) => {
          const late = lastCases.get(id);
          if (late) record(late, { kind: 'failure', reason: 'unhandled-rejection', detail }, 0);
        });
        lastCases.set(index, fuzzCase);
        // Only recent cases can still reject late; keep memory flat over long runs.
        if (lastCases.size > 16) lastCases.delete(lastCases.keys().next().value!);
        const { outcome, ms } = await worker.run({ id: index, bytes: fuzzCase.bytes, fileName: basename(fuzzCase.source) }, deadlineMs);
        record(fuzzCase, outcome, ms);
        if (outcome.kind === 'failure' && (outcome.reason === 'deadline' || outcome.reason === 'crash')) {
          await worker.stop();
          worker = null;
        }
      }
    } finally {
      // Let late rejections of the last case surface before the worker goes.
      if (worker) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await worker.stop();
      }
    }
  };
  const lastCases = new Map<number, FuzzCase>();
  await Promise.all(Array.from({ length: Math.max(1, options.workers ?? 2) }, lane));

  const all = [...results.values()].sort((a, b) => a.case.index - b.case.index);
  const errorsByCode: Record<string, number> = {};
  for (const result of all) if (result.outcome.kind === 'cv-error') errorsByCode[result.outcome.code] = (errorsByCode[result.outcome.code] ?? 0) + 1;
  const failures = all.filter((result) => result.outcome.kind === 'failure');
  return {
    seed: options.seed,
    cases: all.length,
    passes: all.length - failures.length,
    profiles: all.filter((result) => result.outcome.kind === 'profile').length,
    errorsByCode,
    failures,
    slowest: [...all].sort((a, b) => b.ms - a.ms).slice(0, 5),
    totalMs: Date.now() - started,
  };
}

function saveInput(dir: string, fuzzCase: FuzzCase): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `seed${fuzzCase.seed}-case${fuzzCase.index}-${basename(fuzzCase.source)}.bin`);
  writeFileSync(path, fuzzCase.bytes);
  writeFileSync(`${path}.json`, `${JSON.stringify({ seed: fuzzCase.seed, case: fuzzCase.index, source: fuzzCase.source, mutations: fuzzCase.mutations }, null, 2)}\n`);
  return path;
}

/** One engine worker: loads the pipeline once, runs one case at a time. */
function startWorker(onUnhandled: (id: number, detail: string) => void) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { cvFuzzWorker: true },
    execArgv: ['--import', 'tsx'],
    // A decompression bomb must hit this, not the machine.
    resourceLimits: { maxOldGenerationSizeMb: 1536 },
    stdout: true,
    stderr: true,
  });
  // pdf.js and tesseract talk on the console; the summary is what matters.
  worker.stdout.resume();
  worker.stderr.resume();
  let pending: { id: number; resolve: (outcome: Outcome) => void } | null = null;
  /** Where the engine was when the case last reported, to tell a slow OCR from a stuck parser. */
  let lastStage = 'start';
  let crashed: string | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') resolve();
      else if (reply.type === 'done' && pending?.id === reply.id) {
        const settle = pending.resolve;
        pending = null;
        settle(reply.outcome);
      } else if (reply.type === 'progress') {
        if (pending?.id === reply.id) lastStage = reply.stage;
      } else if (reply.type === 'unhandled') onUnhandled(reply.id, reply.detail);
    });
    const die = (detail: string) => {
      crashed = detail;
      reject(new Error(detail));
      if (pending) {
        const settle = pending.resolve;
        pending = null;
        settle({ kind: 'failure', reason: 'crash', detail });
      }
    };
    worker.on('error', (error) => die(`${(error as { code?: string }).code ?? ''} ${error.message}`.trim()));
    worker.on('exit', (code) => die(`worker exited (${code})`));
  });
  ready.catch(() => undefined);

  return {
    /** The case's outcome and its time, counted from the hand-over (worker start-up excluded). */
    async run(request: WorkerRequest, deadlineMs: number): Promise<{ outcome: Outcome; ms: number }> {
      await ready.catch(() => undefined);
      if (crashed) return { outcome: { kind: 'failure', reason: 'crash', detail: crashed }, ms: 0 };
      const sent = performance.now();
      const elapsed = () => Math.round(performance.now() - sent);
      lastStage = 'start';
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          if (pending?.id !== request.id) return;
          pending = null;
          resolve({ outcome: { kind: 'failure', reason: 'deadline', detail: `no answer after ${deadlineMs} ms (last stage: ${lastStage})` }, ms: elapsed() });
        }, deadlineMs);
        pending = {
          id: request.id,
          resolve: (outcome) => {
            clearTimeout(timer);
            const ms = elapsed();
            // An answer that comes after the deadline missed it, even when a busy event loop ran
            // the answer before the deadline's timer.
            if (performance.now() - sent > deadlineMs) {
              resolve({ outcome: { kind: 'failure', reason: 'deadline', detail: `answered after ${ms} ms, past the ${deadlineMs} ms deadline (last stage: ${lastStage})` }, ms });
              return;
            }
            resolve({ outcome, ms });
          },
        };
        worker.postMessage(request);
      });
    },
    async stop(): Promise<void> {
      worker.removeAllListeners('exit');
      worker.removeAllListeners('error');
      worker.on('error', () => undefined);
      await worker.terminate();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Inside a worker

/** An intact CV to warm the engine up with: the first PDF of test/fixtures/cv. */
function warmUpCv(): Uint8Array | null {
  const dir = join(ROOT, 'test/fixtures/cv');
  try {
    const name = readdirSync(dir).filter((file) => file.endsWith('.pdf')).sort()[0];
    return name ? new Uint8Array(readFileSync(join(dir, name))) : null;
  } catch {
    return null;
  }
}

async function serveCases(): Promise<void> {
  const [{ CvError }, { extractProfile }, { loadStarterReferential }] = await Promise.all([
    import('../lib/errors'),
    import('../lib/pipeline/extract-profile'),
    import('../lib/taxonomy/starter-pack'),
  ]);
  const referential = await loadStarterReferential();
  // pdf.js compiles and loads its fonts on first use: warm up on an intact CV so that the first
  // case's deadline measures the case, not the start-up.
  const warmUp = warmUpCv();
  if (warmUp) await extractProfile(warmUp, { fileName: 'warm-up.pdf', referential }).catch(() => undefined);
  let current = -1;
  process.on('unhandledRejection', (reason) => {
    parentPort!.postMessage({ type: 'unhandled', id: current, detail: describe(reason) } satisfies WorkerReply);
  });
  parentPort!.on('message', async (request: WorkerRequest) => {
    current = request.id;
    let outcome: Outcome;
    try {
      const profile = await extractProfile(request.bytes, {
        fileName: request.fileName,
        referential,
        referenceDate: new Date('2026-01-01'),
        onProgress: (progress) => {
          const stage = `${progress.stage}${progress.page ? ` ${progress.page}/${progress.pages}` : ''}`;
          parentPort!.postMessage({ type: 'progress', id: request.id, stage } satisfies WorkerReply);
        },
      });
      const problem = checkProfile(profile);
      outcome = problem ? { kind: 'failure', reason: 'invalid-profile', detail: problem } : { kind: 'profile' };
    } catch (error) {
      if (error instanceof CvError) {
        outcome = HANDLED_CODES.includes(error.code)
          ? { kind: 'cv-error', code: error.code }
          : { kind: 'failure', reason: 'unknown-code', detail: `${error.code}: ${error.message}` };
      } else {
        outcome = { kind: 'failure', reason: 'exception', detail: describe(error) };
      }
    }
    parentPort!.postMessage({ type: 'done', id: request.id, outcome } satisfies WorkerReply);
  });
  parentPort!.postMessage({ type: 'ready' } satisfies WorkerReply);
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${(error.stack ?? '').split('\n').slice(1, 6).join('\n')}`;
  return String(error);
}

/** What the contract promises of any profile, however broken the file it came from. */
function checkProfile(profile: unknown): string | null {
  const p = profile as Record<string, unknown>;
  for (const key of ['skills', 'occupations', 'experiences', 'education', 'languages', 'drivingLicences', 'certifications', 'warnings']) {
    if (!Array.isArray(p[key])) return `${key} is not an array`;
  }
  if (!p.fields || typeof p.fields !== 'object') return 'fields missing';
  const confidences: number[] = [];
  for (const suggestion of Object.values(p.fields as Record<string, { value: unknown; confidence: number }>)) {
    if (typeof suggestion.value !== 'string' || suggestion.value === '') return 'a field value is not a non-empty string';
    confidences.push(suggestion.confidence);
  }
  for (const concept of [...(p.skills as { confidence: number }[]), ...(p.occupations as { confidence: number }[])]) confidences.push(concept.confidence);
  if (confidences.some((value) => !Number.isFinite(value) || value < 0 || value > 1)) return 'a confidence outside [0, 1]';
  try {
    JSON.stringify(profile);
  } catch (error) {
    return `not serialisable: ${describe(error)}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Command line

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/** "deadline (ocr)", "exception", …: the deadline misses split by the stage they were stuck in. */
function failureKey(result: CaseResult): string {
  const outcome = result.outcome as Extract<Outcome, { kind: 'failure' }>;
  if (outcome.reason !== 'deadline') return outcome.reason;
  const stage = /last stage: (\w+)/.exec(outcome.detail)?.[1] ?? 'start';
  return `deadline (${stage})`;
}

export function formatSummary(summary: FuzzSummary): string {
  const lines = [
    `seed ${summary.seed}: ${summary.cases} cases in ${(summary.totalMs / 1000).toFixed(1)} s — ${summary.passes} passed (${summary.profiles} profiles, ${summary.cases - summary.profiles - summary.failures.length} handled errors), ${summary.failures.length} failed`,
    `handled errors by code: ${Object.entries(summary.errorsByCode).sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(', ') || 'none'}`,
    `failures by reason: ${Object.entries(countBy(summary.failures.map((failure) => failureKey(failure)))).map(([key, count]) => `${key} ${count}`).join(', ') || 'none'}`,
    `slowest: ${summary.slowest.map((result) => `#${result.case.index} ${result.ms} ms`).join(', ')}`,
  ];
  for (const failure of summary.failures) {
    const outcome = failure.outcome as Extract<Outcome, { kind: 'failure' }>;
    lines.push(`FAIL #${failure.case.index} [${outcome.reason}] ${failure.case.source} <- ${failure.case.mutations.join(' + ')}`);
    lines.push(failure.case.mutations[0] === 'replay'
      ? `  reproduce: npx tsx scripts/fuzz.ts --replay ${failure.case.source}`
      : `  reproduce: npx tsx scripts/fuzz.ts --seed ${failure.case.seed} --case ${failure.case.index}${failure.saved ? `   or --replay ${failure.saved}` : ''}`);
    lines.push(`  ${outcome.detail.split('\n').join('\n  ')}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string', default: '2' },
      deadline: { type: 'string', default: '10000' },
      case: { type: 'string', multiple: true },
      replay: { type: 'string', multiple: true },
      quiet: { type: 'boolean', default: false },
    },
  });
  const only = values.case?.map(Number);
  const summary = await runFuzz({
    cases: Number(values.cases),
    seed: Number(values.seed),
    workers: Number(values.workers),
    deadlineMs: Number(values.deadline),
    only,
    replay: values.replay,
    onResult: values.quiet
      ? undefined
      : (result) => {
          const outcome = result.outcome;
          const label = outcome.kind === 'failure' ? `FAIL ${outcome.reason}` : outcome.kind === 'cv-error' ? outcome.code : 'profile';
          process.stderr.write(`#${result.case.index} ${label} ${result.ms} ms  ${result.case.source} <- ${result.case.mutations.join(' + ')}\n`);
        },
  });
  process.stdout.write(`${formatSummary(summary)}\n`);
  process.exitCode = summary.failures.length > 0 ? 1 : 0;
}

if ((workerData as { cvFuzzWorker?: boolean } | null)?.cvFuzzWorker) {
  void serveCases();
} else if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main();
}
