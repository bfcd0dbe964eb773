import { CvError } from '../errors';
import type { ReadDocument, ReadOptions, TextLine } from '../types';
import { normalizeText } from './layout/normalize-text';
import { utf16WithoutMark } from './utf16-without-mark';

/**
 * Reads a plain-text CV: UTF-8 (with or without a byte-order mark), UTF-16 (with a byte-order mark
 * or without: utf16-without-mark.ts), or else Windows-1252, which covers files saved as Latin-1 by
 * older editors. Form feeds start a new page; runs of three or more spaces or tabs separate
 * segments like a PDF's wide gaps.
 */
export async function readPlainText(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  options.onProgress?.({ stage: 'reading', page: 1, pages: 1 });
  const text = decodeText(bytes);
  const lines: TextLine[] = [];
  const pages = text.split('\f');
  pages.forEach((pageText, index) => {
    for (const raw of pageText.split(/\r\n|\r|\n|\u2028/)) {
      const segments = raw
        .split(/\t+| {3,}/)
        .map((segment) => normalizeText(segment, { letterSpaced: false }))
        .filter(Boolean);
      if (segments.length > 0) lines.push({ text: segments.join('\t'), page: index + 1, block: 0 });
    }
  });
  if (lines.length === 0) throw new CvError('no-text', 'empty text file');
  return { kind: 'text', pages: Math.max(1, pages.filter((page) => page.trim()).length), lines, warnings: [] };
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked) return new TextDecoder(unmarked).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
