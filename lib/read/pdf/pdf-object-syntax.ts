// Just enough of PDF's object syntax (ISO 32000 §7.3) to read a stream's dictionary from the raw
// file before pdf.js sees it: names with #xx escapes, numbers, strings, arrays, dictionaries and
// indirect references. The text is the file's bytes as latin1, one character per byte.

export interface PdfName {
  name: string;
}

export interface PdfRef {
  ref: number;
  generation: number;
}

export interface PdfKeyword {
  keyword: string;
}

export interface PdfString {
  string: string;
}

export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfKeyword | PdfString | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

export interface Parsed<T> {
  value: T;
  /** Index just after the value. */
  end: number;
}

/** Nesting deeper than this is not a CV's dictionary; it only costs stack. */
const MAX_DEPTH = 32;

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export function isWhitespace(code: number): boolean {
  return WHITESPACE.has(code);
}

/** Neither whitespace nor a delimiter: part of a name, number or keyword. */
export function isRegular(code: number): boolean {
  return !Number.isNaN(code) && !WHITESPACE.has(code) && !DELIMITERS.has(code);
}

export function isName(value: PdfValue | undefined): value is PdfName {
  return typeof value === 'object' && value !== null && 'name' in value;
}

export function isRef(value: PdfValue | undefined): value is PdfRef {
  return typeof value === 'object' && value !== null && 'ref' in value;
}

export function isDict(value: PdfValue | undefined): value is PdfDict {
  return value instanceof Map;
}

/** Skips whitespace and comments. */
export function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (WHITESPACE.has(code)) i += 1;
    else if (code === 0x25) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i += 1;
    } else break;
  }
  return i;
}

/** One value starting at `at` (after optional space), or null where the syntax is broken. */
export function readPdfValue(text: string, at: number, depth = 0): Parsed<PdfValue> | null {
  if (depth > MAX_DEPTH) return null;
  const i = skipSpace(text, at);
  const char = text[i];
  if (char === undefined) return null;
  if (char === '/') return readName(text, i);
  if (char === '<' && text[i + 1] === '<') return readDict(text, i, depth);
  if (char === '<') {
    const close = text.indexOf('>', i);
    return close < 0 ? null : { value: { string: text.slice(i + 1, close) }, end: close + 1 };
  }
  if (char === '[') return readArray(text, i, depth);
  if (char === '(') return readLiteralString(text, i);
  const token = readToken(text, i);
  if (token.end === i) return null;
  const number = parseNumber(token.value);
  if (number === null) {
    const keyword = token.value;
    if (keyword === 'true' || keyword === 'false') return { value: keyword === 'true', end: token.end };
    if (keyword === 'null') return { value: null, end: token.end };
    return { value: { keyword }, end: token.end };
  }
  // "12 0 R" is one value, a reference.
  if (Number.isInteger(number) && number >= 0) {
    const second = readToken(text, skipSpace(text, token.end));
    const generation = parseNumber(second.value);
    if (generation !== null && Number.isInteger(generation) && generation >= 0) {
      const third = readToken(text, skipSpace(text, second.end));
      if (third.value === 'R') return { value: { ref: number, generation }, end: third.end };
    }
  }
  return { value: number, end: token.end };
}

function readToken(text: string, at: number): Parsed<string> {
  let end = at;
  while (end < text.length && isRegular(text.charCodeAt(end))) end += 1;
  return { value: text.slice(at, end), end };
}

function parseNumber(token: string): number | null {
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(token) ? Number(token) : null;
}

function readName(text: string, at: number): Parsed<PdfName> {
  const token = readToken(text, at + 1);
  // "/Fl#61teDecode" is /FlateDecode: pdf.js decodes the escapes, so must we.
  const name = token.value.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return { value: { name }, end: token.end };
}

function readDict(text: string, at: number, depth: number): Parsed<PdfDict> | null {
  const dict: PdfDict = new Map();
  let i = at + 2;
  for (;;) {
    i = skipSpace(text, i);
    if (text.startsWith('>>', i)) return { value: dict, end: i + 2 };
    if (text[i] !== '/') {
      // pdf.js skips what is not a key and reads on; so must we, or a stray token would hide the rest.
      const stray = readPdfValue(text, i, depth + 1);
      if (!stray) return null;
      i = stray.end;
      continue;
    }
    const key = readName(text, i);
    const value = readPdfValue(text, key.end, depth + 1);
    if (!value) return null;
    // A repeated key: the last one wins, as in pdf.js.
    dict.set(key.value.name, value.value);
    i = value.end;
  }
}

function readArray(text: string, at: number, depth: number): Parsed<PdfValue[]> | null {
  const items: PdfValue[] = [];
  let i = at + 1;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] === ']') return { value: items, end: i + 1 };
    const item = readPdfValue(text, i, depth + 1);
    if (!item) return null;
    items.push(item.value);
    i = item.end;
  }
}

function readLiteralString(text: string, at: number): Parsed<PdfString> | null {
  let nesting = 0;
  for (let i = at; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '(') nesting += 1;
    else if (char === ')') {
      nesting -= 1;
      if (nesting === 0) return { value: { string: text.slice(at + 1, i) }, end: i + 1 };
    }
  }
  return null;
}
