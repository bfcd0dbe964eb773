// Spelling-tolerant key lookup: a CV word the index does not know ("gesiton", "maintenace", OCR
// slips) is mapped to the closest known key by shared letter trigrams. The trigram index covers the
// vocabulary (tens of thousands of keys), not the labels, and is built on first use.

import { CONCEPT_KINDS, LANGUAGES, type ConceptKind, type Referential } from '../taxonomy/referential';

export interface TrigramIndex {
  postings: Map<string, number[]>;
  /** Per key: which labels hold it, as bits (see useBit): by language, and by language and kind. */
  uses: Uint8Array;
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
  // The vocabulary is shared by the languages and kinds; a French word must land on a key French
  // labels use ("séismologue" is near the English stem "seismology", which no French label holds),
  // and a job title's word on a key of occupation labels when one is as near.
  const uses = new Uint8Array(referential.vocabulary.length);
  for (let key = 0; key < uses.length; key++) {
    for (let p = referential.postingStart[key]!; p < referential.postingStart[key + 1]!; p++) {
      const label = referential.postingLabels[p]!;
      const language = referential.labels.language[label]!;
      uses[key]! |= useBit(language) | useBit(language, referential.concepts[referential.labels.concept[label]!]!.kind);
    }
  }
  index = { postings, uses, cache: new Map() };
  indexes.set(referential, index);
  return index;
}

function useBit(language: number, kind?: ConceptKind): number {
  return 1 << (language + (kind ? (1 + CONCEPT_KINDS.indexOf(kind)) * LANGUAGES.length : 0));
}

/** True when a label of this language (index in LANGUAGES), and of this kind if given, holds the key. */
export function keyIsUsed(referential: Referential, key: number, language: number, kind?: ConceptKind): boolean {
  return (trigramIndex(referential).uses[key]! & useBit(language, kind)) !== 0;
}

/** The known key of the language (index in LANGUAGES), held by labels of that kind if given,
 *  closest in spelling to `stem`, if close enough. */
export function nearKey(referential: Referential, stem: string, language: number, kind?: ConceptKind): number | undefined {
  const index = trigramIndex(referential);
  const wanted = useBit(language, kind);
  const cacheKey = `${language}\t${kind ?? ''}\t${stem}`;
  if (index.cache.has(cacheKey)) return index.cache.get(cacheKey);
  const grams = new Set(trigrams(stem));
  const shared = new Map<number, number>();
  for (const gram of grams) {
    for (const id of index.postings.get(gram) ?? []) {
      if (index.uses[id]! & wanted) shared.set(id, (shared.get(id) ?? 0) + 1);
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
