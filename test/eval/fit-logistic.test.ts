import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../scripts/eval/fit-skill-confidence';

describe('fitLogistic (the skill-confidence fit)', () => {
  it('recovers the weights that generated the outcomes', () => {
    // Deterministic pseudo-random features; outcomes drawn from a known logistic model.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const truth = [-0.5, 1.5, -2];
    const rows = Array.from({ length: 6000 }, (_, index) => {
      const features = [1, random() * 4 - 2, random() < 0.3 ? 1 : 0];
      const p = 1 / (1 + Math.exp(-features.reduce((sum, value, i) => sum + value * truth[i]!, 0)));
      return { cv: `cv${index % 40}`, features, kept: random() < p ? 1 : 0 };
    });
    const fitted = fitLogistic(rows, 0);
    fitted.forEach((weight, i) => expect(weight).toBeCloseTo(truth[i]!, 0));
  });

  it('shrinks weights towards zero as the penalty grows, never the bias', () => {
    const rows = [
      { cv: 'a', features: [1, 1], kept: 1 },
      { cv: 'a', features: [1, 1], kept: 1 },
      { cv: 'b', features: [1, 0], kept: 0 },
      { cv: 'b', features: [1, 0], kept: 1 },
    ];
    const loose = fitLogistic(rows, 0.1);
    const tight = fitLogistic(rows, 100);
    expect(Math.abs(tight[1]!)).toBeLessThan(Math.abs(loose[1]!));
    expect(Number.isFinite(tight[0]!)).toBe(true);
  });
});
