// Builds reader output for parse tests: text lines as a PDF reader gives them.
import type { ReadDocument, TextLine } from '../../lib/types';

/** Lines of a format without layout (DOCX, plain text): one per string, page 1. */
export function plainLines(text: string): TextLine[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ text: line, page: 1 }));
}

export interface Placed {
  text: string;
  x: number;
  y: number;
  /** Font height, 10 by default. */
  h?: number;
  bold?: boolean;
  block?: number;
  page?: number;
  /** Width; by default about half the font height per character. */
  w?: number;
}

/** Lines of a PDF page, with geometry. */
export function pdfLines(placed: Placed[]): TextLine[] {
  return placed.map((line) => ({
    text: line.text,
    page: line.page ?? 1,
    x: line.x,
    y: line.y,
    width: line.w ?? line.text.length * (line.h ?? 10) * 0.48,
    height: line.h ?? 10,
    bold: line.bold ?? false,
    block: line.block ?? 0,
  }));
}

/** A column of lines at one left edge, one under the other. */
export function column(x: number, top: number, block: number, rows: (string | Omit<Placed, 'x' | 'y'> & { gap?: number; indent?: number })[]): Placed[] {
  let y = top;
  return rows.map((row) => {
    const spec = typeof row === 'string' ? { text: row } : row;
    const h = spec.h ?? 10;
    y += (spec as { gap?: number }).gap ?? h * 1.6;
    return { ...spec, x: x + ((spec as { indent?: number }).indent ?? 0), y, h, block };
  });
}

export function documentOf(lines: TextLine[], kind: ReadDocument['kind'] = 'pdf-text'): ReadDocument {
  return { kind, pages: Math.max(1, ...lines.map((line) => line.page)), lines, warnings: [] };
}
