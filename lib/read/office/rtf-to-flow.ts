import { CvError } from '../../errors';
import { checkElementCount } from './check-document-length';
import type { FlowBlock } from './flow-to-lines';

// RTF → the paragraph-and-table flow of the DOCX and ODT readers. WordPad, Word, LibreOffice,
// TextEdit and online CV builders all save RTF: braces open and close groups, which save and
// restore the formatting state; control words (\par, \b0, \'e9, \u8364) change it or stand for a
// character; destinations (\fonttbl, \pict, {\*\themedata …}) hold data that is not text.
//
// The reader walks the bytes once, with an explicit stack, never recursing on the file's structure:
// 100,000 nested groups cost a counter, not the call stack. What it keeps and drops:
// - page headers and footers are read, as in a Word file (name and contact details often sit in the
//   header); they come first and last in the flow, each text once (first-page, left and right
//   headers repeat one another). Footnotes come after the body, as in a Word file.
// - hidden text (\v), 1-point text and white text are dropped: Word and WordPad do not show them,
//   and a hostile file hides keyword stuffing there (see drop-unseen-word-runs.ts). White text is
//   kept in a document with shading, a page background, shapes or pictures: it may be the design.
// - a field gives its result (the visible text of a HYPERLINK), never its instruction.
// - a list item's bullet goes, as mammoth drops a Word list's; a number ("1.", "a)") stays, as an
//   OpenDocument list's does.
// - pictures are not text; the largest PNG or JPEG is kept so that a document holding only a
//   picture (a scanned CV pasted into WordPad) can be read by OCR.

/** Deeper groups are skipped whole: writers nest a few tens deep; only a hostile file goes on. */
export const MAX_GROUP_DEPTH = 1_000;
/** Run sizes below this (half-points) are too small to read, as in drop-unseen-word-runs.ts. */
const MIN_HALF_POINTS = 4;
/** Each channel at least this (of 255): white to the eye. */
const WHITE_CHANNEL = 0xf8;
const DEFAULT_HALF_POINTS = 24;
const DEFAULT_CODEPAGE = 1252;
/** Windows' code page for the Symbol font (fcharset 2). */
const SYMBOL_CODEPAGE = 42;

/** Destinations whose content is never text on the page. */
const SKIPPED_DESTINATIONS = new Set([
  'stylesheet', 'info', 'object', 'objdata', 'themedata', 'colorschememapping', 'datastore', 'latentstyles',
  'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'fldinst', 'filetbl', 'revtbl',
  'pgdsctbl', 'template', 'userprops', 'docvar', 'nonshppict', 'shprslt', 'sp', 'private', 'annotation',
  'atnid', 'atnauthor', 'atndate', 'atnref', 'atrfstart', 'atrfend', 'xe', 'tc', 'tcn', 'txe', 'bkmkstart',
  'bkmkend', 'ftnsep', 'ftnsepc', 'ftncn', 'aftnsep', 'aftnsepc', 'aftncn', 'fontemb', 'fontfile', 'falt',
  'panose', 'pn', 'pnseclvl', 'pntxta', 'pntxtb', 'listpicture', 'background', 'mmathPr', 'passwordhash',
  'protusertbl', 'wgrffmtfilter', 'pgptbl', 'oldcprops', 'oldpprops', 'oldsprops', 'oldtprops', 'expandedcolortbl',
  'keywords', 'subject', 'title', 'author', 'operator', 'doccomm', 'comment', 'company', 'category', 'manager',
  'hlinkbase', 'blipuid', 'picprop', 'dptxbxtext', 'do', 'nonesttables',
]);
/** Starred destinations ({\*\shpinst …}) that hold text on the page: a text box's content. */
const READ_STARRED = new Set(['shpinst', 'shptxt', 'shppict', 'fldrslt']);

const CHARACTERS: Record<string, string> = {
  tab: '\t', line: '\n', softline: '\n', page: '\n', column: '\n', nestcell: '\t', nestrow: '\n',
  emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019',
  ldblquote: '\u201c', rdblquote: '\u201d', emspace: ' ', enspace: ' ', qmspace: ' ',
};

