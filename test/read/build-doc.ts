// Test-only writer of Word 97–2003 documents (.doc): an OLE compound file [MS-CFB] holding a
// WordDocument stream (FIB, text, CHPX and PAPX pages) and a 1Table stream (piece table, header
// story table, bin tables) [MS-DOC]. No tool on the test machines writes .doc files, so the
// reader's tests build them here. The layout follows the specifications, not the reader:
// FibBase 32 bytes, csw 14 (fibRgW), cslw 22 (fibRgLw, ccpText at index 3), cbRgFcLcb 93
// (fibRgFcLcb97, fcClx at index 33).

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/** cp1252 bytes 0x80–0x9F for the [MS-DOC] 2.4.1 mappings. */
const CP1252_HIGH: Record<number, number> = {
  0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89,
  0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
  0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x0178: 0x9f,
};

// ---------------------------------------------------------------------------------------------
// Compound file

export interface CfbStream {
  name: string;
  data: Uint8Array;
}

/** A compound file holding `streams` under the root; streams under 4096 bytes go to the mini stream. */
export function buildCompoundFile(streams: CfbStream[], options: { sectorShift?: 9 | 12 } = {}): Uint8Array {
  const shift = options.sectorShift ?? 9;
  const size = 1 << shift;
  const sectors: Uint8Array[] = [];
  const fat: number[] = [];
  const allocate = (data: Uint8Array): number => {
    if (data.length === 0) return ENDOFCHAIN;
    const start = sectors.length;
    for (let at = 0; at < data.length; at += size) {
      const sector = new Uint8Array(size);
      sector.set(data.subarray(at, at + size));
      sectors.push(sector);
      fat.push(at + size < data.length ? sectors.length : ENDOFCHAIN);
    }
    return start;
  };
  // Mini stream: the small streams, 64 bytes a sector.
  const miniFat: number[] = [];
  const mini: number[] = [];
  const miniStarts = new Map<string, number>();
  for (const stream of streams) {
    if (stream.data.length >= 4096 || stream.data.length === 0) continue;
    miniStarts.set(stream.name, miniFat.length);
    const count = Math.ceil(stream.data.length / 64);
    for (let index = 0; index < count; index += 1) miniFat.push(index + 1 < count ? miniFat.length + 1 : ENDOFCHAIN);
    const padded = new Uint8Array(count * 64);
    padded.set(stream.data);
    mini.push(...padded);
  }
  const directory = new Uint8Array(Math.ceil(((streams.length + 1) * 128) / size) * size);
  const dirView = new DataView(directory.buffer);
  const entry = (index: number, name: string, type: number, start: number, length: number, child: number, right: number) => {
    const at = index * 128;
    [...name].forEach((char, offset) => dirView.setUint16(at + offset * 2, char.charCodeAt(0), true));
    dirView.setUint16(at + 64, (name.length + 1) * 2, true);
    directory[at + 66] = type;
    directory[at + 67] = 1;
    dirView.setUint32(at + 68, NOSTREAM, true);
    dirView.setUint32(at + 72, right, true);
    dirView.setUint32(at + 76, child, true);
    dirView.setUint32(at + 116, start, true);
    dirView.setUint32(at + 120, length, true);
  };
  for (let index = streams.length + 1; index < directory.length / 128; index += 1) {
    dirView.setUint32(index * 128 + 68, NOSTREAM, true);
    dirView.setUint32(index * 128 + 72, NOSTREAM, true);
    dirView.setUint32(index * 128 + 76, NOSTREAM, true);
  }
  const directoryStart = allocate(directory);
  const miniFatBytes = new Uint8Array(miniFat.length * 4);
  miniFat.forEach((value, index) => new DataView(miniFatBytes.buffer).setUint32(index * 4, value, true));
  const miniFatStart = allocate(miniFatBytes);
  const miniStreamStart = allocate(Uint8Array.from(mini));
  entry(0, 'Root Entry', 5, miniStreamStart, mini.length, streams.length > 0 ? 1 : NOSTREAM, NOSTREAM);
  streams.forEach((stream, index) => {
    const small = miniStarts.get(stream.name);
    const start = small ?? allocate(stream.data);
    // Siblings chained to the right: a valid, if unbalanced, tree.
    entry(index + 1, stream.name, 2, stream.data.length === 0 ? ENDOFCHAIN : start, stream.data.length, NOSTREAM, index + 1 < streams.length ? index + 2 : NOSTREAM);
  });
  // The directory entries were written after allocating it: copy them into its sectors again.
  for (let at = 0; at < directory.length; at += size) sectors[directoryStart + at / size]!.set(directory.subarray(at, at + size));
  // FAT sectors at the end, marking themselves.
  const perFat = size / 4;
  let fatCount = 1;
  while (fatCount * perFat < sectors.length + fatCount) fatCount += 1;
  const firstFat = sectors.length;
  for (let index = 0; index < fatCount; index += 1) fat.push(FATSECT);
  const fatBytes = new Uint8Array(fatCount * size).fill(0xff);
  const fatView = new DataView(fatBytes.buffer);
  fat.forEach((value, index) => fatView.setUint32(index * 4, value, true));
  for (let index = 0; index < fatCount; index += 1) sectors.push(fatBytes.subarray(index * size, (index + 1) * size));

  const out = new Uint8Array(size * (sectors.length + 1));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, shift === 9 ? 3 : 4, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, shift, true);
  view.setUint16(32, 6, true);
  view.setUint32(40, shift === 12 ? directory.length / size : 0, true);
  view.setUint32(44, fatCount, true);
  view.setUint32(48, directoryStart, true);
  view.setUint32(56, 4096, true);
  view.setUint32(60, miniFat.length > 0 ? miniFatStart : ENDOFCHAIN, true);
  view.setUint32(64, Math.ceil(miniFatBytes.length / size), true);
  view.setUint32(68, ENDOFCHAIN, true);
  for (let index = 0; index < 109; index += 1) view.setUint32(76 + index * 4, index < fatCount ? firstFat + index : FREESECT, true);
  sectors.forEach((sector, index) => out.set(sector, (index + 1) * size));
  return out;
}

