import { CvError } from '../../errors';
import type { CompoundFile } from './compound-file';
import type { FlowBlock } from './flow-to-lines';
import { Sink } from './rtf-to-flow';
import { checkElementCount, MAX_DOCUMENT_ELEMENTS } from './check-document-length';

// Word 97–2003 binary documents [MS-DOC] → the paragraph-and-table flow of the DOCX, ODT and RTF
// readers. The text of a .doc is one sequence of characters (CPs) split into stories: the main
// document, then the footnotes, the page headers and footers, the comments, the endnotes and the
// text boxes, each ccp* long (FIB, fibRgLw). The piece table (CLX, in the table stream) says where
// each run of CPs is stored in the WordDocument stream: 8-bit (cp1252 with [MS-DOC] 2.4.1's
// mappings) or UTF-16LE. Character formatting (bold, hidden) is read from the CHPX pages and the
// table marks from the PAPX pages, both by file position (FC).
//
// What is read, in the order of the RTF reader: the page headers first (name and contact details
// often sit there), each text once (first-page, odd and even headers repeat one another); the main
// text, then the text boxes (a sidebar of contact details or skills in a Word 2003 template); the
// footnotes and endnotes; the page footers last. Comments are not part of the CV.
// What is dropped: a field's instruction (HYPERLINK "mailto:…"), keeping its result; pictures and
// objects anchors; optional hyphens; hidden text (sprmCFVanish) and text under 2 points
// (sprmCHps), which Word does not show and a hostile file fills with keywords, whether set on the
// characters, by their character style or by their paragraph's style (the style sheet, STSH).
// Bold comes the same ways; a paragraph in a built-in heading style (Heading 1–9) is a heading.
//
// Every offset comes from the file and is checked before use: pieces outside the stream are
// skipped, CPs out of order end the piece table, fields nest in a counter, not the call stack.

const WORD_IDENT = 0xa5ec;
/** Word 6 and 95 write this wIdent. */
const WORD6_IDENT = 0xa5dc;
/** Word 6 and 95 write 101–105; Word 97 and later 0xC1 and up, with the FIB read here. */
const FIRST_WORD97_NFIB = 106;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
const F_OBFUSCATED = 0x8000;
const FIB_BASE_BYTES = 32;
/** Indexes of FcLcb pairs in fibRgFcLcb97. */
const FC_STSHF = 1;
const FC_PLCF_HDD = 11;
const FC_PLCF_BTE_CHPX = 12;
const FC_PLCF_BTE_PAPX = 13;
const FC_CLX = 33;
/** Indexes in fibRgLw97. */
const LW = { ccpText: 3, ccpFtn: 4, ccpHdd: 5, ccpMcr: 6, ccpAtn: 7, ccpEdn: 8, ccpTxbx: 9 } as const;
const FKP_BYTES = 512;
const SPRM_C_F_BOLD = 0x0835;
const SPRM_C_F_VANISH = 0x083c;
const SPRM_C_HPS = 0x4a43;
const SPRM_C_ISTD = 0x4a30;
const SPRM_C_SYMBOL = 0x6a09;
const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_F_TTP = 0x2417;
const SPRM_T_DEF_TABLE = 0xd608;
/** Run sizes below this (half-points) are too small to read, as in drop-unseen-word-runs.ts. */
const MIN_HALF_POINTS = 4;
/** Formatting runs a CV holds: a few hundred. Past this the file is refused as too long. */
export const MAX_FORMAT_RUNS = 200_000;
/** A style sheet holds a few hundred styles; Word's limit is 4,095 (istd is 12 bits). */
const MAX_STYLES = 4_095;
/** Styles are based on one another a few deep; a longer chain (or a loop) stops there. */
const MAX_STYLE_CHAIN = 16;
/** Fields nest a few deep; past this a field's text is dropped, counted, never stacked. */
export const MAX_FIELD_DEPTH = 100;

/** [MS-DOC] 2.4.1: 8-bit text is Latin-1 but for these bytes (cp1252's punctuation). */
const COMPRESSED_MAPPINGS: Record<number, number> = {
  0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030,
  0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9f: 0x0178,
};

export interface WordBinaryFlow {
  header: FlowBlock[];
  body: FlowBlock[];
  notes: FlowBlock[];
  footer: FlowBlock[];
}

