import { buildInkGrid, type InkGrid } from './ink-grid';
import type { GrayImage } from './gray-image';

// A page scanned on its side, with no EXIF orientation to say so. Lines of text run across a page:
// between them lie bands without ink, while across the lines there are none. On a page lying on
// its side the empty bands run down the page instead. The bands are looked for in narrow strips,
// where a slight skew does not fill them.

const STRIPS = 8;

export function looksSideways(image: GrayImage): boolean {
  const grid = buildInkGrid(image, Math.max(2, Math.round(Math.max(image.width, image.height) / 600)));
  const across = meanEmptyShare(grid, 'rows');
  const down = meanEmptyShare(grid, 'columns');
  return down > 0.15 && down > 2 * across;
}

/** Mean share of empty bands (rows, or columns) inside the inked part of each strip. */
function meanEmptyShare(grid: InkGrid, bands: 'rows' | 'columns'): number {
  const length = bands === 'rows' ? grid.rows : grid.columns;
  const breadth = bands === 'rows' ? grid.columns : grid.rows;
  const stripWidth = Math.max(1, Math.ceil(breadth / STRIPS));
  let total = 0;
  let strips = 0;
  for (let from = 0; from < breadth; from += stripWidth) {
    const to = Math.min(breadth, from + stripWidth);
    const profile = new Uint32Array(length);
    for (let band = 0; band < length; band += 1) {
      for (let across = from; across < to; across += 1) {
        const index = bands === 'rows' ? band * grid.columns + across : across * grid.columns + band;
        profile[band]! += grid.ink[index]!;
      }
    }
    let start = 0;
    let end = length;
    while (start < end && profile[start] === 0) start += 1;
    while (end > start && profile[end - 1] === 0) end -= 1;
    // A strip with little ink (a margin, a photo's edge) says nothing.
    if (end - start < length / 4) continue;
    let empty = 0;
    for (let band = start; band < end; band += 1) if (profile[band] === 0) empty += 1;
    total += empty / (end - start);
    strips += 1;
  }
  return strips === 0 ? 0 : total / strips;
}
