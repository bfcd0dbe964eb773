// Spelling-tolerant key lookup: a CV word the index does not know ("gesiton", "maintenace", OCR
// slips) is mapped to the closest known key by shared letter trigrams. The trigram index covers the
// vocabulary (tens of thousands of keys), not the labels, and is built on first use.

import type { Referential } from '../taxonomy/referential';

export interface TrigramIndex {
  postings: Map<string, number[]>;
  /** Per key: bit i set when a label in LANGUAGES[i] holds it. */
  languages: Uint8Array;
  cache: Map<string, number | undefined>;
}

const indexes = new WeakMap<Referential, TrigramIndex>();
const MIN_LENGTH = 5;
const MIN_SIMILARITY = 0.72;

function trigrams(key: string): string[] {
  const padded = ` ${key} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

export function trigramIndex(referential: Referential): TrigramIndex {
  let index = indexes.get(referential);
  if (index) return index;
  const postings = new Map<string, number[]>();
  referential.vocabulary.forEach((key, id) => {
    if (key.length < MIN_LENGTH || /\d/.test(key)) return;
    for (const gram of new Set(trigrams(key))) {
      const list = postings.get(gram);
      if (list) list.push(id);
      else postings.set(gram, [id]);
    }
  });
  // The vocabulary is shared by the languages; a French word must land on a key French labels use
  // ("séismologue" is near the English stem "seismology", which no French label holds).
  const languages = new Uint8Array(referential.vocabulary.length);
  for (let key = 0; key < languages.length; key++) {
    for (let p = referential.postingStart[key]!; p < referential.postingStart[key + 1]!; p++) {
      languages[key]! |= 1 << referential.labels.language[referential.postingLabels[p]!]!;
    }
  }
  index = { postings, languages, cache: new Map() };
  indexes.set(referential, index);
  return index;
}

/** The known key of the language (index in LANGUAGES) closest in spelling to `stem`, if close
 *  enough. */
export function nearKey(referential: Referential, stem: string, language: number): number | undefined {
  const index = trigramIndex(referential);
  const cacheKey = `${language}\t${stem}`;
  if (index.cache.has(cacheKey)) return index.cache.get(cacheKey);
  const grams = new Set(trigrams(stem));
  const shared = new Map<number, number>();
  for (const gram of grams) {
    for (const id of index.postings.get(gram) ?? []) {
      if (index.languages[id]! & (1 << language)) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  let bestSimilarity = MIN_SIMILARITY;
  for (const [id, count] of shared) {
    const key = referential.vocabulary[id]!;
    if (Math.abs(key.length - stem.length) > 2) continue;
    const similarity = (2 * count) / (grams.size + key.length);
    if (similarity > bestSimilarity) {
      bestSimilarity = similarity;
      best = id;
    }
  }
  index.cache.set(cacheKey, best);
  return best;
}