export interface WordBinaryOptions {
  /** Date.now() past which reading stops with a timeout. */
  deadline?: number;
}

/** Formatting runs by file position, sorted: [start, end) with flags. */
interface Runs {
  starts: Uint32Array;
  ends: Uint32Array;
  flags: Uint32Array;
}

// A CHPX run's value: how it sets bold and hidden (an Op each), whether its size is too small to
// read, and its character style (istd + 1, 0 for none).
const Op = {
  None: 0,
  Off: 1,
  On: 2,
  /** 0x80: as the style says. */
  Style: 3,
  /** 0x81: the opposite of what the style says. */
  Opposite: 4,
} as const;
type Op = (typeof Op)[keyof typeof Op];
const BOLD_SHIFT = 0;
const HIDDEN_SHIFT = 3;
const TINY = 1 << 6;
const HAS_PROPERTIES = 1 << 7;
/** sprmCSymbol: the character (stored as '(') is a glyph of a symbol font, a bullet or an icon. */
const SYMBOL = 1 << 8;
// A PAPX run's value: table marks and the paragraph style (istd + 1).
const IN_TABLE = 4;
const TTP = 8;
const KNOWN = 16;
const ISTD_SHIFT = 16;

/** What a style sets; undefined where it leaves its base's value. */
interface StyleProps {
  bold?: boolean;
  hidden?: boolean;
  heading: boolean;
}

export function wordBinaryToFlow(file: CompoundFile, options: WordBinaryOptions = {}): WordBinaryFlow {
  const word = file.stream('WordDocument');
  if (!word || word.length < FIB_BASE_BYTES + 2) throw new CvError('corrupt-file', 'doc without a WordDocument stream');
  const fib = new Bytes(word);
  // Word 6 and 95 lay out their FIB and text differently: refused with the advice to save again.
  if (fib.u16(0) === WORD6_IDENT || (fib.u16(0) === WORD_IDENT && fib.u16(2) < FIRST_WORD97_NFIB)) {
    throw new CvError('unsupported-type', 'word 95 or older', { type: 'doc' });
  }
  if (fib.u16(0) !== WORD_IDENT) throw new CvError('corrupt-file', 'doc without a Word FIB');
  const flags = fib.u16(10);
  if (flags & (F_ENCRYPTED | F_OBFUSCATED)) throw new CvError('encrypted-document', 'doc');
  const table = file.stream(flags & F_WHICH_TABLE ? '1Table' : '0Table');
  if (!table) throw new CvError('corrupt-file', 'doc without its table stream');

  const csw = fib.u16(FIB_BASE_BYTES);
  const lwAt = FIB_BASE_BYTES + 2 + csw * 2 + 2;
  const cslw = fib.u16(lwAt - 2);
  const lw = (index: number) => (index < cslw ? fib.u32(lwAt + index * 4) : 0);
  const fcLcbAt = lwAt + cslw * 4 + 2;
  const cbRgFcLcb = fib.u16(fcLcbAt - 2);
  const fcLcb = (index: number): [number, number] => (index < cbRgFcLcb ? [fib.u32(fcLcbAt + index * 8), fib.u32(fcLcbAt + index * 8 + 4)] : [0, 0]);

  const reader = new TextReader(word, new Bytes(table), fcLcb, options);
  const ccpText = lw(LW.ccpText);
  const ccpFtn = lw(LW.ccpFtn);
  const ccpHdd = lw(LW.ccpHdd);
  const hddStart = ccpText + ccpFtn;
  const ednStart = hddStart + ccpHdd + lw(LW.ccpMcr) + lw(LW.ccpAtn);
  const txbxStart = ednStart + lw(LW.ccpEdn);

  const body = reader.newSink();
  reader.read(0, ccpText, body);
  reader.read(txbxStart, txbxStart + lw(LW.ccpTxbx), body);
  const notes = reader.newSink();
  reader.read(ccpText, hddStart, notes);
  reader.read(ednStart, txbxStart, notes);
  const margins = reader.margins(hddStart, ccpHdd);
  return { header: margins.header, body: body.finish(), notes: notes.finish(), footer: margins.footer };
}

