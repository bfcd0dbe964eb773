import type { InkGrid } from './ink-grid';

const MAX_SKEW_DEGREES = 6;
const STEP_DEGREES = 0.1;
const MAX_SAMPLES = 60_000;

/**
 * The angle (degrees) by which the text lines slope down to the right, found by projection
 * profiles: rows of text projected at the right angle pile up into sharp peaks. 0 when the page is
 * straight to within a tenth of a degree or has too little ink to tell.
 */
export function estimateSkew(grid: InkGrid): number {
  const { columns, rows, ink } = grid;
  const xs: number[] = [];
  const ys: number[] = [];
  let total = 0;
  for (let i = 0; i < ink.length; i += 1) if (ink[i]) total += 1;
  if (total < 200) return 0;
  const keepEvery = Math.max(1, Math.ceil(total / MAX_SAMPLES));
  let seen = 0;
  for (let y = 0; y < rows; y += 1) {
    for (let x = 0; x < columns; x += 1) {
      if (!ink[y * columns + x]) continue;
      if (seen++ % keepEvery === 0) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  const diagonal = Math.ceil(Math.hypot(columns, rows));
  const histogram = new Float64Array(diagonal * 2 + 2);
  const score = (degrees: number): number => {
    const radians = (degrees * Math.PI) / 180;
    const sin = Math.sin(radians);
    const cos = Math.cos(radians);
    histogram.fill(0);
    for (let i = 0; i < xs.length; i += 1) {
      const r = Math.round(ys[i]! * cos - xs[i]! * sin) + diagonal;
      histogram[r]! += 1;
    }
    let sum = 0;
    for (let r = 0; r < histogram.length; r += 1) sum += histogram[r]! * histogram[r]!;
    return sum;
  };
  let best = 0;
  let bestScore = score(0);
  const straightScore = bestScore;
  for (let degrees = -MAX_SKEW_DEGREES; degrees <= MAX_SKEW_DEGREES + 1e-9; degrees += STEP_DEGREES) {
    const value = score(degrees);
    if (value > bestScore) {
      bestScore = value;
      best = degrees;
    }
  }
  // A flat profile (no lines of text) gives no reliable angle.
  if (bestScore < straightScore * 1.01 || Math.abs(best) < 0.15) return 0;
  return Math.round(best * 100) / 100;
}
