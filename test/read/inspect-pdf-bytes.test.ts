import { readdirSync, readFileSync } from 'node:fs';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { BOMB_MIN_BYTES, inspectPdfBytes, MAX_STREAM_BYTES } from '../../lib/read/pdf/inspect-pdf-bytes';
import { ascii85Decoder, asciiHexDecoder, lzwDecoder, predictorDecoder, runLengthDecoder, type ByteSink } from '../../lib/read/pdf/stream-decoders';
import { readPdfValue } from '../../lib/read/pdf/pdf-object-syntax';
import { readDocument } from '../../lib/read/read-document';
import { flateContent, latin1, pdfWithPages, textContent } from './build-pdf';

// The pre-check that keeps decompression bombs away from pdf.js, which decodes streams whole and
// synchronously. Bombs are built the ways an attacker would hide one from a check that only
// inflates one Flate layer; every one must be found, fast, and no ordinary PDF may be refused.

/** A refusal is a few megabytes of decoding, not the seconds pdf.js would spend. */
const REFUSAL_MS = 2_000;
const MB = 1024 * 1024;

const CV_TEXT = textContent(['Karim HADDAD', 'Agent de propreté', 'karim.haddad@example.fr', '07 81 22 33 44', 'EXPERIENCE', 'Agent de propreté, Onet Services']);
/** What a bomb decodes to: page-description no-ops, harmless to any parser but for their number. */
const noOps = (bytes: number) => Buffer.alloc(bytes, 'q Q ');

function inspect(pdf: Uint8Array) {
  const started = performance.now();
  const inspection = inspectPdfBytes(pdf);
  return { ...inspection, ms: performance.now() - started };
}

/** A one-page CV whose second content stream is `data` under `filterKeys`. */
function cvWith(filterKeys: string, data: Uint8Array | Buffer, extra?: Parameters<typeof pdfWithPages>[1]): Uint8Array {
  return pdfWithPages([[flateContent(CV_TEXT), { dictionary: filterKeys, data: new Uint8Array(data) }]], extra);
}

function expectRefused(pdf: Uint8Array): void {
  const result = inspect(pdf);
  expect(result.hostileStream, 'refused').not.toBeNull();
  expect(result.ms).toBeLessThan(REFUSAL_MS);
  // Never more than the caps allow, whatever the bomb would give.
  expect(result.decodedBytes).toBeLessThan(MAX_STREAM_BYTES + 8 * MB);
}

// ---------------------------------------------------------------------------------------------
// Encoders for the filters, as a PDF producer (or an attacker) writes them

/** PDF LZW (EarlyChange 1), with a clear code before the table fills. */
function lzwEncode(data: Uint8Array): Uint8Array {
  const codes: [code: number, width: number][] = [];
  let table = new Map<number, number>();
  let next = 258;
  let sinceClear = 0;
  // The decoder widens its codes one entry early, and adds an entry for every code but the first.
  const width = () => (sinceClear === 0 ? 9 : Math.min(12, (258 + sinceClear).toString(2).length));
  const emit = (code: number) => {
    codes.push([code, width()]);
    sinceClear += 1;
  };
  const clear = () => {
    codes.push([256, width()]);
    table = new Map();
    next = 258;
    sinceClear = 0;
  };
  clear();
  let prefix = -1;
  for (const byte of data) {
    if (prefix < 0) {
      prefix = byte;
      continue;
    }
    const known = table.get(prefix * 256 + byte);
    if (known !== undefined) {
      prefix = known;
      continue;
    }
    emit(prefix);
    table.set(prefix * 256 + byte, next++);
    prefix = byte;
    if (next >= 3800) clear();
  }
  if (prefix >= 0) emit(prefix);
  codes.push([257, width()]);
  return packCodes(codes);
}

/**
 * LZW of about `length` spaces the way a bomb is built: each code is the one the decoder is about
 * to define (the "KwKwK" case), so each stands for one byte more than the last, until the table is
 * full; then its longest code (3,839 bytes) over and over.
 */
function lzwRunBomb(length: number): Uint8Array {
  const codes: [code: number, width: number][] = [[256, 9], [0x20, 9]];
  let produced = 1;
  for (let k = 1; produced < length; k += 1) {
    const code = Math.min(258 + k - 1, 4095);
    codes.push([code, Math.min(12, (258 + k).toString(2).length)]);
    produced += Math.min(k, 3838) + 1;
  }
  codes.push([257, 12]);
  return packCodes(codes);
}