const CHARSET_CODEPAGES: Record<number, number> = {
  2: SYMBOL_CODEPAGE, 77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
  177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
};
const CODEPAGE_LABELS: Record<number, string> = {
  866: 'ibm866', 874: 'windows-874', 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 10000: 'macintosh',
  10007: 'x-mac-cyrillic', 20866: 'koi8-r', 28591: 'iso-8859-1', 28592: 'iso-8859-2', 28605: 'iso-8859-15', 65001: 'utf-8',
};
/** The DOS code pages (\pc, \pca) are not in the Encoding Standard: their upper halves. */
const DOS_CODEPAGES: Record<number, string> = {
  437:
    '\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5\xc9\xe6\xc6\xf4\xf6\xf2\xfb\xf9\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf\u2310\xac\xbd\xbc\xa1\xab\xbb\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u03b1\xdf\u0393\u03c0\u03a3\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261\xb1\u2265\u2264\u2320\u2321\xf7\u2248\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0',
  850:
    '\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5\xc9\xe6\xc6\xf4\xf6\xf2\xfb\xf9\xff\xd6\xdc\xf8\xa3\xd8\xd7\u0192\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf\xae\xac\xbd\xbc\xa1\xab\xbb\u2591\u2592\u2593\u2502\u2524\xc1\xc2\xc0\xa9\u2563\u2551\u2557\u255d\xa2\xa5\u2510\u2514\u2534\u252c\u251c\u2500\u253c\xe3\xc3\u255a\u2554\u2569\u2566\u2560\u2550\u256c\xa4\xf0\xd0\xca\xcb\xc8\u0131\xcd\xce\xcf\u2518\u250c\u2588\u2584\xa6\xcc\u2580\xd3\xdf\xd4\xd2\xf5\xd5\xb5\xfe\xde\xda\xdb\xd9\xfd\xdd\xaf\xb4\xad\xb1\u2017\xbe\xb6\xa7\xf7\xb8\xb0\xa8\xb7\xb9\xb3\xb2\u25a0\xa0',
};

/** Shading, a page background, shapes or pictures: something may lie beneath white text. */
const MAY_HAVE_SOMETHING_BENEATH = /\\(?:pict|shp|do(?![a-z])|background|clcbpat[1-9]|cbpat[1-9]|chcbpat[1-9]|highlight[1-9]|cb[1-9]|clshdng[1-9]|shading[1-9]|chshdng[1-9])/;

export interface RtfPicture {
  format: 'png' | 'jpeg';
  bytes: Uint8Array;
}

export interface RtfFlow {
  header: FlowBlock[];
  body: FlowBlock[];
  notes: FlowBlock[];
  footer: FlowBlock[];
  /** The largest PNG or JPEG picture, for a document that holds no text but a scan. */
  picture: RtfPicture | null;
  /** Pictures in a format the OCR cannot take (Windows metafiles, bitmaps). */
  otherPictures: number;
}

export interface RtfOptions {
  /** Date.now() past which reading stops with a timeout. */
  deadline?: number;
}

type Destination = 'text' | 'skip' | 'fonttbl' | 'colortbl' | 'listtext' | 'pict';

interface GroupState {
  destination: Destination;
  sink: Sink;
  uc: number;
  font: number;
  bold: boolean;
  hidden: boolean;
  color: number;
  halfPoints: number;
  shaded: boolean;
  inTable: boolean;
  heading: boolean;
  /** A list item's number or bullet, read apart and kept only if it is a number. */
  listText: { text: string } | null;
  picture: PictureBuffer | null;
}

/** One flow being written: the body, a page header or footer, the footnotes (also used by word-binary-to-flow.ts). */
export class Sink {
  readonly blocks: FlowBlock[] = [];
  private text = '';
  private chars = 0;
  private boldChars = 0;
  private rows: FlowBlock[][][] | null = null;
  private row: FlowBlock[][] = [];
  private cell: FlowBlock[] = [];

  constructor(private readonly count: () => void) {}

  add(text: string, bold: boolean): void {
    this.text += text;
    const code = text.charCodeAt(0);
    const visible = text.length === 1 && code < 0x80 ? Number(code > 0x20) : text.replace(/\s/g, '').length;
    this.chars += visible;
    if (bold) this.boldChars += visible;
  }

