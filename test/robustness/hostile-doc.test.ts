import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { readDocument } from '../../lib/read/read-document';
import type { ReadDocument } from '../../lib/types';
import { buildDoc, compoundLayout } from '../read/build-doc';
import { docBytes, FRENCH_DOC_CV } from '../read-in-the-wild/doc-cvs';

// Hostile and broken Word 97–2003 files: each ends fast, with the text that could be read or a
// CvError the user can be told about; never a hang, a runaway allocation or a crash.

const BUDGET_MS = 10_000;

async function outcome(bytes: Uint8Array): Promise<{ document?: ReadDocument; error?: CvError; ms: number }> {
  const started = Date.now();
  try {
    const document = await readDocument(bytes, { fileName: 'cv.doc' });
    return { document, ms: Date.now() - started };
  } catch (error) {
    expect(error).toBeInstanceOf(CvError);
    // 'internal' is a crash (a TypeError, a RangeError) that readDocument wrapped.
    expect((error as CvError).code).not.toBe('internal');
    return { error: error as CvError, ms: Date.now() - started };
  }
}

const texts = (document: ReadDocument | undefined) => document?.lines.map((line) => line.text);
const CV = { body: ['Jean Dupont\r', 'Cariste, CACES 3\r'] };

function u32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true);
}
function setU32(bytes: Uint8Array, at: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);
}

/** A CLX (Pcdt only) from CPs and raw PCD fc values. */
function clx(cps: ArrayLike<number>, fcs: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(5 + cps.length * 4 + fcs.length * 8);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x02;
  view.setUint32(1, cps.length * 4 + fcs.length * 8, true);
  for (let index = 0; index < cps.length; index += 1) view.setUint32(5 + index * 4, cps[index]!, true);
  for (let index = 0; index < fcs.length; index += 1) view.setUint32(5 + cps.length * 4 + index * 8 + 2, fcs[index]!, true);
  return bytes;
}

describe('hostile .doc container', () => {
  it('a FAT chain that loops back on itself: read once, never followed round', async () => {
    const bytes = buildDoc(CV);
    const { fatAt, entryAt } = compoundLayout(bytes);
    const start = u32(bytes, entryAt('WordDocument') + 116);
    // The WordDocument stream's second sector points back to its first.
    setU32(bytes, fatAt + (start + 1) * 4, start);
    const { document, error, ms } = await outcome(bytes);
    expect(ms).toBeLessThan(BUDGET_MS);
    // The text sits in the sectors read before the loop (at 0x400, the third sector) or is lost.
    expect(document ? texts(document) : error?.code).toBeDefined();
    if (error) expect(['no-text', 'corrupt-file']).toContain(error.code);
  });

  it('every sector of the FAT pointing to itself, the directory included', async () => {
    const bytes = buildDoc(CV);
    const { fatAt } = compoundLayout(bytes);
    for (let index = 0; index < 128; index += 1) setU32(bytes, fatAt + index * 4, index);
    const { error, document, ms } = await outcome(bytes);
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(document ?? error).toBeDefined();
  });

  it('a stream starting at a sector far past the end of the file', async () => {
    const bytes = buildDoc(CV);
    const { entryAt } = compoundLayout(bytes);
    setU32(bytes, entryAt('WordDocument') + 116, 0x7ffffff0);
    const { error, ms } = await outcome(bytes);
    expect(error?.code).toBe('corrupt-file');
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a stream claiming 4 GB: read no further than the file', async () => {
    const bytes = buildDoc(CV);
    const { entryAt } = compoundLayout(bytes);
    setU32(bytes, entryAt('WordDocument') + 120, 0xfffffff0);
    const { document, ms } = await outcome(bytes);
    expect(texts(document)).toEqual(['Jean Dupont', 'Cariste, CACES 3']);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a directory of 1,000,000 entries claimed, 150,000 chained: at most 50,000 are read', async () => {
    // 4096-byte sectors: sector 0..4 the FAT, the rest one directory chain over 19 MB.
    const sectorBytes = 4096;
    const sectors = 4700;
    const bytes = new Uint8Array(sectorBytes * (sectors + 1));
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const view = new DataView(bytes.buffer);
    view.setUint16(26, 4, true);
    view.setUint16(28, 0xfffe, true);
    view.setUint16(30, 12, true);
    view.setUint16(32, 6, true);
    view.setUint32(40, 1_000_000 / 32, true); // directory sectors claimed
    view.setUint32(44, 5, true);
    view.setUint32(48, 5, true);
    view.setUint32(56, 4096, true);
    view.setUint32(60, 0xfffffffe, true);
    view.setUint32(68, 0xfffffffe, true);
    for (let index = 0; index < 109; index += 1) view.setUint32(76 + index * 4, index < 5 ? index : 0xffffffff, true);
    for (let sector = 0; sector < sectors; sector += 1) {
      view.setUint32(sectorBytes + sector * 4, sector < 5 ? 0xfffffffd : sector + 1 < sectors ? sector + 1 : 0xfffffffe, true);
    }
    const directory = 6 * sectorBytes;
    const entry = (index: number, name: string, type: number, child: number, right: number) => {
      const at = directory + index * 128;
      [...name].forEach((char, offset) => view.setUint16(at + offset * 2, char.charCodeAt(0), true));
      view.setUint16(at + 64, (name.length + 1) * 2, true);
      bytes[at + 66] = type;
      view.setUint32(at + 68, 0xffffffff, true);
      view.setUint32(at + 72, right, true);
      view.setUint32(at + 76, child, true);
      view.setUint32(at + 116, 0xfffffffe, true);
    };
    entry(0, 'Root Entry', 5, 1, 0xffffffff);
    entry(1, 'WordDocument', 2, 0xffffffff, 999_999);
    const { error, ms } = await outcome(bytes);
    expect(error?.code).toBe('corrupt-file');
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a truncated file: the text that is there, or a damaged file', async () => {
    const whole = buildDoc({ body: ['Jean Dupont\r', 'x'.repeat(6000) + '\r', 'Cariste\r'] });
    for (const length of [600, 2048, 5000, Math.floor(whole.length / 2), whole.length - 700]) {
      const { error, ms } = await outcome(whole.slice(0, length));
      expect(ms).toBeLessThan(BUDGET_MS);
      // The directory or the FAT (written last) is cut: nothing can be found.
      expect(error?.code).toBe('corrupt-file');
    }
    // Only the unused end of the FAT is cut: the chains are all there.
    const { document } = await outcome(whole.slice(0, whole.length - 100));
    expect(texts(document)).toEqual(['Jean Dupont', 'x'.repeat(6000), 'Cariste']);
  });
});