/** Bounded little-endian reads: past the end reads 0. */
class Bytes {
  private readonly view: DataView;
  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  get length(): number {
    return this.data.length;
  }
  u8(at: number): number {
    return at >= 0 && at < this.data.length ? this.data[at]! : 0;
  }
  u16(at: number): number {
    return at >= 0 && at + 2 <= this.data.length ? this.view.getUint16(at, true) : 0;
  }
  u32(at: number): number {
    return at >= 0 && at + 4 <= this.data.length ? this.view.getUint32(at, true) : 0;
  }
}

class TextReader {
  private readonly cps: number[] = [];
  private readonly pieceFcs: number[] = [];
  private readonly compressed: boolean[] = [];
  private readonly pieceFormats: number[] = [];
  private readonly chars: Runs;
  private readonly paragraphs: Runs;
  private readonly styles: StyleSheet;
  private elements = 0;
  private steps = 0;

  constructor(
    private readonly word: Uint8Array,
    private readonly table: Bytes,
    private readonly fcLcb: (index: number) => [number, number],
    private readonly options: WordBinaryOptions,
  ) {
    this.readPieceTable();
    this.chars = this.readFormatting(FC_PLCF_BTE_CHPX, 'chpx');
    this.paragraphs = this.readFormatting(FC_PLCF_BTE_PAPX, 'papx');
    this.styles = new StyleSheet(table, ...fcLcb(FC_STSHF));
  }

  newSink(): Sink {
    return new Sink(() => {
      this.elements += 1;
      checkElementCount(this.elements);
    });
  }

  /**
   * The CLX: Prc entries (clxt 1), property modifiers a piece can point to (a fast-saved file's
   * edits, or text hidden piece by piece), then the Pcdt (clxt 2) holding the PlcPcd.
   */
  private readPieceTable(): void {
    const [fcClx, lcbClx] = this.fcLcb(FC_CLX);
    const { table } = this;
    const end = Math.min(fcClx + lcbClx, table.length);
    let at = fcClx;
    const prcs: number[] = [];
    while (at < end && table.u8(at) === 0x01) {
      this.tick();
      const cbGrpprl = table.u16(at + 1);
      // cbGrpprl is signed and at most 0x3FA2: anything else is not a Prc.
      if (cbGrpprl > 0x3fa2) {
        at = end;
        break;
      }
      prcs.push(characterFlags(table, at + 3, Math.min(at + 3 + cbGrpprl, end)));
      at += 3 + cbGrpprl;
    }
    if (at >= end || table.u8(at) !== 0x02) throw new CvError('corrupt-file', 'doc without a piece table');
    const lcb = Math.min(table.u32(at + 1), end - at - 5);
    const plc = at + 5;
    const count = Math.floor((lcb - 4) / 12);
    if (count <= 0) throw new CvError('corrupt-file', 'doc with an empty piece table');
    const pcds = plc + (count + 1) * 4;
    let last = 0;
    for (let index = 0; index < count; index += 1) {
      this.tick();
      const start = table.u32(plc + index * 4);
      const stop = table.u32(plc + index * 4 + 4);
      // CPs must rise: a piece table out of order ends here, with the pieces before.
      if (start < last || stop <= start) break;
      last = stop;
      const fc = table.u32(pcds + index * 8 + 2);
      this.cps.push(start);
      this.pieceFcs.push(fc & 0x3fffffff);
      this.compressed.push((fc & 0x40000000) !== 0);
      // Prm: with fComplex, the index of a Prc whose modifiers apply to the whole piece.
      const prm = table.u16(pcds + index * 8 + 6);
      this.pieceFormats.push(prm & 1 ? (prcs[prm >> 1] ?? 0) : 0);
    }
    this.cps.push(last);
  }

