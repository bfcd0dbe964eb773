import type { InkGrid } from './ink-grid';

// Splits a page image into the regions OCR reads one at a time: the columns of a two-column CV,
// the left and right halves of a header. Tesseract's own layout analysis joins a sidebar's lines to
// the main column's lines when they happen to share a baseline, and then misreads both; read
// separately, each column comes out clean. This is a recursive XY-cut on the ink grid: cut at a
// wide empty vertical gutter when both sides hold lines of their own, otherwise cut at empty
// horizontal bands and try again inside each band. Bands that nothing splits are merged back, so
// a plain single-column page stays one region.

export interface Box {
  /** In grid cells, end exclusive. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface RegionOptions {
  /** Narrowest gutter between two columns, in cells. */
  minGutter: number;
  /** Narrowest empty band that separates two blocks of lines, in cells. */
  minBandGap: number;
  /** Narrowest column, in cells: a short right-aligned date is not a column of its own. */
  minColumnWidth: number;
}

const MAX_DEPTH = 14;

export function findTextRegions(grid: InkGrid, options: RegionOptions): Box[] {
  const whole = trim(grid, { left: 0, top: 0, right: grid.columns, bottom: grid.rows });
  return whole ? cut(grid, whole, options, 0) : [];
}

function cut(grid: InkGrid, box: Box, options: RegionOptions, depth: number): Box[] {
  if (depth > MAX_DEPTH) return [box];
  const gutter = widestGap(columnProfile(grid, box), options.minGutter);
  if (gutter) {
    const left = trim(grid, { ...box, right: box.left + gutter.start });
    const right = trim(grid, { ...box, left: box.left + gutter.end });
    const wideEnough = (side: Box | null) => side !== null && side.right - side.left >= options.minColumnWidth;
    if (left && right && wideEnough(left) && wideEnough(right) && countLines(grid, left) >= 2 && countLines(grid, right) >= 2) {
      return [...cut(grid, left, options, depth + 1), ...cut(grid, right, options, depth + 1)];
    }
  }
  const bands = splitBands(grid, box, options.minBandGap);
  if (bands.length <= 1) return [box];
  const regions: Box[] = [];
  let pending: Box | null = null;
  for (const band of bands) {
    const inner = cut(grid, band, options, depth + 1);
    if (inner.length === 1) {
      pending = pending ? union(pending, inner[0]!) : inner[0]!;
      continue;
    }
    if (pending) regions.push(pending);
    pending = null;
    regions.push(...inner);
  }
  if (pending) regions.push(pending);
  return regions;
}

function columnProfile(grid: InkGrid, box: Box): Uint32Array {
  const profile = new Uint32Array(box.right - box.left);
  for (let y = box.top; y < box.bottom; y += 1) {
    for (let x = box.left; x < box.right; x += 1) if (grid.ink[y * grid.columns + x]) profile[x - box.left]! += 1;
  }
  return profile;
}

function rowProfile(grid: InkGrid, box: Box): Uint32Array {
  const profile = new Uint32Array(box.bottom - box.top);
  for (let y = box.top; y < box.bottom; y += 1) {
    for (let x = box.left; x < box.right; x += 1) if (grid.ink[y * grid.columns + x]) profile[y - box.top]! += 1;
  }
  return profile;
}

/** The widest run of empty entries strictly inside the profile, if at least `min` long. */
function widestGap(profile: Uint32Array, min: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let start = -1;
  for (let i = 0; i < profile.length; i += 1) {
    if (profile[i] === 0) {
      if (start < 0) start = i;
      continue;
    }
    if (start > 0 && i - start >= min && (!best || i - start > best.end - best.start)) best = { start, end: i };
    start = -1;
  }
  return best;
}

function splitBands(grid: InkGrid, box: Box, minGap: number): Box[] {
  const profile = rowProfile(grid, box);
  const bands: Box[] = [];
  let bandStart = -1;
  let emptyRun = 0;
  for (let i = 0; i <= profile.length; i += 1) {
    const inked = i < profile.length && profile[i]! > 0;
    if (inked) {
      if (bandStart < 0) bandStart = i;
      else if (emptyRun >= minGap) {
        pushBand(grid, bands, { ...box, top: box.top + bandStart, bottom: box.top + i - emptyRun });
        bandStart = i;
      }
      emptyRun = 0;
    } else {
      emptyRun += 1;
    }
  }
  if (bandStart >= 0) pushBand(grid, bands, { ...box, top: box.top + bandStart, bottom: box.top + profile.length - emptyRun });
  return bands;
}

function pushBand(grid: InkGrid, bands: Box[], band: Box): void {
  const trimmed = trim(grid, band);
  if (trimmed) bands.push(trimmed);
}

/** Lines of text in a box: runs of inked rows. */
function countLines(grid: InkGrid, box: Box): number {
  const profile = rowProfile(grid, box);
  let lines = 0;
  let previous = false;
  for (const count of profile) {
    const inked = count > 0;
    if (inked && !previous) lines += 1;
    previous = inked;
  }
  return lines;
}

/** Shrinks a box to the ink inside it, or null if it holds none. */
function trim(grid: InkGrid, box: Box): Box | null {
  let left = box.right;
  let right = box.left;
  let top = box.bottom;
  let bottom = box.top;
  for (let y = box.top; y < box.bottom; y += 1) {
    for (let x = box.left; x < box.right; x += 1) {
      if (!grid.ink[y * grid.columns + x]) continue;
      if (x < left) left = x;
      if (x + 1 > right) right = x + 1;
      if (y < top) top = y;
      if (y + 1 > bottom) bottom = y + 1;
    }
  }
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

function union(a: Box, b: Box): Box {
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

/** Share of a box's cells that are inked: text stays well under a photo's. */
export function inkDensity(grid: InkGrid, box: Box): number {
  let inked = 0;
  for (let y = box.top; y < box.bottom; y += 1) {
    for (let x = box.left; x < box.right; x += 1) if (grid.ink[y * grid.columns + x]) inked += 1;
  }
  return inked / Math.max(1, (box.right - box.left) * (box.bottom - box.top));
}
