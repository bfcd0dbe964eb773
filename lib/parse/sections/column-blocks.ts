// The reader's blocks (a column, a frame) and their left edges: a block that opens without a
// heading goes on with the section last seen in a block at the same edge.
import type { TextLine } from '../../types';

export function blockId(line: TextLine): string {
  return `${line.page}:${line.block ?? 0}`;
}

/** Left edge of each block (the smallest x among its lines); blocks without layout have none. */
export function blockEdges(lines: TextLine[]): Map<string, number> {
  const edges = new Map<string, number>();
  for (const line of lines) {
    if (line.x === undefined) continue;
    const id = blockId(line);
    edges.set(id, Math.min(edges.get(id) ?? Infinity, line.x));
  }
  return edges;
}