/** Where things are in a compound file written above: for tests that then damage it. */
export function compoundLayout(bytes: Uint8Array): { sectorBytes: number; fatAt: number; directoryAt: number; entryAt: (name: string) => number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorBytes = 1 << view.getUint16(30, true);
  const fatAt = (view.getUint32(76, true) + 1) * sectorBytes;
  const directoryAt = (view.getUint32(48, true) + 1) * sectorBytes;
  const entryAt = (name: string) => {
    for (let at = directoryAt; at + 128 <= bytes.length; at += 128) {
      let found = '';
      for (let offset = 0; offset < 62; offset += 2) {
        const code = view.getUint16(at + offset, true);
        if (code === 0) break;
        found += String.fromCharCode(code);
      }
      if (found === name) return at;
    }
    return -1;
  };
  return { sectorBytes, fatAt, directoryAt, entryAt };
}

// ---------------------------------------------------------------------------------------------
// Word document

/** A run of text: one piece of the piece table, 8-bit unless `unicode` (or a character needs it). */
export interface DocRun {
  text: string;
  unicode?: boolean;
  bold?: boolean;
  hidden?: boolean;
  /** Font size in half-points (sprmCHps). */
  halfPoints?: number;
  /** The style (index in `styles`) of the paragraphs whose mark is in this run. */
  paragraphStyle?: number;
  /** A character style (index in `styles`), by sprmCIstd. */
  characterStyle?: number;
  /** A symbol inserted with Insert > Symbol: Word stores '(' with sprmCSymbol naming the glyph. */
  symbol?: boolean;
  /** Hidden by the piece's Prm (a Prc of the CLX), not by a CHPX. */
  pieceHidden?: boolean;
}

/** A style of the style sheet (STSH); its index is its istd. */
export interface DocStyle {
  name: string;
  kind: 'paragraph' | 'character';
  /** Built-in style number: 0 Normal, 1–9 Heading 1–9, 65 Default Paragraph Font; 0xFFE user. */
  sti?: number;
  /** istd of the base style; 0xFFF none. */
  base?: number;
  bold?: boolean;
  hidden?: boolean;
}