  /**
   * A PlcBteChpx or PlcBtePapx: FKP pages of the WordDocument stream, each mapping runs of file
   * positions to property modifiers. Only the few properties the reader needs are kept.
   */
  private readFormatting(index: number, kind: 'chpx' | 'papx'): Runs {
    const [fc, lcb] = this.fcLcb(index);
    const { table, word } = this;
    const bytes = Math.min(lcb, Math.max(0, table.length - fc));
    const count = Math.max(0, Math.floor((bytes - 4) / 8));
    const starts: number[] = [];
    const ends: number[] = [];
    const flags: number[] = [];
    const seenPages = new Set<number>();
    for (let entry = 0; entry < count; entry += 1) {
      this.tick();
      const page = table.u32(fc + (count + 1) * 4 + entry * 4) & 0x3fffff;
      if (seenPages.has(page) || (page + 1) * FKP_BYTES > word.length) continue;
      seenPages.add(page);
      const fkp = new Bytes(word.subarray(page * FKP_BYTES, (page + 1) * FKP_BYTES));
      const crun = fkp.u8(FKP_BYTES - 1);
      // A CHPX page holds at most 101 runs, a PAPX page 29: more would overrun the page.
      if (crun === 0 || crun > (kind === 'chpx' ? 101 : 29)) continue;
      for (let run = 0; run < crun; run += 1) {
        const start = fkp.u32(run * 4);
        const end = fkp.u32(run * 4 + 4);
        if (end <= start) continue;
        const offsetAt = (crun + 1) * 4 + (kind === 'chpx' ? run : run * 13);
        const offset = fkp.u8(offsetAt) * 2;
        let value = 0;
        if (offset > 0 && kind === 'chpx') {
          value = characterFlags(fkp, offset + 1, offset + 1 + fkp.u8(offset));
        } else if (offset > 0) {
          const cb = fkp.u8(offset);
          // PapxInFkp: cb 0 means the size follows in the next byte; grpprl starts after the istd.
          const [from, size] = cb === 0 ? [offset + 2, 2 * fkp.u8(offset + 1)] : [offset + 1, 2 * cb - 1];
          const istd = fkp.u16(from);
          value = paragraphFlags(fkp, from + 2, from + size) | ((istd < MAX_STYLES ? istd + 1 : 0) << ISTD_SHIFT);
        }
        if (value === 0 || (kind === 'chpx' && value === HAS_PROPERTIES)) continue;
        if (starts.length >= MAX_FORMAT_RUNS) {
          throw new CvError('too-long', `more than ${MAX_FORMAT_RUNS} formatting runs`, { maxElements: MAX_DOCUMENT_ELEMENTS });
        }
        starts.push(start);
        ends.push(end);
        flags.push(value);
      }
    }
    const order = starts.map((_, at) => at).sort((a, b) => starts[a]! - starts[b]!);
    return {
      starts: Uint32Array.from(order, (at) => starts[at]!),
      ends: Uint32Array.from(order, (at) => ends[at]!),
      flags: Uint32Array.from(order, (at) => flags[at]!),
    };
  }

  /** The header stories, split by PlcfHdd: headers first, footers last, each text once. */
  margins(start: number, length: number): { header: FlowBlock[]; footer: FlowBlock[] } {
    const result = { header: [] as FlowBlock[], footer: [] as FlowBlock[] };
    if (length <= 0) return result;
    const [fc, lcb] = this.fcLcb(FC_PLCF_HDD);
    const bytes = Math.min(lcb, Math.max(0, this.table.length - fc));
    const cps: number[] = [];
    for (let at = 0; at + 4 <= bytes; at += 4) cps.push(this.table.u32(fc + at));
    const seen = new Set<string>();
    const add = (kind: 'header' | 'footer', from: number, to: number) => {
      const sink = this.newSink();
      this.read(start + from, start + Math.min(to, length), sink);
      const blocks = sink.finish();
      const key = JSON.stringify(blocks);
      if (blocks.length === 0 || seen.has(key)) return;
      seen.add(key);
      result[kind].push(...blocks);
    };
    if (cps.length < 8) {
      // No story table: the whole range as one header.
      add('header', 0, length);
      return result;
    }
    // Stories 0–5 are the footnote and endnote separators; then six per section: even header,
    // odd header, even footer, odd footer, first-page header, first-page footer.
    for (let story = 6; story + 1 < cps.length; story += 1) {
      this.tick();
      const from = cps[story]!;
      const to = cps[story + 1]!;
      if (to <= from || from >= length) continue;
      add([2, 3, 5].includes((story - 6) % 6) ? 'footer' : 'header', from, to);
    }
    return result;
  }

