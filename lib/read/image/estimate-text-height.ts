import type { InkGrid } from './ink-grid';

const STRIPS = 8;

/**
 * Typical height in pixels of a line of text (ascender to descender), or null when the page has
 * too little text to tell. Measured in vertical strips so that columns side by side do not blur
 * each other's lines: in each strip, runs of inked rows are lines.
 */
export function estimateTextHeight(grid: InkGrid): number | null {
  const { columns, rows, cell, ink } = grid;
  const heights: number[] = [];
  const stripWidth = Math.max(1, Math.ceil(columns / STRIPS));
  for (let from = 0; from < columns; from += stripWidth) {
    const to = Math.min(columns, from + stripWidth);
    let run = 0;
    // A row of a line of text has ink in several places; a thin vertical rule or edge only in one.
    const minInked = Math.max(2, Math.round(0.03 * (to - from)));
    for (let y = 0; y <= rows; y += 1) {
      let inked = false;
      if (y < rows) {
        let count = 0;
        for (let x = from; x < to && count < minInked; x += 1) if (ink[y * columns + x]) count += 1;
        inked = count >= minInked;
      }
      if (inked) run += 1;
      else {
        // Shorter runs are accents, dots and specks, not lines.
        if (run * cell >= 6) heights.push(run * cell);
        run = 0;
      }
    }
  }
  if (heights.length < 5) return null;
  heights.sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)]!;
}
