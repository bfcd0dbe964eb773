/**
 * The header of a control's column in a grid: experiences or languages as one table row each,
 * "Poste occupé | Employeur | Du | Au" in the <th> cells of the head. A colspan or rowspan in the
 * head ("Période" over "Du | Au") shifts the columns, so cells are matched by their column
 * position, not their index, and the lowest head cell over a column (the most precise) wins.
 * Without a header row, the caption in the row just above (captionAbove). Empty when the control
 * is not in a body cell of a table.
 */
export function columnHeaderOf(control: Element): string {
  const cell = control.closest('td, th');
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table || row.tagName !== 'TR') return '';
  const head = headRowsOf(table);
  if (head.length === 0) return captionAbove(cell, row);
  if (head.includes(row)) return '';
  const column = columnStart(cell);
  let found = '';
  for (const heading of headCells(head)) {
    if (column >= heading.start && column < heading.start + heading.span) found = heading.cell.tagName === 'TH' ? (heading.cell.textContent ?? '').trim() : found;
  }
  return found;
}

/**
 * A caption in a row above, for forms laid out as rows of captions in plain cells ("Nom |
 * Prénom") over rows of boxes: the cell over the same columns, in the nearest row above that holds
 * no control, past rows of boxes cut like this one (a grid of entries under one caption row).
 */
function captionAbove(cell: Element, row: Element): string {
  let above = row.previousElementSibling;
  const width = cellsOf(row).length;
  while (above && above.tagName === 'TR' && above.querySelector(CONTROLS) && cellsOf(above).length === width) above = above.previousElementSibling;
  if (!above || above.tagName !== 'TR' || above.querySelector(CONTROLS)) return '';
  const column = columnStart(cell);
  const span = spanOf(cell, 'colspan');
  const caption = cellsOf(above).find((other) => columnStart(other) === column && spanOf(other, 'colspan') === span);
  const text = (caption?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length < 80 ? text : '';
}

/**
 * The header of a control's row: "Anglais" in a language grid, the <th> of the row or, when the
 * row has none, its first cell if that holds words and no control. Empty outside a table row.
 */
export function rowHeaderOf(control: Element): string {
  const cell = control.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName !== 'TR') return '';
  const cells = cellsOf(row);
  const header = cells.find((other) => other.tagName === 'TH' && other !== cell) ?? (cells[0] !== cell ? cells[0] : undefined);
  if (!header || header.querySelector('input, select, textarea, button, [contenteditable]')) return '';
  return (header.textContent ?? '').trim();
}

/** The table's head: the rows of <thead>, else a first row made only of <th> cells. */
// Cells and rows are read by selector: not every DOM implements tHead, rows and cells.
function headRowsOf(table: Element): Element[] {
  const head = [...table.querySelectorAll(':scope > thead > tr')];
  if (head.length > 0) return head;
  const first = table.querySelector(':scope > tr, :scope > tbody > tr');
  const cells = first ? cellsOf(first) : [];
  return first && cells.length > 1 && cells.every((cell) => cell.tagName === 'TH') ? [first] : [];
}

const CONTROLS = 'input, select, textarea, button, [contenteditable]';

function cellsOf(row: Element): Element[] {
  return [...row.children].filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
}

/** Each head cell with its first column and width, top row first, rowspans carried down. */
function headCells(rows: Element[]): { cell: Element; start: number; span: number }[] {
  const cells: { cell: Element; start: number; span: number }[] = [];
  // For each column, the head row index up to which a cell above still covers it.
  const coveredUntil: number[] = [];
  rows.forEach((row, index) => {
    let column = 0;
    for (const cell of cellsOf(row)) {
      while ((coveredUntil[column] ?? -1) >= index) column += 1;
      const span = spanOf(cell, 'colspan');
      for (let offset = 0; offset < span; offset += 1) coveredUntil[column + offset] = index + spanOf(cell, 'rowspan') - 1;
      cells.push({ cell, start: column, span });
      column += span;
    }
  });
  return cells;
}

function columnStart(cell: Element): number {
  let position = 0;
  for (let sibling = cell.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.tagName === 'TD' || sibling.tagName === 'TH') position += spanOf(sibling, 'colspan');
  }
  return position;
}

/** A cell's colspan or rowspan, read from the attribute (not every DOM implements the properties). */
function spanOf(cell: Element, attribute: 'colspan' | 'rowspan'): number {
  const span = Number.parseInt(cell.getAttribute(attribute) ?? '', 10);
  return Number.isFinite(span) && span > 1 ? span : 1;
}