  /** CPs [from, to) into a sink: characters through the pieces, marks into paragraphs and cells. */
  read(from: number, to: number, sink: Sink): void {
    const end = Math.min(to, this.cps[this.cps.length - 1]!);
    if (from >= end) return;
    const fields: boolean[] = [];
    let instructions = 0;
    let overflow = 0;
    let text = '';
    let bold = false;
    // Without paragraph marks from the PAPX pages, a cell mark right after another ends the row.
    let sinceCellMark = -1;
    let cellsInRow = 0;
    let columns = 0;
    const flush = () => {
      if (text) sink.add(text, bold);
      text = '';
    };
    const add = (char: string, charBold: boolean) => {
      if (charBold !== bold) flush();
      bold = charBold;
      text += char;
      if (text.length >= 256) flush();
    };
    for (let piece = this.pieceAt(from); piece < this.cps.length - 1 && this.cps[piece]! < end; piece += 1) {
      const pieceStart = this.cps[piece]!;
      const compressed = this.compressed[piece]!;
      const pieceFormat = this.pieceFormats[piece]!;
      const width = compressed ? 1 : 2;
      const base = compressed ? this.pieceFcs[piece]! >> 1 : this.pieceFcs[piece]!;
      const first = Math.max(from, pieceStart);
      const last = Math.min(end, this.cps[piece + 1]!);
      for (let cp = first; cp < last; cp += 1) {
        this.tick();
        const fc = base + (cp - pieceStart) * width;
        if (fc + width > this.word.length) break;
        const code = compressed ? decodeCompressed(this.word[fc]!) : this.word[fc]! | (this.word[fc + 1]! << 8);
        // Fields: the instruction (0x13 … 0x14) is never text, the result (0x14 … 0x15) is.
        if (code === 0x13) {
          if (overflow > 0 || fields.length >= MAX_FIELD_DEPTH) overflow += 1;
          else {
            fields.push(true);
            instructions += 1;
          }
          continue;
        }
        if (code === 0x14) {
          if (overflow === 0 && fields[fields.length - 1] === true) {
            fields[fields.length - 1] = false;
            instructions -= 1;
          }
          continue;
        }
        if (code === 0x15) {
          if (overflow > 0) overflow -= 1;
          else if (fields.length > 0 && fields.pop()) instructions -= 1;
          continue;
        }
        const mark = code === 0x0d || code === 0x07 || code === 0x0c || code === 0x0e;
        if (!mark && (instructions > 0 || overflow > 0)) continue;
        const paragraph = this.paragraphs.starts.length > 0 ? this.flagsAt(this.paragraphs, fc) : -1;
        const paragraphStyle = this.styles.props(paragraph > 0 ? (paragraph >>> ISTD_SHIFT) - 1 : 0);
        if (mark) {
          flush();
          if (code === 0x07) {
            const rowEnd = paragraph >= 0 ? (paragraph & TTP) !== 0 : sinceCellMark === 0 && (columns === 0 || cellsInRow >= columns);
            if (rowEnd) {
              sink.endRow();
              if (columns === 0) columns = cellsInRow;
              cellsInRow = 0;
            } else {
              sink.endCell(paragraphStyle.heading);
              cellsInRow += 1;
            }
            sinceCellMark = 0;
          } else {
            const inTable = paragraph >= 0 ? (paragraph & IN_TABLE) !== 0 : cellsInRow > 0;
            sink.endParagraph(inTable, paragraphStyle.heading);
            if (sinceCellMark >= 0) sinceCellMark += 1;
          }
          continue;
        }
        const run = this.flagsAt(this.chars, fc);
        const format = this.characterFormat(run, paragraphStyle, pieceFormat);
        if (format.hidden) continue;
        // Insert > Symbol stores a symbol font's glyph (a bullet, a phone icon) as '(' : not text.
        if (code === 0x28 && run & SYMBOL) continue;
        const char = visibleCharacter(code);
        if (char === '') continue;
        if (sinceCellMark >= 0 && char.trim()) sinceCellMark += 1;
        add(char, format.bold);
      }
    }
    flush();
  }

