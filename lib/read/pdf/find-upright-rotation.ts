// A page turned in a viewer and saved keeps its text layer as it was and gains /Rotate, so its text
// shows running down or upside down; a print driver's landscape page draws its text turned and
// uses /Rotate to show it upright. Either way rows are only found once the text runs left to right,
// so the page is laid out in the rotation that makes most of its text horizontal.

export interface TextDirection {
  /** The text's x-axis in PDF user space (the first column of its text matrix). */
  dx: number;
  dy: number;
  /** How much text runs this way (characters). */
  weight: number;
}

/** A viewport's matrix [a, b, c, d, e, f] (pdf.js), mapping user space to the shown page. */
export type ViewportMatrix = readonly number[];

/**
 * The candidate (a rotation in degrees, with its viewport matrix) under which the most text runs
 * left to right; the first candidate (the page as shown) wins ties, so upright pages never change.
 */
export function findUprightRotation(directions: TextDirection[], candidates: { rotation: number; matrix: ViewportMatrix }[]): number {
  let best = candidates[0]?.rotation ?? 0;
  let bestWeight = -1;
  for (const { rotation, matrix } of candidates) {
    const [a = 1, b = 0, c = 0, d = 1] = matrix;
    let weight = 0;
    for (const direction of directions) {
      const x = a * direction.dx + c * direction.dy;
      const y = b * direction.dx + d * direction.dy;
      // Within 30° of left to right: turned text by a few degrees still counts.
      if (x > 0 && Math.abs(y) < x * 0.58) weight += direction.weight;
    }
    if (weight > bestWeight) {
      best = rotation;
      bestWeight = weight;
    }
  }
  return best;
}
