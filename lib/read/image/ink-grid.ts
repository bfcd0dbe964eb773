import type { GrayImage } from './gray-image';

// A coarse map of where the ink is: one cell per `cell`×`cell` pixels, set when enough of its
// pixels are dark. Layout analysis on a page image (skew, text height, regions) works on this map:
// it is small, and lone specks of scanner noise do not reach it.

export interface InkGrid {
  columns: number;
  rows: number;
  /** Cell size in pixels of the image it was built from. */
  cell: number;
  ink: Uint8Array;
}

/** After flattening the background is white (255): anything clearly darker is ink, light grey
 *  and blurred text included. */
export const INK_THRESHOLD = 200;

export function buildInkGrid(image: GrayImage, cell: number, threshold = INK_THRESHOLD): InkGrid {
  const { width, height, data } = image;
  const columns = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const counts = new Uint16Array(columns * rows);
  for (let y = 0; y < height; y += 1) {
    const rowOffset = Math.floor(y / cell) * columns;
    for (let x = 0; x < width; x += 1) {
      if (data[y * width + x]! < threshold) counts[rowOffset + Math.floor(x / cell)]! += 1;
    }
  }
  // A stroke crossing a cell darkens several of its pixels; a speck of noise one or two.
  const minDark = Math.max(2, Math.round((cell * cell) / 6));
  const ink = new Uint8Array(columns * rows);
  for (let i = 0; i < ink.length; i += 1) ink[i] = counts[i]! >= minDark ? 1 : 0;
  return { columns, rows, cell, ink: dropIsolatedCells(ink, columns, rows) };
}

function dropIsolatedCells(ink: Uint8Array, columns: number, rows: number): Uint8Array {
  const kept = new Uint8Array(ink.length);
  for (let y = 0; y < rows; y += 1) {
    for (let x = 0; x < columns; x += 1) {
      if (!ink[y * columns + x]) continue;
      let neighbours = 0;
      for (let dy = -1; dy <= 1 && neighbours === 0; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          if (dx === 0 && dy === 0) continue;
          const yy = y + dy;
          const xx = x + dx;
          if (yy >= 0 && yy < rows && xx >= 0 && xx < columns && ink[yy * columns + xx]) {
            neighbours += 1;
            break;
          }
        }
      }
      if (neighbours > 0) kept[y * columns + x] = 1;
    }
  }
  return kept;
}

/** Erases long thin vertical rules (column separators), which would otherwise hide the gutter. */
export function eraseVerticalRules(grid: InkGrid, minLength: number): InkGrid {
  const { columns, rows, ink } = grid;
  const out = ink.slice();
  for (let x = 0; x < columns; x += 1) {
    let start = -1;
    for (let y = 0; y <= rows; y += 1) {
      const on = y < rows && ink[y * columns + x] === 1;
      if (on && start < 0) start = y;
      if (!on && start >= 0) {
        if (y - start >= minLength && isThin(grid, x, start, y)) {
          for (let yy = start; yy < y; yy += 1) out[yy * columns + x] = 0;
        }
        start = -1;
      }
    }
  }
  return { ...grid, ink: out };
}

function isThin(grid: InkGrid, x: number, from: number, to: number): boolean {
  const { columns, ink } = grid;
  let crowded = 0;
  for (let y = from; y < to; y += 1) {
    const left = x >= 3 && ink[y * columns + x - 3] === 1;
    const right = x + 3 < columns && ink[y * columns + x + 3] === 1;
    if (left && right) crowded += 1;
  }
  return crowded < 0.2 * (to - from);
}

/** Clears a margin along the image's edges: scanner shadows, page edges and the white wedges a
 *  rotation leaves are not text, and would pass for a narrow column. */
export function clearBorder(grid: InkGrid, cells: number): InkGrid {
  const { columns, rows, ink } = grid;
  const out = ink.slice();
  for (let y = 0; y < rows; y += 1) {
    for (let x = 0; x < columns; x += 1) {
      if (x < cells || y < cells || x >= columns - cells || y >= rows - cells) out[y * columns + x] = 0;
    }
  }
  return { ...grid, ink: out };
}
