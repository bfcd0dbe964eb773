// Character error rate of OCR against the text it should have read: the edit distance (insertions,
// deletions, substitutions) between the two texts over the reference length. Both texts are first
// brought to one form, so that what the eye cannot tell apart does not count as an error: Unicode
// compatibility forms, the dash family (– — − read as -), curly quotes, bullets, and runs of white
// space (tabs included) as one space.

export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[•·●○◦▪■►]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function characterErrorRate(reference: string, hypothesis: string): number {
  const a = normalizeForComparison(reference);
  const b = normalizeForComparison(hypothesis);
  if (a.length === 0) return b.length === 0 ? 0 : 1;
  return editDistance(a, b) / a.length;
}

export function editDistance(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (charA === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
