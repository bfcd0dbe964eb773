// mulberry32: a seeded generator, so "random" fixtures and fuzz cases are the same on every run.
// Shared by the fixture scripts (make-scans, make-hostile-fixtures) and the fuzzer.

/** @param {number} seed @returns {() => number} a generator of numbers in [0, 1) */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