  endParagraph(inTable: boolean, heading: boolean): void {
    this.count();
    // A surrogate left alone (one \u of a pair, its mate lost) is no character.
    const text = /[\uD800-\uDFFF]/.test(this.text) ? this.text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '') : this.text;
    const block: FlowBlock | null = text.trim() ? { kind: 'paragraph', text, bold: heading || (this.chars > 0 && this.boldChars >= 0.6 * this.chars) } : null;
    this.text = '';
    this.chars = 0;
    this.boldChars = 0;
    if (inTable) {
      this.rows ??= [];
      if (block) this.cell.push(block);
      return;
    }
    this.closeTable();
    if (block) this.blocks.push(block);
  }

  endCell(heading: boolean): void {
    this.endParagraph(true, heading);
    this.row.push(this.cell);
    this.cell = [];
  }

  endRow(): void {
    this.count();
    this.rows ??= [];
    if (this.text.trim()) this.endParagraph(true, false);
    if (this.cell.length > 0) this.row.push(this.cell);
    this.rows.push(this.row);
    this.row = [];
    this.cell = [];
  }

  finish(): FlowBlock[] {
    if (this.text.trim()) this.endParagraph(this.rows !== null, false);
    this.closeTable();
    return this.blocks;
  }

  private closeTable(): void {
    if (!this.rows) return;
    if (this.cell.length > 0) this.row.push(this.cell);
    if (this.row.length > 0) this.rows.push(this.row);
    if (this.rows.length > 0) this.blocks.push({ kind: 'table', rows: this.rows });
    this.rows = null;
    this.row = [];
    this.cell = [];
  }
}

/** A picture's data, from hex digits or a \bin run. */
class PictureBuffer {
  format: 'png' | 'jpeg' | 'other' | null = null;
  private data = new Uint8Array(1024);
  length = 0;
  private nibble = -1;

  hexDigit(value: number): void {
    if (this.nibble < 0) {
      this.nibble = value;
      return;
    }
    this.push((this.nibble << 4) | value);
    this.nibble = -1;
  }

  hexRun(bytes: Uint8Array, start: number, end: number): void {
    this.reserve((end - start) >> 1);
    for (let at = start; at < end; at += 1) {
      const value = hexValue(bytes[at]);
      if (value >= 0) this.hexDigit(value);
    }
  }

  binary(bytes: Uint8Array): void {
    for (const byte of bytes) this.push(byte);
  }

  bytes(): Uint8Array {
    return this.data.subarray(0, this.length);
  }

  private push(byte: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = byte;
  }

  private reserve(more: number): void {
    if (this.length + more <= this.data.length) return;
    const grown = new Uint8Array(Math.max(this.data.length * 2, this.length + more));
    grown.set(this.data);
    this.data = grown;
  }
}

export function rtfToFlow(bytes: Uint8Array, options: RtfOptions = {}): RtfFlow {
  return new RtfInterpreter(bytes, options).run();
}