/** A table: each row's cells, each cell's paragraphs joined by '\r'. */
export interface DocTable {
  rows: string[][];
}

export type DocPart = DocRun | DocTable | string;

export interface DocOptions {
  body: DocPart[];
  footnotes?: string;
  /** The main document's text boxes, each story ending with '\r'. */
  textBoxes?: string;
  /** Per section: even header, odd header, even footer, odd footer, first-page header, first-page footer. */
  headerStories?: [string, string, string, string, string, string];
  nFib?: number;
  /** Extra FibBase flags (0x0100 fEncrypted, 0x8000 fObfuscated). */
  flags?: number;
  /** Write PAPX pages marking table paragraphs (fInTable, fTtp); without them, only the marks tell. */
  paragraphProperties?: boolean;
  /** The style sheet; without it, none is written. */
  styles?: DocStyle[];
  /** Store the table stream as 0Table (fWhichTblStm clear). */
  zeroTable?: boolean;
  /** Put a Prc (clxt 1) before the piece table, as Word does after editing. */
  prc?: boolean;
  sectorShift?: 9 | 12;
  /** CLX bytes replacing the piece table written from the body (text stays at `textAt`). */
  pieceTable?: (layout: { textAt: number }) => Uint8Array;
  /** A ccpText replacing the body's length. */
  ccpText?: number;
  /** Changes the WordDocument and table streams before they are stored. */
  tamper?: (streams: { word: Uint8Array; table: Uint8Array; clxAt: number; textAt: number }) => void;
}

interface Piece {
  cp: number;
  bytes: Uint8Array;
  compressed: boolean;
  run: DocRun;
}

interface ParagraphMark {
  cp: number;
  ttp: boolean;
}

