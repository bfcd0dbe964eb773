// A line of a column may run on across the gutter: a web address or an e-mail too long for a
// sidebar, printed without a break. No empty vertical strip then separates the columns. The gutter
// is still there when the right column's lines start along one edge and the strip just left of that
// edge is empty but for one or two lines coming from the left column.

export interface PlacedSpan {
  x: number;
  width: number;
  row: number;
}

/** At most this many rows may run over the gutter: more are a table's or a paragraph's. */
const MAX_CROSSING_ROWS = 2;
/** A column's edge: this many rows start there. */
const MIN_EDGE_ROWS = 3;
/** Left edges this close (points) are one edge. */
const EDGE_TOLERANCE = 1;

/** Gutters (x, leftmost edge first) crossed only by a line or two of the left column. */
export function overflowGutters(segments: PlacedSpan[], minGutter: number): number[] {
  const left = Math.min(...segments.map((segment) => segment.x));
  const gutters: number[] = [];
  for (const edge of columnEdges(segments)) {
    if (edge - minGutter <= left) continue;
    const strip = edge - minGutter;
    const crossing = segments.filter((segment) => segment.x < edge - EDGE_TOLERANCE && segment.x + segment.width > strip);
    const rows = new Set(crossing.map((segment) => segment.row));
    // Each crossing line starts in the left column, well before the strip, and ends past it.
    if (rows.size === 0 || rows.size > MAX_CROSSING_ROWS || crossing.some((segment) => segment.x >= strip || segment.x + segment.width <= edge)) continue;
    // The left column is there too, its other lines ending before the strip: the crossing lines
    // are its exceptions, not a heading over an indented list.
    const before = new Set(segments.filter((segment) => segment.x + segment.width <= strip && !rows.has(segment.row)).map((segment) => segment.row));
    if (before.size < Math.max(MIN_EDGE_ROWS, 3 * rows.size)) continue;
    gutters.push(strip + minGutter / 2);
  }
  return gutters;
}

/** Left edges where at least MIN_EDGE_ROWS rows start, left to right. */
function columnEdges(segments: PlacedSpan[]): number[] {
  const starts = [...segments].sort((a, b) => a.x - b.x);
  const edges: number[] = [];
  let group: PlacedSpan[] = [];
  const close = () => {
    if (new Set(group.map((segment) => segment.row)).size >= MIN_EDGE_ROWS) edges.push(group[0]!.x);
    group = [];
  };
  for (const segment of starts) {
    if (group.length > 0 && segment.x - group[0]!.x > EDGE_TOLERANCE) close();
    group.push(segment);
  }
  if (group.length > 0) close();
  return edges;
}