describe('hostile piece table and text', () => {
  it('a piece table of 1,000,000 one-character pieces: read in linear time', async () => {
    const count = 1_000_000;
    const cps = Uint32Array.from({ length: count + 1 }, (_, index) => index);
    const bytes = buildDoc({
      body: ['A\r'],
      ccpText: count,
      // 12 MB of table stream: 4096-byte sectors keep the FAT within the header's 109 entries.
      sectorShift: 12,
      pieceTable: ({ textAt }) => clx(cps, new Uint32Array(count).fill(((textAt * 2) | 0x40000000) >>> 0)),
    });
    const { document, error, ms } = await outcome(bytes);
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(error?.code ?? texts(document)?.[0]?.slice(0, 3)).toMatch(/^(AAA|too-long)$/);
  });

  it('CPs out of order: the pieces before the disorder are read', async () => {
    const bytes = buildDoc({
      body: ['Jean Dupont\r'],
      pieceTable: ({ textAt }) => clx([0, 12, 5, 40], [((textAt * 2) | 0x40000000) >>> 0, ((textAt * 2) | 0x40000000) >>> 0, textAt]),
    });
    const { document, ms } = await outcome(bytes);
    expect(texts(document)).toEqual(['Jean Dupont']);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a piece whose text lies past the end of the stream is skipped', async () => {
    const bytes = buildDoc({
      body: ['Jean Dupont\r'],
      pieceTable: ({ textAt }) => clx([0, 12, 1_000_012], [((textAt * 2) | 0x40000000) >>> 0, 0x3ffffff0]),
      ccpText: 1_000_012,
    });
    const { document, ms } = await outcome(bytes);
    expect(texts(document)).toEqual(['Jean Dupont']);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a ccpText of 4 billion: the text the pieces hold, no more', async () => {
    const { document, ms } = await outcome(buildDoc({ ...CV, ccpText: 0xfffffff0 }));
    expect(texts(document)).toEqual(['Jean Dupont', 'Cariste, CACES 3']);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('no piece table at all: a damaged file', async () => {
    const { error } = await outcome(buildDoc({ ...CV, pieceTable: () => new Uint8Array([0x01, 0xff, 0xff, 0x00]) }));
    expect(error?.code).toBe('corrupt-file');
  });

  it('500,000 nested fields: counted, not stacked; the text after them is read', async () => {
    const bomb = '\u0013'.repeat(500_000) + 'mots cachés' + '\u0015'.repeat(500_000);
    const { document, ms } = await outcome(buildDoc({ body: ['Jean Dupont\r', bomb, 'Cariste\r'] }));
    expect(texts(document)).toEqual(['Jean Dupont', 'Cariste']);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('250,000 formatting runs: refused as far too long, not sorted and searched', async () => {
    const body = Array.from({ length: 250_000 }, (_, index) => ({ text: 'ab', bold: index % 2 === 0, hidden: index % 2 === 1 }));
    const { error, ms } = await outcome(buildDoc({ body: [...body, '\r'], sectorShift: 12 }));
    expect(error?.code).toBe('too-long');
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('300,000 empty paragraphs: refused as far too long for a CV', async () => {
    const { error, ms } = await outcome(buildDoc({ body: ['Jean Dupont\r', '\r'.repeat(300_000)] }));
    expect(error?.code).toBe('too-long');
    expect(ms).toBeLessThan(BUDGET_MS);
  });
});

describe('a .doc CV with random bytes changed', () => {
  it('300 damaged copies: each gives text or a CvError, quickly, never a crash', async () => {
    const original = docBytes(FRENCH_DOC_CV);
    let seed = 20261204;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const started = Date.now();
    for (let copy = 0; copy < 300; copy += 1) {
      const bytes = original.slice();
      // 1 to 16 bytes changed anywhere past the signature: FAT, directory, FIB, pieces, FKPs, styles.
      for (let change = 1 + random(16); change > 0; change -= 1) bytes[8 + random(bytes.length - 8)] = random(256);
      const { document, error } = await outcome(bytes);
      expect(document ?? error).toBeDefined();
    }
    expect(Date.now() - started).toBeLessThan(BUDGET_MS * 2);
  });
});