class RtfInterpreter {
  private at = 0;
  private elements = 0;
  private readonly stack: GroupState[] = [];
  /** Groups opened past MAX_GROUP_DEPTH, skipped. */
  private overflow = 0;
  /** Fallback characters still to skip after a \u. */
  private ucSkip = 0;
  private starred = false;
  /** Nothing but line ends read since the last "{": where \* may mark a destination. */
  private atGroupStart = false;
  private documentCodepage = DEFAULT_CODEPAGE;
  private codepageSet = false;
  private defaultFont = 0;
  /** Font number → code page, from the font table. */
  private readonly fontCodepages = new Map<number, number>();
  private fontDefinition = 0;
  /** Colour table entries: whether each is white (entry 0 is the automatic colour). */
  private readonly whiteColors: boolean[] = [];
  private rgb: [number, number, number] | null = null;
  private readonly whiteMayShow: boolean;
  private pending: number[] = [];
  private pendingRawOnly = true;
  private pendingCodepage = DEFAULT_CODEPAGE;
  private controlBytes = 0;
  private readonly sinks: { kind: 'header' | 'footer' | 'notes'; sink: Sink }[] = [];
  private readonly body: Sink;
  private picture: RtfPicture | null = null;
  private otherPictures = 0;
  private readonly decoders = new Map<string, TextDecoder>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly options: RtfOptions,
  ) {
    this.body = this.newSink();
    this.whiteMayShow = MAY_HAVE_SOMETHING_BENEATH.test(ascii(bytes));
  }

  run(): RtfFlow {
    const { bytes } = this;
    const end = bytes.length;
    let steps = 0;
    while (this.at < end) {
      if ((++steps & 0xffff) === 0 && this.options.deadline !== undefined && Date.now() > this.options.deadline) {
        throw new CvError('timeout', 'rtf', { stage: 'rtf' });
      }
      const byte = bytes[this.at]!;
      if (byte === 0x7b) {
        this.at += 1;
        this.openGroup();
      } else if (byte === 0x7d) {
        this.at += 1;
        if (this.closeGroup()) break;
      } else if (byte === 0x5c) {
        this.controlSequence();
      } else if (isPlain(byte) && this.ucSkip === 0 && this.overflow === 0 && this.stack.length > 0) {
        // A run of plain characters is taken at once: most of a file is text, hex data or names.
        let runEnd = this.at + 1;
        while (runEnd < end && isPlain(bytes[runEnd]!)) runEnd += 1;
        this.atGroupStart = false;
        this.plainRun(this.at, runEnd);
        this.at = runEnd;
      } else {
        this.at += 1;
        if (byte === 0x0d || byte === 0x0a) continue;
        this.atGroupStart = false;
        if (this.overflow > 0 || this.stack.length === 0) continue;
        if (byte < 0x20 && byte !== 0x09) this.controlBytes += 1;
        else if (this.skipFallback()) continue;
        else if (byte === 0x09) this.text('\t');
        else if (byte >= 0x80) this.byte(byte, true);
        else this.text(String.fromCharCode(byte));
      }
    }
    // RTF is text: a file of control bytes is something else behind an RTF header, or damaged.
    if (this.controlBytes > 16 && this.controlBytes > bytes.length / 100) throw new CvError('corrupt-file', 'rtf holding binary data');
    this.flush();
    const margins = { header: [] as FlowBlock[], footer: [] as FlowBlock[], notes: [] as FlowBlock[] };
    const seen = new Set<string>();
    for (const { kind, sink } of this.sinks) {
      const blocks = sink.finish();
      const key = JSON.stringify(blocks);
      if (blocks.length === 0 || (kind !== 'notes' && seen.has(key))) continue;
      seen.add(key);
      margins[kind].push(...blocks);
    }
    return { header: margins.header, body: this.body.finish(), notes: margins.notes, footer: margins.footer, picture: this.picture, otherPictures: this.otherPictures };
  }

  private newSink(): Sink {
    return new Sink(() => this.count());
  }

  private count(): void {
    this.elements += 1;
    checkElementCount(this.elements);
  }

  private get state(): GroupState | undefined {
    return this.stack[this.stack.length - 1];
  }

  private openGroup(): void {
    this.flush();
    this.ucSkip = 0;
    this.starred = false;
    this.count();
    this.atGroupStart = true;
    if (this.overflow > 0 || this.stack.length >= MAX_GROUP_DEPTH) {
      this.overflow += 1;
      return;
    }
    const parent = this.state;
    this.stack.push(
      parent
        ? { ...parent }
        : {
            destination: 'text', sink: this.body, uc: 1, font: this.defaultFont, bold: false, hidden: false, color: 0,
            halfPoints: DEFAULT_HALF_POINTS, shaded: false, inTable: false, heading: false, listText: null, picture: null,
          },
    );
  }

  /** Closes a group; true when it was the document's outermost one. */
  private closeGroup(): boolean {
    this.flush();
    this.ucSkip = 0;
    this.starred = false;
    this.atGroupStart = false;
    if (this.overflow > 0) {
      this.overflow -= 1;
      return false;
    }
    const closed = this.stack.pop();
    const parent = this.state;
    if (!closed) return false;
    if (!parent) return true;
    if (closed.listText && closed.listText !== parent.listText) this.endListText(closed.listText.text, parent);
    if (closed.picture && closed.picture !== parent.picture) this.endPicture(closed.picture);
    return false;
  }

  /** A backslash: a control word (\par, \u8364), a control symbol (\~, \{) or a hex escape (\'e9). */
  private controlSequence(): void {
    const { bytes } = this;
    const groupStart = this.atGroupStart;
    this.atGroupStart = false;
    const next = bytes[this.at + 1];
    if (next === undefined) {
      this.at += 1;
      return;
    }
    if (isLetter(next)) {
      let end = this.at + 1;
      while (end < bytes.length && isLetter(bytes[end]!) && end - this.at <= 32) end += 1;
      let word = '';
      for (let at = this.at + 1; at < end; at += 1) word += String.fromCharCode(bytes[at]!);
      let parameter = 0;
      let hasParameter = false;
      let negative = false;
      if (bytes[end] === 0x2d && isDigit(bytes[end + 1])) {
        negative = true;
        end += 1;
      }
      while (end < bytes.length && isDigit(bytes[end])) {
        // Past ten digits a parameter means nothing; it is read, not accumulated.
        if (parameter < 1e10) parameter = parameter * 10 + (bytes[end]! - 0x30);
        hasParameter = true;
        end += 1;
      }
      if (negative) parameter = -parameter;
      if (bytes[end] === 0x20) end += 1;
      this.at = end;
      this.controlWord(word, parameter, hasParameter);
      return;
    }
    if (next === 0x27) {
      const high = hexValue(bytes[this.at + 2]);
      const low = hexValue(bytes[this.at + 3]);
      if (high < 0) {
        this.at += 2;
        return;
      }
      this.at += low < 0 ? 3 : 4;
      if (this.overflow > 0 || this.skipFallback()) return;
      this.byte(low < 0 ? high : (high << 4) | low, false);
      return;
    }
    this.at += 2;
    if (this.overflow > 0 || !this.state) return;
    if (next === 0x2a) {
      // Only "{\*\word" marks an ignorable destination; a stray \* elsewhere (a damaged file) is nothing.
      this.starred = groupStart;
      return;
    }
    if (this.skipFallback()) return;
    switch (next) {
      case 0x7e: // \~ non-breaking space
        return this.text('\u00a0');
      case 0x5f: // \_ non-breaking hyphen
        return this.text('-');
      case 0x7b:
      case 0x7d:
      case 0x5c:
        return this.text(String.fromCharCode(next));
      case 0x0a:
      case 0x0d: // a backslash ending a line is \par (TextEdit writes every line break so)
        return this.controlWord('par', 0, false);
      case 0x09:
        return this.text('\t');
      default: // \- optional hyphen, \: index subentry, \| formula: nothing on the page
    }
  }

  /** Whether this character is a \u's fallback, to be skipped. */
  private skipFallback(): boolean {
    if (this.ucSkip <= 0) return false;
    this.ucSkip -= 1;
    return true;
  }

  private controlWord(word: string, parameter: number, hasParameter: boolean): void {
    this.flush();
    if (word === 'bin') return this.binary(Math.max(0, parameter));
    const state = this.state;
    if (this.overflow > 0 || !state) return;
    const starred = this.starred;
    this.starred = false;
    if (this.skipFallback()) return;
    if (state.destination === 'skip') return;
    if (starred && !READ_STARRED.has(word)) {
      state.destination = 'skip';
      return;
    }
    const on = !hasParameter || parameter !== 0;
    switch (state.destination) {
      case 'fonttbl':
        if (word === 'f') this.fontDefinition = parameter;
        else if (word === 'fcharset' && CHARSET_CODEPAGES[parameter] !== undefined) this.fontCodepages.set(this.fontDefinition, CHARSET_CODEPAGES[parameter]!);
        else if (word === 'cpg' && parameter > 0) this.fontCodepages.set(this.fontDefinition, parameter);
        else if (SKIPPED_DESTINATIONS.has(word)) state.destination = 'skip';
        return;
      case 'colortbl':
        if (word === 'red' || word === 'green' || word === 'blue') {
          this.rgb ??= [0, 0, 0];
          this.rgb[word === 'red' ? 0 : word === 'green' ? 1 : 2] = parameter;
        }
        return;
      case 'pict':
        if (word === 'pngblip') state.picture!.format = 'png';
        else if (word === 'jpegblip') state.picture!.format = 'jpeg';
        else if (/^(?:emfblip|wmetafile|macpict|pmmetafile|dibitmap|wbitmap)$/.test(word)) state.picture!.format ??= 'other';
        else if (SKIPPED_DESTINATIONS.has(word)) state.destination = 'skip';
        return;
      default:
    }
    if (SKIPPED_DESTINATIONS.has(word)) {
      state.destination = 'skip';
      return;
    }
    const character = CHARACTERS[word];
    if (character !== undefined) return this.text(character);
    switch (word) {
      case 'ansi':
        if (!this.codepageSet) this.documentCodepage = DEFAULT_CODEPAGE;
        return;
      case 'ansicpg':
        this.documentCodepage = parameter > 0 ? parameter : DEFAULT_CODEPAGE;
        this.codepageSet = true;
        return;
      case 'mac':
        this.documentCodepage = 10000;
        return;
      case 'pc':
        this.documentCodepage = 437;
        return;
      case 'pca':
        this.documentCodepage = 850;
        return;
      case 'deff':
        this.defaultFont = parameter;
        state.font = parameter;
        return;
      case 'fonttbl':
        state.destination = 'fonttbl';
        return;
      case 'colortbl':
        state.destination = 'colortbl';
        return;
      case 'pict':
        state.destination = 'pict';
        state.picture = new PictureBuffer();
        return;
      case 'listtext':
      case 'pntext':
        state.destination = 'listtext';
        state.listText = { text: '' };
        return;
      case 'header':
      case 'headerl':
      case 'headerr':
      case 'headerf':
      case 'footer':
      case 'footerl':
      case 'footerr':
      case 'footerf':
      case 'footnote': {
        const sink = this.newSink();
        this.sinks.push({ kind: word === 'footnote' ? 'notes' : word.startsWith('header') ? 'header' : 'footer', sink });
        state.sink = sink;
        state.inTable = false;
        return;
      }
      case 'u': {
        const code = parameter < 0 ? parameter + 65536 : parameter;
        // Control characters and the noncharacters U+FFFE and U+FFFF are nothing on the page.
        if (code >= 0x20 && code < 0xfffe) this.text(String.fromCharCode(code));
        else if (code === 0x09) this.text('\t');
        this.ucSkip = state.uc;
        return;
      }
      case 'uc':
        state.uc = Math.max(0, Math.min(parameter, 1_000_000));
        return;
      case 'par':
      case 'sect':
        if (state.destination === 'text') state.sink.endParagraph(state.inTable, state.heading);
        return;
      case 'cell':
        if (state.destination === 'text') state.sink.endCell(state.heading);
        return;
      case 'row':
        if (state.destination === 'text') state.sink.endRow();
        return;
      case 'pard':
        state.inTable = false;
        state.heading = false;
        return;
      case 'intbl':
        state.inTable = true;
        return;
      case 'itap':
        state.inTable = parameter > 0;
        return;
      case 'outlinelevel':
        // Levels 0–8 are headings; 9 is body text.
        state.heading = parameter >= 0 && parameter < 9;
        return;
      case 'plain':
        Object.assign(state, { font: this.defaultFont, bold: false, hidden: false, color: 0, halfPoints: DEFAULT_HALF_POINTS, shaded: false });
        return;
      case 'b':
        state.bold = on;
        return;
      case 'v':
        state.hidden = on;
        return;
      case 'f':
        state.font = parameter;
        return;
      case 'fs':
        state.halfPoints = hasParameter ? parameter : DEFAULT_HALF_POINTS;
        return;
      case 'cf':
        state.color = parameter;
        return;
      case 'cb':
      case 'highlight':
      case 'chcbpat':
        state.shaded = parameter > 0;
        return;
      default: // formatting the reader does not need, and words it does not know
    }
  }

  /** \binN: N raw bytes, kept only as a picture's data. A count past the end takes the rest. */
  private binary(count: number): void {
    const end = Math.min(this.bytes.length, this.at + count);
    const state = this.state;
    if (this.overflow === 0 && state?.destination === 'pict') state.picture!.binary(this.bytes.subarray(this.at, end));
    this.at = end;
  }

  /** Plain ASCII characters (no brace, backslash or control byte), routed by the destination. */
  private plainRun(start: number, end: number): void {
    const state = this.state!;
    switch (state.destination) {
      case 'skip':
      case 'fonttbl':
        return;
      case 'pict':
        state.picture!.hexRun(this.bytes, start, end);
        return;
      case 'colortbl':
        for (let at = start; at < end; at += 1) if (this.bytes[at] === 0x3b) this.text(';');
        return;
      default:
        this.text(ascii(this.bytes.subarray(start, end)));
    }
  }

  /** A character of text, routed by the destination. */
  private text(text: string): void {
    // Bytes of the code page come before this character.
    if (this.pending.length > 0) this.flush();
    const state = this.state;
    if (!state) return;
    switch (state.destination) {
      case 'text':
        if (this.visible(state)) state.sink.add(text, state.bold || state.heading);
        return;
      case 'listtext':
        state.listText!.text += text;
        return;
      case 'colortbl':
        if (text === ';') {
          const [red, green, blue] = this.rgb ?? [0, 0, 0];
          this.whiteColors.push(this.rgb !== null && red >= WHITE_CHANNEL && green >= WHITE_CHANNEL && blue >= WHITE_CHANNEL);
          this.rgb = null;
        }
        return;
      case 'pict': {
        const value = hexValue(text.charCodeAt(0));
        if (value >= 0 && text.length === 1) state.picture!.hexDigit(value);
        return;
      }
      default:
    }
  }

  private visible(state: GroupState): boolean {
    if (state.hidden || state.halfPoints < MIN_HALF_POINTS) return false;
    return !(this.whiteColors[state.color] === true && !state.shaded && !this.whiteMayShow);
  }

  /** A byte of text in the code page: from a \'hh escape, or written raw (8-bit). */
  private byte(byte: number, raw: boolean): void {
    const state = this.state;
    if (!state || (state.destination !== 'text' && state.destination !== 'listtext')) return;
    const codepage = this.fontCodepages.get(state.font) ?? this.documentCodepage;
    if (this.pending.length > 0 && codepage !== this.pendingCodepage) this.flush();
    this.pendingCodepage = codepage;
    this.pendingRawOnly &&= raw;
    this.pending.push(byte);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = Uint8Array.from(this.pending);
    const rawOnly = this.pendingRawOnly;
    this.pending = [];
    this.pendingRawOnly = true;
    // Some web CV builders write UTF-8 bytes as they are, or escape them one by one (\'c3\'a9 for
    // é), whatever the code page they declare. Two or more bytes that make valid UTF-8 are taken
    // so: in Windows-1252 they would read "Ã©", which no CV means.
    const utf8 = rawOnly || (this.pendingCodepage === DEFAULT_CODEPAGE && bytes.length >= 2) ? strictUtf8(bytes) : null;
    this.text(utf8 ?? this.decode(bytes, this.pendingCodepage));
  }

  private decode(bytes: Uint8Array, codepage: number): string {
    const dos = DOS_CODEPAGES[codepage];
    if (dos) return Array.from(bytes, (byte) => (byte < 0x80 ? String.fromCharCode(byte) : dos[byte - 0x80]!)).join('');
    if (codepage === SYMBOL_CODEPAGE) return Array.from(bytes, (byte) => (byte === 0xb7 ? '\u2022' : this.decoder('windows-1252').decode(Uint8Array.of(byte)))).join('');
    const label = CODEPAGE_LABELS[codepage] ?? (codepage >= 1250 && codepage <= 1258 ? `windows-${codepage}` : 'windows-1252');
    return this.decoder(label).decode(bytes);
  }

  private decoder(label: string): TextDecoder {
    let decoder = this.decoders.get(label);
    if (!decoder) {
      try {
        decoder = new TextDecoder(label);
      } catch {
        decoder = new TextDecoder('windows-1252');
      }
      this.decoders.set(label, decoder);
    }
    return decoder;
  }

  /** A list item's text: a number stays ("1. "), a bullet goes, as mammoth drops a Word list's. */
  private endListText(text: string, parent: GroupState): void {
    const label = text.replace(/\s+/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(label) || parent.destination !== 'text' || !this.visible(parent)) return;
    parent.sink.add(`${label} `, parent.bold || parent.heading);
  }

  private endPicture(picture: PictureBuffer): void {
    if (picture.format === 'png' || picture.format === 'jpeg') {
      if (picture.length > (this.picture?.bytes.length ?? 0)) this.picture = { format: picture.format, bytes: picture.bytes().slice() };
    } else if (picture.length > 0) {
      this.otherPictures += 1;
    }
  }
}

const SINGLE_BYTE = new TextDecoder('windows-1252');

/** The bytes as text, for their ASCII part: control words, plain runs, the scan for shading. */
function ascii(bytes: Uint8Array): string {
  return SINGLE_BYTE.decode(bytes);
}

/** Printable ASCII other than the braces and the backslash. */
function isPlain(byte: number): boolean {
  return byte >= 0x20 && byte < 0x7f && byte !== 0x5c && byte !== 0x7b && byte !== 0x7d;
}

function isLetter(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  return -1;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