  /** A character's bold and hidden: its paragraph style's, its character style's, its own, its piece's. */
  private characterFormat(run: number, paragraphStyle: StyleProps, piece: number): { bold: boolean; hidden: boolean } {
    let bold = paragraphStyle.bold ?? false;
    let hidden = paragraphStyle.hidden ?? false;
    const characterStyle = run >>> ISTD_SHIFT;
    if (characterStyle > 0) {
      const props = this.styles.props(characterStyle - 1);
      bold = props.bold ?? bold;
      hidden = props.hidden ?? hidden;
    }
    return {
      // The piece's modifiers come last, over the characters' own.
      bold: applyOp((piece >> BOLD_SHIFT) & 7, applyOp((run >> BOLD_SHIFT) & 7, bold)),
      hidden: ((run | piece) & TINY) !== 0 || applyOp((piece >> HIDDEN_SHIFT) & 7, applyOp((run >> HIDDEN_SHIFT) & 7, hidden)),
    };
  }

  private pieceAt(cp: number): number {
    let low = 0;
    let high = this.cps.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.cps[middle]! <= cp) low = middle;
      else high = middle - 1;
    }
    return Math.max(0, low);
  }

  private flagsAt(runs: Runs, fc: number): number {
    let low = 0;
    let high = runs.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (runs.starts[middle]! > fc) high = middle - 1;
      else if (runs.ends[middle]! <= fc) low = middle + 1;
      else return runs.flags[middle]!;
    }
    return 0;
  }

  private tick(): void {
    if ((++this.steps & 0xffff) === 0 && this.options.deadline !== undefined && Date.now() > this.options.deadline) {
      throw new CvError('timeout', 'doc', { stage: 'doc' });
    }
  }
}

function decodeCompressed(byte: number): number {
  return COMPRESSED_MAPPINGS[byte] ?? byte;
}

/** A character as text, or '' for the marks and anchors that are not. */
function visibleCharacter(code: number): string {
  switch (code) {
    case 0x09:
      return '\t';
    case 0x0b:
      return '\n';
    case 0x1e: // non-breaking hyphen
      return '-';
    case 0xa0:
      return ' ';
    default:
      // 0x01 pictures, 0x02 note numbers, 0x05 comment marks, 0x08 drawn objects, 0x1F optional hyphens…
      return code < 0x20 ? '' : String.fromCharCode(code);
  }
}

/** The operand size of a sprm ([MS-DOC] 2.2.5.1, spra), or -1 when it is variable. */
function operandSize(sprm: number): number {
  return [1, 1, 2, 4, 2, 2, -1, 3][sprm >> 13]!;
}

/** Walks a grpprl, calling `take` with each sprm and the position of its operand. */
function eachSprm(bytes: Bytes, from: number, to: number, take: (sprm: number, at: number) => void): void {
  const end = Math.min(to, bytes.length);
  for (let at = from; at + 2 <= end; ) {
    const sprm = bytes.u16(at);
    let size = operandSize(sprm);
    let operand = at + 2;
    if (size < 0) {
      if (sprm === SPRM_T_DEF_TABLE) {
        size = Math.max(0, bytes.u16(operand) - 1);
        operand += 2;
      } else {
        size = bytes.u8(operand);
        operand += 1;
      }
    }
    if (operand + size > end) return;
    take(sprm, operand);
    at = operand + size;
  }
}

/** A toggle operand ([MS-DOC] ToggleOperand): 0 off, 1 on, 0x80 as the style, 0x81 its opposite. */
function toggleOp(value: number): Op {
  if (value === 0) return Op.Off;
  if (value === 1) return Op.On;
  if (value === 0x80) return Op.Style;
  if (value === 0x81) return Op.Opposite;
  return Op.None;
}

function applyOp(op: number, style: boolean): boolean {
  if (op === Op.Off) return false;
  if (op === Op.On) return true;
  if (op === Op.Opposite) return !style;
  return style;
}

function characterFlags(fkp: Bytes, from: number, to: number): number {
  let bold: Op = Op.None;
  let hidden: Op = Op.None;
  let tiny = 0;
  let istd = 0;
  let symbol = 0;
  eachSprm(fkp, from, to, (sprm, at) => {
    if (sprm === SPRM_C_F_BOLD) bold = toggleOp(fkp.u8(at));
    else if (sprm === SPRM_C_F_VANISH) hidden = toggleOp(fkp.u8(at));
    else if (sprm === SPRM_C_HPS) tiny = fkp.u16(at) < MIN_HALF_POINTS ? TINY : 0;
    else if (sprm === SPRM_C_ISTD && fkp.u16(at) < MAX_STYLES) istd = fkp.u16(at) + 1;
    else if (sprm === SPRM_C_SYMBOL) symbol = SYMBOL;
  });
  return HAS_PROPERTIES | (bold << BOLD_SHIFT) | (hidden << HIDDEN_SHIFT) | tiny | symbol | (istd << ISTD_SHIFT);
}