export function buildDoc(options: DocOptions): Uint8Array {
  const runs: DocRun[] = [];
  const tableMarks: ParagraphMark[] = [];
  let cp = 0;
  const push = (run: DocRun) => {
    runs.push(run);
    cp += run.text.length;
  };
  for (const part of options.body) {
    if (typeof part === 'string') push({ text: part });
    else if ('rows' in part) {
      for (const row of part.rows) {
        for (const cell of row) {
          const text = `${cell}\u0007`;
          for (let index = 0; index < text.length; index += 1) if (text[index] === '\r' || text[index] === '\u0007') tableMarks.push({ cp: cp + index, ttp: false });
          push({ text });
        }
        tableMarks.push({ cp, ttp: true });
        push({ text: '\u0007' });
      }
    } else push(part);
  }
  const ccpText = cp;
  if (options.footnotes) push({ text: options.footnotes });
  const ccpFtn = cp - ccpText;
  const storyStarts: number[] = [];
  if (options.headerStories) {
    for (const story of options.headerStories) {
      storyStarts.push(cp - ccpText - ccpFtn);
      if (story) push({ text: story });
    }
    storyStarts.push(cp - ccpText - ccpFtn);
    // The guard paragraph mark after the last story.
    push({ text: '\r' });
  }
  const ccpHdd = cp - ccpText - ccpFtn;
  if (options.textBoxes) push({ text: options.textBoxes });
  const ccpTxbx = cp - ccpText - ccpFtn - ccpHdd;
  // The document ends with a paragraph mark Word never shows as a separate paragraph.
  if (ccpHdd === 0 && ccpTxbx === 0) push({ text: '\r' });

  // WordDocument: FIB (898 bytes), text from 0x400, then FKP pages.
  const textAt = 0x400;
  const pieces: Piece[] = [];
  let at = textAt;
  let pieceCp = 0;
  const bytesParts: Uint8Array[] = [];
  for (const run of runs) {
    const compressed = !run.unicode && [...run.text].every((char) => char.charCodeAt(0) < 0x100 || CP1252_HIGH[char.charCodeAt(0)] !== undefined);
    const bytes = compressed
      ? Uint8Array.from([...run.text], (char) => CP1252_HIGH[char.charCodeAt(0)] ?? char.charCodeAt(0))
      : Uint8Array.from([...run.text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]));
    pieces.push({ cp: pieceCp, bytes, compressed, run });
    bytesParts.push(bytes);
    pieceCp += run.text.length;
    at += bytes.length;
  }
  const textEnd = at;
  const pieceFcs: number[] = [];
  {
    let offset = textAt;
    for (const piece of pieces) {
      pieceFcs.push(offset);
      offset += piece.bytes.length;
    }
  }
  const pieceIndex = (cpAt: number): number => {
    let index = pieces.length - 1;
    while (index > 0 && pieces[index]!.cp > cpAt) index -= 1;
    return index;
  };
  const fcOf = (cpAt: number): number => {
    const index = pieceIndex(cpAt);
    const piece = pieces[index]!;
    return pieceFcs[index]! + (cpAt - piece.cp) * (piece.compressed ? 1 : 2);
  };

  // CHPX runs for formatted pieces; PAPX runs for table paragraphs.
  const chpxRuns: { start: number; end: number; grpprl: number[] }[] = [];
  pieces.forEach((piece, index) => {
    const grpprl: number[] = [];
    if (piece.run.bold) grpprl.push(0x35, 0x08, 1);
    if (piece.run.hidden !== undefined) grpprl.push(0x3c, 0x08, piece.run.hidden ? 1 : 0);
    if (piece.run.halfPoints !== undefined) grpprl.push(0x43, 0x4a, piece.run.halfPoints & 0xff, piece.run.halfPoints >> 8);
    // sprmCSymbol: font 2 (Wingdings, say), character 0xF028 (a telephone).
    if (piece.run.symbol) grpprl.push(0x09, 0x6a, 0x02, 0x00, 0x28, 0xf0);
    if (piece.run.characterStyle !== undefined) grpprl.push(0x30, 0x4a, piece.run.characterStyle & 0xff, piece.run.characterStyle >> 8);
    if (grpprl.length > 0 && piece.bytes.length > 0) chpxRuns.push({ start: pieceFcs[index]!, end: pieceFcs[index]! + piece.bytes.length, grpprl });
  });
  const papxRuns: { start: number; end: number; grpprl: number[]; istd?: number }[] = [];
  if (options.paragraphProperties || runs.some((run) => run.paragraphStyle !== undefined)) {
    // Every paragraph gets a PAPX: its style, and for a table paragraph fInTable (and fTtp for
    // a row's end). A paragraph's run starts after the previous paragraph's mark.
    const tableMarksAt = new Map(tableMarks.map((mark) => [mark.cp, mark]));
    let markCp = 0;
    let start = textAt;
    for (const run of runs) {
      for (let index = 0; index < run.text.length; index += 1) {
        if (run.text[index] !== '\r' && run.text[index] !== '\u0007') continue;
        const cpAt = markCp + index;
        const end = fcOf(cpAt) + (pieces[pieceIndex(cpAt)]!.compressed ? 1 : 2);
        const mark = tableMarksAt.get(cpAt);
        const grpprl = mark ? [0x16, 0x24, 1, ...(mark.ttp ? [0x17, 0x24, 1] : [])] : [];
        papxRuns.push({ start, end, grpprl, istd: run.paragraphStyle ?? 0 });
        start = end;
      }
      markCp += run.text.length;
    }
  }
  const fkpStart = Math.ceil(textEnd / 512) * 512;
  const fkps: Uint8Array[] = [];
  // 20 runs a page leaves room for their properties (Word fits up to 101 short ones).
  const bteChpx = binTable(chpxRuns, 20, 'chpx', fkpStart, fkps);
  const btePapx = binTable(papxRuns, 29, 'papx', fkpStart, fkps);
  const word = new Uint8Array(Math.max(4096, fkpStart + fkps.length * 512));
  const wordView = new DataView(word.buffer);
  bytesParts.reduce((offset, bytes) => (word.set(bytes, offset), offset + bytes.length), textAt);
  fkps.forEach((page, index) => word.set(page, fkpStart + index * 512));

  // Table stream: CLX, PlcfHdd, bin tables.
  const table: number[] = [];
  const u32 = (value: number) => table.push(value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >>> 24) & 0xff);
  const clxAt = table.length;
  // Prc 0: bold (unused unless a piece points to it); Prc 1: hidden, for `pieceHidden` runs.
  const prc = options.prc || pieces.some((piece) => piece.run.pieceHidden);
  if (prc) table.push(0x01, 0x03, 0x00, 0x35, 0x08, 0x01, 0x01, 0x03, 0x00, 0x3c, 0x08, 0x01);
  table.push(0x02);
  u32(pieces.length * 12 + 4);
  for (const piece of pieces) u32(piece.cp);
  u32(pieceCp);
  pieces.forEach((piece, index) => {
    table.push(0x00, 0x00);
    u32(piece.compressed ? (pieceFcs[index]! * 2) | 0x40000000 : pieceFcs[index]!);
    // Prm with fComplex set: igrpprl 1, the hidden Prc.
    table.push(...(piece.run.pieceHidden ? [0x03, 0x00] : [0x00, 0x00]));
  });
  let clxLength = table.length - clxAt;
  // A piece table of the test's own (hostile files), stored after everything else.
  let extra: Uint8Array | null = null;
  const stshAt = table.length;
  if (options.styles) table.push(...styleSheet(options.styles));
  const stshLength = table.length - stshAt;
  const hddAt = table.length;
  if (options.headerStories) {
    for (let index = 0; index < 6; index += 1) u32(0);
    for (const start of storyStarts) u32(start);
    u32(ccpHdd);
  }
  const hddLength = table.length - hddAt;
  const chpxAt = table.length;
  table.push(...bteChpx);
  const papxAt = table.length;
  table.push(...btePapx);
  let clxStart = clxAt;
  if (options.pieceTable) {
    extra = options.pieceTable({ textAt });
    clxStart = table.length;
    clxLength = extra.length;
  }

  // FIB.
  wordView.setUint16(0, 0xa5ec, true);
  wordView.setUint16(2, options.nFib ?? 0x00c1, true);
  wordView.setUint16(10, (options.zeroTable ? 0 : 0x0200) | (options.flags ?? 0), true);
  wordView.setUint32(24, textAt, true); // fcMin
  wordView.setUint32(28, textEnd, true); // fcMac
  wordView.setUint16(32, 14, true); // csw
  wordView.setUint16(62, 22, true); // cslw
  const lw = (index: number, value: number) => wordView.setUint32(64 + index * 4, value, true);
  lw(0, word.length); // cbMac
  lw(3, ccpText);
  lw(4, ccpFtn);
  lw(5, ccpHdd);
  lw(9, ccpTxbx);
  wordView.setUint16(152, 93, true); // cbRgFcLcb
  const fcLcb = (index: number, fc: number, lcb: number) => {
    wordView.setUint32(154 + index * 8, fc, true);
    wordView.setUint32(154 + index * 8 + 4, lcb, true);
  };
  if (hddLength > 0) fcLcb(11, hddAt, hddLength);
  if (bteChpx.length > 0) fcLcb(12, chpxAt, bteChpx.length);
  if (btePapx.length > 0) fcLcb(13, papxAt, btePapx.length);
  fcLcb(33, clxStart, clxLength);
  if (stshLength > 0) fcLcb(1, stshAt, stshLength);
  if (options.ccpText !== undefined) lw(3, options.ccpText);

  const tableBytes = new Uint8Array(table.length + (extra?.length ?? 0));
  tableBytes.set(table);
  if (extra) tableBytes.set(extra, table.length);
  options.tamper?.({ word, table: tableBytes, clxAt, textAt });
  return buildCompoundFile(
    [
      { name: 'WordDocument', data: word },
      { name: options.zeroTable ? '0Table' : '1Table', data: tableBytes },
      { name: '\u0005SummaryInformation', data: new Uint8Array(0) },
    ],
    { sectorShift: options.sectorShift },
  );
}