function packCodes(codes: [code: number, width: number][]): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const [code, size] of codes) {
    buffer = (buffer << size) | code;
    bits += size;
    while (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out.push((buffer << (8 - bits)) & 0xff);
  return new Uint8Array(out);
}

/** PNG "Up" prediction of rows of `columns` bytes (/Predictor 12), each row tagged 2. */
function pngUp(data: Uint8Array, columns: number): Uint8Array {
  const rows = Math.ceil(data.length / columns);
  const padded = new Uint8Array(rows * columns);
  padded.set(data);
  const out = new Uint8Array(rows * (columns + 1));
  for (let row = 0; row < rows; row += 1) {
    out[row * (columns + 1)] = 2;
    for (let i = 0; i < columns; i += 1) {
      const above = row > 0 ? padded[(row - 1) * columns + i]! : 0;
      out[row * (columns + 1) + 1 + i] = (padded[row * columns + i]! - above) & 0xff;
    }
  }
  return out;
}

function ascii85Encode(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const group = data.subarray(i, i + 4);
    const padded = new Uint8Array(4);
    padded.set(group);
    const value = new DataView(padded.buffer).getUint32(0);
    if (value === 0 && group.length === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    let rest = value;
    for (let k = 0; k < 5; k += 1) {
      digits.unshift(String.fromCharCode(33 + (rest % 85)));
      rest = Math.floor(rest / 85);
    }
    out += digits.slice(0, group.length + 1).join('');
  }
  return `${out}~>`;
}

/** Runs `data` through one decoder and returns everything it wrote. */
function decodeAll(make: (sink: ByteSink) => ByteSink, data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const decoder = make({ write: (chunk) => chunks.push(chunk.slice()), end: () => undefined });
  decoder.write(data);
  decoder.end();
  return new Uint8Array(Buffer.concat(chunks));
}

// ---------------------------------------------------------------------------------------------

describe('decoders decode what producers encode', () => {
  // Text long enough to fill the LZW table several times over and widen codes to 12 bits.
  const text = latin1(Array.from({ length: 400 }, (_, i) => `${CV_TEXT}\n% ligne ${i} ${(i * 7919) % 1000}\n`).join(''));

  it('LZW, through every code width and table reset', () => {
    const encoded = lzwEncode(text);
    expect(encoded.length).toBeLessThan(text.length / 3);
    expect(Buffer.from(decodeAll((sink) => lzwDecoder(sink, 1), encoded)).equals(Buffer.from(text))).toBe(true);
  });

  it('ASCII85, ASCIIHex and RunLength', () => {
    const sample = text.subarray(0, 5000);
    expect(Buffer.from(decodeAll(ascii85Decoder, latin1(ascii85Encode(sample)))).equals(Buffer.from(sample))).toBe(true);
    expect(Buffer.from(decodeAll(asciiHexDecoder, latin1(`${Buffer.from(sample).toString('hex')}>`))).equals(Buffer.from(sample))).toBe(true);
    // RunLength: 3 literal bytes, then 'A' repeated 128 times, then end of data.
    expect(Buffer.from(decodeAll(runLengthDecoder, new Uint8Array([2, 0x61, 0x62, 0x63, 129, 0x41, 128, 0x5a]))).toString('latin1')).toBe(`abc${'A'.repeat(128)}`);
  });

  it('the PNG predictor, row by row', () => {
    const sample = text.subarray(0, 4000);
    const parameters = readPdfValue('<< /Predictor 12 /Columns 37 >>', 0)!.value as Map<string, number>;
    const decoded = decodeAll((sink) => predictorDecoder(sink, parameters)!, pngUp(sample, 37));
    expect(Buffer.from(decoded.subarray(0, sample.length)).equals(Buffer.from(sample))).toBe(true);
  });

  it('reads escaped names and nested dictionaries as pdf.js does', () => {
    const dictionary = readPdfValue('<< /Filter [/Fl#61teDecode /LZW] /DecodeParms [null << /EarlyChange 0 >>] /Length 12 0 R >>', 0)!.value as Map<string, unknown>;
    expect(dictionary.get('Filter')).toEqual([{ name: 'FlateDecode' }, { name: 'LZW' }]);
    expect(dictionary.get('Length')).toEqual({ ref: 12, generation: 0 });
  });
});

describe('decompression bombs are refused before pdf.js sees them', () => {
  // 40 MB of no-ops: compressed once it is 40 KB, a ratio of 1000.
  const bomb = noOps(40 * MB);
  const deflated = deflateSync(bomb, { level: 9 });

  it.each([
    ['stream-bomb.pdf', 'Flate, 150 MB'],
    ['stream-bomb-double-flate.pdf', 'Flate twice, 300 MB from 2.9 KB'],
    ['stream-bomb-lzw.pdf', 'LZW, 200 MB from 86 KB'],
  ])('the hostile fixture %s (%s)', (file) => {
    expectRefused(new Uint8Array(readFileSync(`test/fixtures/hostile/${file}`)));
  });

  it('Flate inside Flate: the outer layer alone looks harmless', () => {
    const outer = deflateSync(deflated);
    expect(inspect(cvWith('/Filter /FlateDecode', outer)).hostileStream).toBeNull(); // one layer only: 40 KB
    expectRefused(cvWith('/Filter [/FlateDecode /FlateDecode]', outer));
  });

  it('LZW, alone and under Flate', () => {
    // A plain encoder stays under the ratio (its table is reset); a crafted one repeats its longest code.
    const plain = lzwEncode(noOps(4 * MB));
    expect(inspect(cvWith('/Filter /LZWDecode', plain)).hostileStream).toBeNull();
    const lzw = lzwRunBomb(40 * MB);
    expectRefused(cvWith('/Filter /LZWDecode', lzw));
    expectRefused(cvWith('/Filter [/FlateDecode /LZWDecode]', deflateSync(lzw)));
  });

  it('Flate wrapped in ASCII encodings: hex, ASCII85, then Flate again', () => {
    expectRefused(cvWith('/Filter [/ASCIIHexDecode /FlateDecode]', Buffer.from(`${deflated.toString('hex')}>`)));
    expectRefused(cvWith('/Filter [/A85 /Fl /Fl]', Buffer.from(ascii85Encode(deflateSync(deflated)))));
  });

  it('a PNG predictor between two Flate layers', () => {
    const predicted = deflateSync(pngUp(deflated, 64));
    expectRefused(cvWith('/Filter [/FlateDecode /FlateDecode] /DecodeParms [<< /Predictor 12 /Columns 64 >> null]', predicted));
  });

  it('RunLength, which expands 64 times: refused at the per-stream cap', () => {
    const runs = Buffer.alloc(2 * Math.ceil((MAX_STREAM_BYTES + MB) / 128));
    for (let i = 0; i < runs.length; i += 2) [runs[i], runs[i + 1]] = [129, 0x20];
    expectRefused(cvWith('/Filter /RunLengthDecode', runs));
  });

  it('filters spelled to slip past a text search: escaped names, /F, nested /DecodeParms, a reference', () => {
    expectRefused(cvWith('/Filter /Fl#61teDecode', deflated));
    expectRefused(cvWith('/F /Fl', deflated));
    expectRefused(cvWith('/Filter /FlateDecode /DecodeParms << /Predictor 1 /Columns 1 >>', deflated));
    expectRefused(cvWith('/Filter 90 0 R', deflateSync(deflated), (builder) => {
      while (builder.reserve() < 90);
      builder.set(90, '[/FlateDecode /FlateDecode]');
      for (let n = 3; n < 90; n += 1) builder.set(n, 'null');
    }));
  });

  it('a filter that cannot be looked up (in a compressed object) is guessed from the data', () => {
    expectRefused(cvWith('/Filter 999 0 R', deflateSync(deflated)));
  });

  it('an `endstream` planted in the data, and a /Length whose definition is shadowed further on', () => {
    // A stored block holding "endstream" comes first; the bomb follows in the same zlib stream.
    const planted = Buffer.from('\nendstream\n', 'latin1');
    const stored = Buffer.from([0x00, planted.length, 0, ~planted.length & 0xff, 0xff]);
    const data = Buffer.concat([Buffer.from([0x78, 0x9c]), stored, planted, deflateRawSync(bomb), Buffer.alloc(4)]);
    // pdf.js takes /Length from object 3 through the cross-reference table; a text search finds a
    // later "3 0 obj" inside another stream, which puts the end just before the planted keyword.
    const pdf = pdfWithPages([[flateContent(CV_TEXT), { dictionary: '/Filter /FlateDecode', data: new Uint8Array(data), length: '3 0 R' }]], (builder) => {
      builder.add(String(data.length));
      builder.stream('', latin1('3 0 obj 7 endobj'));
    });
    expectRefused(pdf);
  });

  it('many streams each under the per-stream threshold, together a bomb', () => {
    const part = deflateSync(noOps(BOMB_MIN_BYTES - MB), { level: 9 });
    const pdf = pdfWithPages([[flateContent(CV_TEXT), ...Array.from({ length: 6 }, () => ({ dictionary: '/Filter /FlateDecode', data: new Uint8Array(part) }))]]);
    expectRefused(pdf);
  });

  it('filters a CV never uses where pdf.js would decode them whole: Brotli, an image codec on page content, a long chain', () => {
    expect(inspect(cvWith('/Filter /BrotliDecode', Buffer.from([0x1b, 0x03, 0x00]))).hostileStream).toMatch(/Brotli/);
    expect(inspect(cvWith('/Filter /CCITTFaxDecode /DecodeParms << /Columns 100000 >>', Buffer.alloc(64))).hostileStream).toMatch(/image filter/);
    expect(inspect(cvWith(`/Filter [${'/AHx '.repeat(9)}]`, Buffer.from('>'))).hostileStream).toMatch(/chain/);
  });

  it('through the reader: the same clear error as any damaged file', async () => {
    const started = Date.now();
    const error = await readDocument(cvWith('/Filter [/FlateDecode /FlateDecode]', deflateSync(deflated))).then(() => null, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toBe('corrupt-file');
    expect(Date.now() - started).toBeLessThan(REFUSAL_MS);
  });
});

describe('the check cannot be made slow', () => {
  // Files of nothing but `stream` tokens: each one is looked at, so each must cost only the text
  // since the one before, not a scan to the end of the file.
  it.each([
    ['in strings, with no line break anywhere', '(stream)'],
    ['after a dictionary end with no start', ' >>stream '],
    ['after Flate dictionaries, each data reaching the end of the file', '<< /Filter /FlateDecode >>stream\n'],
    ['with indirect lengths', '<< /Length 7 0 R /Filter [/AHx /Fl] >> stream\n'],
  ])('8 MB of fake streams %s', (_, token) => {
    const pdf = latin1(`%PDF-1.7\n${token.repeat(Math.ceil((8 * MB) / token.length))}`);
    const result = inspect(pdf);
    // Passed, or refused once the overlapping data fed to decoders exceeds any real file's.
    expect(result.hostileStream ?? 'passed').toMatch(/passed|overlap/);
    expect(result.ms).toBeLessThan(REFUSAL_MS);
  });
});

describe('ordinary PDFs pass, and the check stays cheap', () => {
  const files = ['test/fixtures/cv', 'test/fixtures/read'].flatMap((dir) =>
    readdirSync(dir).filter((name) => name.endsWith('.pdf')).map((name) => `${dir}/${name}`));

  it('no CV or reader fixture is refused; each is checked in a few milliseconds', () => {
    expect(files.length).toBeGreaterThan(30);
    const timings: number[] = [];
    for (const file of files) {
      const result = inspect(new Uint8Array(readFileSync(file)));
      expect(result.hostileStream, file).toBeNull();
      timings.push(result.ms);
    }
    // Measured: about 5 ms a CV on a busy two-core machine. A check that read every byte many
    // times over, or decoded images it need not, would show here.
    expect(Math.max(...timings)).toBeLessThan(250);
  });

  it('a blank scanned page, a thousandfold compressible, is an image and not a bomb', () => {
    const blank = deflateSync(Buffer.alloc(2480 * 3508 * 3, 0xff), { level: 9 });
    const pdf = pdfWithPages([[flateContent(CV_TEXT)]], (builder) => {
      builder.stream('/Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', new Uint8Array(blank));
    });
    const result = inspect(pdf);
    expect(blank.length * 400).toBeLessThan(2480 * 3508 * 3);
    expect(result.hostileStream).toBeNull();
    expect(result.largestImagePixels).toBe(2480 * 3508);
  });

  it('a CV whose page content is LZW-compressed (older producers) is read', async () => {
    const pdf = pdfWithPages([[{ dictionary: '/Filter /LZWDecode', data: lzwEncode(latin1(CV_TEXT)) }]]);
    expect(inspect(pdf).hostileStream).toBeNull();
    const document = await readDocument(pdf);
    expect(document.lines.map((line) => line.text)).toContain('karim.haddad@example.fr');
  });
});