function paragraphFlags(fkp: Bytes, from: number, to: number): number {
  let flags = 0;
  eachSprm(fkp, from, to, (sprm, at) => {
    if (sprm === SPRM_P_F_IN_TABLE) flags = fkp.u8(at) ? flags | IN_TABLE : flags & ~IN_TABLE;
    else if (sprm === SPRM_P_F_TTP) flags = fkp.u8(at) ? flags | TTP : flags & ~TTP;
  });
  // A paragraph with properties, in a table or not (a run of flags 0 would not be kept).
  return flags | KNOWN;
}

/**
 * The style sheet (STSH, [MS-DOC] 2.9.271): for each style, its base style, its built-in kind
 * (sti) and its character properties (the UpxChpx). Resolved on demand along the base chain.
 */
class StyleSheet {
  private readonly styles: ({ sti: number; base: number; chpx: [number, number] | null } | null)[] = [];
  private readonly resolved = new Map<number, StyleProps>();

  constructor(
    private readonly table: Bytes,
    fc: number,
    lcb: number,
  ) {
    const end = Math.min(fc + lcb, table.length);
    if (lcb < 4 || fc + 4 > end) return;
    const cbStshi = table.u16(fc);
    const cstd = Math.min(table.u16(fc + 2), MAX_STYLES);
    const cbStdBase = table.u16(fc + 4);
    let at = fc + 2 + cbStshi;
    for (let istd = 0; istd < cstd && at + 2 <= end; istd += 1) {
      const cbStd = table.u16(at);
      const std = at + 2;
      at = std + cbStd;
      if (cbStd === 0 || at > end || cbStdBase < 10) {
        this.styles.push(null);
        continue;
      }
      const sti = table.u16(std) & 0x0fff;
      const kind = table.u16(std + 2) & 0x000f;
      const base = table.u16(std + 2) >> 4;
      const upxCount = table.u16(std + 4) & 0x000f;
      // The name (Xstz: a length, UTF-16 characters, a terminating NUL), then the UPXs.
      let upx = std + cbStdBase + 2 + (table.u16(std + cbStdBase) + 1) * 2;
      let chpx: [number, number] | null = null;
      // The UpxChpx is the second UPX of a paragraph style, the first of a character style,
      // the third of a table style.
      const chpxIndex = kind === 1 ? 1 : kind === 2 ? 0 : kind === 3 ? 2 : -1;
      for (let index = 0; index < upxCount && upx + 2 <= at; index += 1) {
        const cbUpx = table.u16(upx);
        if (index === chpxIndex) chpx = [upx + 2, Math.min(upx + 2 + cbUpx, at)];
        upx += 2 + cbUpx + (cbUpx & 1);
      }
      this.styles.push({ sti, base, chpx });
    }
  }

  props(istd: number): StyleProps {
    const cached = this.resolved.get(istd);
    if (cached) return cached;
    // The chain from this style down to its root, at most MAX_STYLE_CHAIN long (a loop ends it).
    const chain: NonNullable<StyleSheet['styles'][number]>[] = [];
    for (let at = istd; chain.length < MAX_STYLE_CHAIN; ) {
      const style = this.styles[at];
      if (!style) break;
      chain.push(style);
      if (style.base === 0x0fff || style.base === at) break;
      at = style.base;
    }
    const props: StyleProps = { heading: false };
    for (const style of chain.reverse()) {
      if (style.sti >= 1 && style.sti <= 9) props.heading = true;
      if (!style.chpx) continue;
      eachSprm(this.table, style.chpx[0], style.chpx[1], (sprm, at) => {
        if (sprm === SPRM_C_F_BOLD) props.bold = applyOp(toggleOp(this.table.u8(at)), props.bold ?? false);
        else if (sprm === SPRM_C_F_VANISH) props.hidden = applyOp(toggleOp(this.table.u8(at)), props.hidden ?? false);
        else if (sprm === SPRM_C_HPS && this.table.u16(at) < MIN_HALF_POINTS) props.hidden = true;
      });
    }
    this.resolved.set(istd, props);
    return props;
  }
}