/** FKP pages for `runs` (appended to `pages`) and the PlcBte pointing at them. */
function binTable(formatted: { start: number; end: number; grpprl: number[]; istd?: number }[], perPage: number, kind: 'chpx' | 'papx', fkpStart: number, pages: Uint8Array[]): number[] {
  if (formatted.length === 0) return [];
  // An FKP's runs are contiguous: gaps are filled with runs of no properties (offset 0).
  const runs: { start: number; end: number; grpprl: number[] | null; istd?: number }[] = [];
  for (const run of formatted) {
    const previous = runs[runs.length - 1];
    if (previous && previous.end < run.start) runs.push({ start: previous.end, end: run.start, grpprl: null });
    runs.push(run);
  }
  const fcs: number[] = [];
  const pns: number[] = [];
  for (let first = 0; first < runs.length; first += perPage) {
    const chunk = runs.slice(first, first + perPage);
    const page = new Uint8Array(512);
    const view = new DataView(page.buffer);
    chunk.forEach((run, index) => view.setUint32(index * 4, run.start, true));
    view.setUint32(chunk.length * 4, chunk[chunk.length - 1]!.end, true);
    // Properties written from the end of the page down, each at an even offset.
    let free = 511;
    chunk.forEach((run, index) => {
      if (!run.grpprl || (kind === 'chpx' && run.grpprl.length === 0)) return;
      const body = kind === 'chpx' ? [run.grpprl.length, ...run.grpprl] : papxInFkp(run.istd ?? 0, run.grpprl);
      free = (free - body.length) & ~1;
      page.set(body, free);
      const slot = (chunk.length + 1) * 4 + (kind === 'chpx' ? index : index * 13);
      page[slot] = free / 2;
    });
    page[511] = chunk.length;
    fcs.push(chunk[0]!.start);
    pns.push(fkpStart / 512 + pages.length);
    pages.push(page);
  }
  fcs.push(runs[runs.length - 1]!.end);
  const out: number[] = [];
  const u32 = (value: number) => out.push(value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >>> 24) & 0xff);
  fcs.forEach(u32);
  pns.forEach(u32);
  return out;
}

