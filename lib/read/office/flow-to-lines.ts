import type { TextLine } from '../../types';
import { normalizeText } from '../layout/normalize-text';

// Word processors give text as a flow of paragraphs and tables rather than positions on a page.
// Both DOCX and ODT readers turn their document into this flow; this step makes lines of it with
// the same contract as a PDF page: one line per paragraph (or manual line break), a table row whose
// cells hold one line each becomes one line with the cells joined by a tab (a Europass-style
// "label ⇥ value" or "dates ⇥ job" row), and a layout table whose cells hold whole columns (a
// sidebar beside the main text) is read cell by cell, each cell its own block.

export type FlowBlock =
  | { kind: 'paragraph'; text: string; bold: boolean }
  | { kind: 'table'; rows: FlowBlock[][][] };

interface PlainLine {
  text: string;
  bold: boolean;
  block: number;
}

export function flowToLines(blocks: FlowBlock[]): TextLine[] {
  const state = { block: 0, lines: [] as PlainLine[] };
  emitBlocks(blocks, state);
  return state.lines.map((line) => ({ text: line.text, page: 1, bold: line.bold, block: line.block }));
}

function emitBlocks(blocks: FlowBlock[], state: { block: number; lines: PlainLine[] }): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const text of paragraphLines(block.text)) state.lines.push({ text, bold: block.bold, block: state.block });
      continue;
    }
    for (const row of block.rows) {
      const cells = row.map((cell) => {
        const inner = { block: 0, lines: [] as PlainLine[] };
        emitBlocks(cell, inner);
        return inner.lines;
      });
      const filled = cells.filter((lines) => lines.length > 0);
      if (filled.length === 0) continue;
      if (filled.every((lines) => lines.length === 1)) {
        const line = filled.map((lines) => lines[0]!);
        state.lines.push({
          text: line.map((cell) => cell.text).join('\t'),
          bold: line.every((cell) => cell.bold),
          block: state.block,
        });
        continue;
      }
      // Cells holding several lines are columns of their own: read each whole, in turn.
      for (const lines of filled) {
        state.block += 1;
        const offsets = new Map<number, number>();
        for (const line of lines) {
          if (!offsets.has(line.block)) offsets.set(line.block, offsets.size);
          state.lines.push({ ...line, block: state.block + offsets.get(line.block)! });
        }
        state.block += Math.max(0, offsets.size - 1);
      }
      state.block += 1;
    }
  }
}

/** A paragraph's manual line breaks start new lines; its tabs separate segments. */
function paragraphLines(text: string): string[] {
  return text
    .split(/\r?\n|\u2028/)
    .map((line) =>
      line
        .split('\t')
        .map((segment) => normalizeText(segment, { letterSpaced: false }))
        .filter(Boolean)
        .join('\t'),
    )
    .filter(Boolean);
}
