// A grid of certificates whose cells wrap onto a second line: the layout keeps each visual line as
// one row of tab-separated cells, so "Under 16.5m Skipper's Certificate –" and its status "started
// 2021, not completed" sit in the same column of two rows. A cell that announces what follows (a
// dash, a colon, "valid to", an open bracket) takes the cell under it; so does a cell whose text
// under it could not open an item (lower case, a bracket). Other cells stay in their rows.
import type { TextLine } from '../types';
import { isColumnHeaderRow } from './table-header-rows';

/** A cell that says its end is on the next line. */
const ANNOUNCES = /(?:[–—:-]|\b(?:to|until|jusqu'?(?:au|en|à)?|valid|valable|du|de|des|and|et|with|for|of|in|on|avec|pour|en)|&)\s*$|\([^()]*$/iu;
/** A text that continues a cell above rather than opening an item: lower case or a bracket first. */
const CONTINUES = /^[\p{Ll}(]/u;

export function joinWrappedCells(lines: TextLine[]): TextLine[] {
  const rows = lines.map((line) => ({ line, cells: line.text.split('\t') }));
  for (let index = 0; index + 1 < rows.length; index++) {
    const row = rows[index]!;
    // A table's header row names its columns; the first row under it is an entry of its own.
    if (row.cells.length < 2 || isColumnHeaderRow(row.line.text)) continue;
    row.cells.forEach((_, column) => {
      // A cell may wrap twice: "LANTRA Chapter 8" / "traffic management –" / "expired 2023".
      for (let under = index + 1; under < rows.length && rows[under]!.cells.length === row.cells.length; under++) {
        const cell = row.cells[column]!.trim();
        const next = rows[under]!.cells[column]!.trim();
        if (cell === '' || next === '' || !(ANNOUNCES.test(cell) || CONTINUES.test(next))) break;
        row.cells[column] = `${cell} ${next}`;
        // The emptied cell keeps its place: the columns of the next row stay where they are.
        rows[under]!.cells[column] = '';
      }
    });
  }
  return rows
    .map(({ line, cells }) => (cells.join('\t') === line.text ? line : { ...line, text: cells.join('\t') }))
    .filter((line) => line.text.replace(/\t/g, '').trim() !== '');
}