/** PapxInFkp: cb (size of istd and grpprl, in words, with one byte short), istd 0, grpprl. */
function papxInFkp(istd: number, grpprl: number[]): number[] {
  const body = [istd & 0xff, istd >> 8, ...grpprl];
  if (body.length % 2 === 0) body.push(0);
  return [(body.length + 1) / 2, ...body];
}

export const CELL = '\u0007';

/** An STSH: LPStshi (Stshif only), then each style as an LPStd with an 18-byte Stdf. */
function styleSheet(styles: DocStyle[]): number[] {
  const out: number[] = [];
  const u16 = (target: number[], value: number) => target.push(value & 0xff, (value >> 8) & 0xff);
  u16(out, 18); // cbStshi
  u16(out, styles.length); // cstd
  u16(out, 18); // cbSTDBaseInFile: StdfBase and StdfPost2000
  u16(out, 0); // fStdStylenamesWritten
  u16(out, 0x5b); // stiMaxWhenSaved
  u16(out, 15); // istdMaxFixedWhenSaved
  u16(out, 0); // nVerBuiltInNamesWhenSaved
  u16(out, 0);
  u16(out, 0);
  u16(out, 0); // ftcAsci, ftcFE, ftcOther
  for (const style of styles) {
    const std: number[] = [];
    const chpx = [...(style.bold === undefined ? [] : [0x35, 0x08, style.bold ? 1 : 0]), ...(style.hidden === undefined ? [] : [0x3c, 0x08, style.hidden ? 1 : 0])];
    const paragraph = style.kind === 'paragraph';
    u16(std, (style.sti ?? 0xffe) & 0x0fff);
    u16(std, (paragraph ? 1 : 2) | ((style.base ?? 0xfff) << 4));
    u16(std, (paragraph ? 2 : 1) | (0 << 4));
    u16(std, 0); // bchUpe
    u16(std, 0); // grfstd
    std.push(0, 0, 0, 0, 0, 0, 0, 0); // StdfPost2000
    u16(std, style.name.length);
    for (const char of style.name) u16(std, char.charCodeAt(0));
    u16(std, 0);
    if (paragraph) {
      u16(std, 2);
      u16(std, 0); // UpxPapx: istd
    }
    u16(std, chpx.length);
    std.push(...chpx);
    if (chpx.length % 2 === 1) std.push(0);
    u16(out, std.length);
    out.push(...std);
  }
  return out;
}
