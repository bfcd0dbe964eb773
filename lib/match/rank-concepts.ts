// Rank the concepts of one kind for a short text (a job title, a skill as written): exact label
// first; otherwise the index gathers the labels sharing words with the text, the best few hundred by
// shared word weight are scored by weighted word overlap, and Fuse.js re-scores the spelling of the
// closest ones. Fuse.js only ever sees that small candidate set, never the whole referential.

import Fuse from 'fuse.js';
import type { Language } from '../types';
import { foldText, stemWord } from '../taxonomy/label-words';
import {
  LABEL_TYPES,
  LANGUAGES,
  conceptLabel,
  exactKey,
  labelKeyIds,
  type ConceptKind,
  type ConceptScheme,
  type LabelType,
  type Referential,
} from '../taxonomy/referential';
import { labelAccumulator } from './label-accumulator';
import { phraseWords, STOP_WORD, UNKNOWN_WORD } from './phrase-words';
import { keyIsUsed, nearKey } from './near-keys';
import { familyOfUnknown, familyRelatives } from './word-families';

export interface RankOptions {
  kind: ConceptKind;
  language: Language;
  /** Only concepts of this scheme (ESCO or ROME), default all. */
  scheme?: ConceptScheme;
  /** Only labels in these languages, default all (the text's language first). */
  labelLanguages?: Language[];
  top?: number;
  /** Keys the rest of the CV says (per language index): a label word the text lacks but the CV
   *  says ("soins" for "Infirmière" in a CV full of care) counts in part, so the occupation that
   *  fits the CV ranks above a sibling it does not ("infirmière pour animaux"). */
  context?: Set<number>[];
}

/** Share of a label word's weight credited when only the rest of the CV says it. */
const CONTEXT_CREDIT = 0.5;

/** A score this high is the text written as a label of the referential (a title read exactly). */
export const EXACT_TITLE_SCORE = 0.98;

export interface RankedConcept {
  concept: number;
  id: string;
  label: string;
  /** The label of the concept that matched the text best. */
  matchedLabel: string;
  score: number;
}

/** The same words as a label, by the label's type: a title of our job-title lexicon says what CVs
 *  mean by it, where ESCO's alternative and hidden labels are often search terms ("téléconseiller"
 *  is a hidden label of the social security officer). */
const EXACT_LABEL_SCORE: Record<LabelType, number> = { preferred: 1, curated: 0.995, alternative: 0.99, hidden: 0.985 };

/** Among labels as close to the text as each other, a concept's preferred label comes before a
 *  label it shares as an alternative ("ostéopathe" is the osteopath's name and one of the
 *  chiropractor's alternatives). Small enough to reorder ties and near ties only. MELO MRR
 *  0.8310 -> 0.8344; dev and held-out unchanged. */
const LABEL_TYPE_TIE: Record<LabelType, number> = { preferred: 1, curated: 0.999, alternative: 0.998, hidden: 0.996 };

/** Letters an English word never writes (a French word's accents). */
const FRENCH_ACCENT = /[àâçéèêëîïôùûüœ]/iu;
const WORD_CANDIDATES = 300;
const FUSE_CANDIDATES = 20;
const UNKNOWN_WORD_WEIGHT = 4;
const OTHER_LANGUAGE_FACTOR = 0.9;
/** Share of a title word's weight credited to a label that says a word of its family instead. */
const FAMILY_CREDIT = 0.7;

export function rankConcepts(text: string, referential: Referential, options: RankOptions): RankedConcept[] {
  const top = options.top ?? 10;
  const best = new Map<number, { score: number; label: number }>();
  for (const [label, score] of rankLabels(text, referential, options)) {
    const concept = referential.labels.concept[label]!;
    const known = best.get(concept);
    if (!known || score > known.score || (score === known.score && label < known.label)) best.set(concept, { score, label });
  }
  return [...best]
    .sort((a, b) => b[1].score - a[1].score || a[1].label - b[1].label)
    .slice(0, top)
    .map(([concept, { score, label }]) => ({
      concept,
      id: referential.concepts[concept]!.id,
      label: conceptLabel(referential, concept, options.language),
      matchedLabel: referential.labels.text.at(label)!,
      score: Math.round(score * 1000) / 1000,
    }));
}

/** Score the labels close to the text: label id -> similarity in [0, 1]. Labels not returned
 *  share no word with the text or fell outside the candidate set. */
export function rankLabels(text: string, referential: Referential, options: RankOptions): Map<number, number> {
  const scores = new Map<number, number>();
  const offer = (label: number, score: number): void => {
    if (score > (scores.get(label) ?? 0)) scores.set(label, score);
  };
  const eligible = (label: number): boolean => {
    const concept = referential.concepts[referential.labels.concept[label]!]!;
    return concept.kind === options.kind && (!options.scheme || concept.scheme === options.scheme);
  };

  const typeTie = (label: number): number => LABEL_TYPE_TIE[LABEL_TYPES[referential.labels.type[label]!]!];
  const preferredLanguage = LANGUAGES.indexOf(options.language);
  const weights = referential.keyWeight[options.kind];
  const words = phraseWords(text, referential);
  const textKey = exactKey(text);
  for (let lang = 0; lang < LANGUAGES.length; lang++) {
    if (options.labelLanguages && !options.labelLanguages.includes(LANGUAGES[lang]!)) continue;
    // Weight of the text's words in this language; unknown words count, so they lower the overlap.
    const queryKeys = new Map<number, number>();
    let queryWeight = 0;
    // A word found by spelling may have landed on a key no label of this kind holds ("séismologue"
    // on "séismologie", a skill's word, when "sismologue" is the occupation): look again among them.
    const wordKeys = words.map((word) => {
      const key = word.keys[lang]!;
      // "Employé" is no English word: its English stem ("employ") made "Employé libre-service" an
      // "employment service manager".
      if (LANGUAGES[lang] === 'en' && key >= 0 && FRENCH_ACCENT.test(text.slice(word.start, word.end))) return UNKNOWN_WORD;
      if (!word.approximate[lang] || keyIsUsed(referential, key, lang, options.kind)) return key;
      return nearKey(referential, stemWord(word.folded, LANGUAGES[lang]!), lang, options.kind) ?? key;
    });
    for (const [position, word] of words.entries()) {
      const key = wordKeys[position]!;
      if (key === UNKNOWN_WORD) queryWeight += UNKNOWN_WORD_WEIGHT;
      if (key < 0 || queryKeys.has(key)) continue;
      const weight = weights[key]! * (word.approximate[lang] ? 0.85 : 1);
      queryKeys.set(key, weight);
      queryWeight += weight;
    }
    const unknownFamilies =
      options.kind === 'occupation' && LANGUAGES[lang] === 'fr'
        ? words.filter((_, position) => wordKeys[position] === UNKNOWN_WORD).map((word) => familyOfUnknown(referential, stemWord(word.folded, 'fr'))).filter((family) => family.length > 0)
        : [];
    if (queryKeys.size === 0 && unknownFamilies.length === 0) continue;
    const sequence = wordKeys.filter((key) => key !== STOP_WORD);
    // The head noun of a title: first in French ("agent d'entretien", "chef de rayon"), last in English
    // ("care assistant", "software developer").
    const known = sequence.filter((key) => key >= 0);
    const headKey = LANGUAGES[lang] === 'en' ? known[known.length - 1] : known[0];
    const languageFactor = lang === preferredLanguage ? 1 : OTHER_LANGUAGE_FACTOR;

    let exact = false;
    const accumulator = labelAccumulator(referential);
    for (const [key, weight] of queryKeys) {
      for (let p = referential.postingStart[key]!; p < referential.postingStart[key + 1]!; p++) {
        const label = referential.postingLabels[p]!;
        if (referential.labels.language[label] === lang) accumulator.add(label, weight);
      }
    }
    // A French title word also gives part credit to labels that use a word of its family instead
    // ("magasinage" for "magasinier", "montage" for "monteur"), never on top of the word itself.
    if (options.kind === 'occupation' && LANGUAGES[lang] === 'fr') {
      const relatives = familyRelatives(referential);
      for (const [key, weight] of queryKeys) {
        for (const relative of relatives.get(key) ?? []) {
          if (queryKeys.has(relative)) continue;
          for (let p = referential.postingStart[relative]!; p < referential.postingStart[relative + 1]!; p++) {
            const label = referential.postingLabels[p]!;
            if (referential.labels.language[label] !== lang || labelKeyIds(referential, label).includes(key)) continue;
            accumulator.add(label, FAMILY_CREDIT * weight);
          }
        }
      }
      // A title word unknown to the referential may still be the agent of a known activity
      // ("Agriculteur": agricole, agriculture), credited once per label as the unknown word it
      // stands for.
      for (const relatives of unknownFamilies) {
        const credited = new Set<number>();
        for (const relative of relatives) {
          if (queryKeys.has(relative)) continue;
          for (let p = referential.postingStart[relative]!; p < referential.postingStart[relative + 1]!; p++) {
            const label = referential.postingLabels[p]!;
            if (referential.labels.language[label] !== lang || credited.has(label)) continue;
            credited.add(label);
            accumulator.add(label, FAMILY_CREDIT * UNKNOWN_WORD_WEIGHT);
          }
        }
      }
    }
    const { labels: touched, count, weights: sharedWeights } = accumulator.touched();
    // Same words in the same order (after stemming): "Serveuse" is the label "serveur".
    const allShared = [...queryKeys.values()].reduce((sum, weight) => sum + weight, 0);
    const candidates: [number, number][] = [];
    for (let i = 0; i < count; i++) {
      const label = touched[i]!;
      if (!eligible(label)) continue;
      const sharedWeight = sharedWeights[label]!;
      candidates.push([label, sharedWeight]);
      if (sharedWeight < allShared - 1e-4) continue;
      const keys = labelKeyIds(referential, label);
      if (keys.length !== sequence.length || !keys.every((key, j) => key === sequence[j])) continue;
      const type = LABEL_TYPES[referential.labels.type[label]!];
      // The same words as written beat the same stems: "non-tissés" is "non tissés", and
      // "réseaux distribution" lacks the "en ... de" of the title.
      const written = exactKey(referential.labels.text.at(label)!) === textKey ? 1 : 0.995;
      offer(label, EXACT_LABEL_SCORE[type!] * written * languageFactor);
      exact = true;
    }
    accumulator.reset();
    candidates.sort((a, b) => b[1] - a[1]);
    candidates.length = Math.min(candidates.length, WORD_CANDIDATES);

    const scored: { label: number; overlap: number }[] = [];
    const contextKeys = options.context?.[lang];
    for (const [label, sharedWeight] of candidates) {
      const keys = labelKeyIds(referential, label);
      let labelWeight = 0;
      let contextWeight = 0;
      for (const key of new Set(keys)) {
        labelWeight += weights[key]!;
        if (contextKeys?.has(key) && !queryKeys.has(key)) contextWeight += CONTEXT_CREDIT * weights[key]!;
      }
      // As if the text had said the context words, at a discount.
      let overlap = (2 * (sharedWeight + contextWeight)) / (queryWeight + contextWeight + labelWeight);
      // Sharing the head noun matters more than sharing a complement.
      const labelHead = LANGUAGES[lang] === 'en' ? keys[keys.length - 1] : keys[0];
      if (options.kind === 'occupation' && headKey !== undefined && labelHead !== headKey) overlap *= 0.9;
      scored.push({ label, overlap });
    }
    scored.sort((a, b) => b.overlap - a.overlap);
    const closest = scored.slice(0, FUSE_CANDIDATES);
    // Spelling only reorders near misses; when the text is a label, word overlap says enough.
    const spelling = exact
      ? closest.map((entry) => entry.overlap)
      : spellingSimilarity(text, closest.map((entry) => referential.labels.text.at(entry.label)!));
    closest.forEach((entry, i) => {
      const score = (0.8 * entry.overlap + 0.2 * spelling[i]!) * languageFactor * typeTie(entry.label);
      offer(entry.label, Math.min(0.97, score));
    });
    // Beyond the spelling set, word overlap alone still orders the rest of the candidates.
    for (let i = FUSE_CANDIDATES; i < scored.length; i++) {
      offer(scored[i]!.label, 0.8 * scored[i]!.overlap * languageFactor * typeTie(scored[i]!.label));
    }
  }
  return breakTiesByPreferredLabel(scores, referential);
}

/** Two occupations may share a label ("agent de voyages" is ESCO's alternative label of both the
 *  "conseiller voyage" and the "agent de voyage/agente de voyage"): the one whose preferred label
 *  is also close to the text goes first. A nudge of a thousandth, only enough to order ties. */
function breakTiesByPreferredLabel(scores: Map<number, number>, referential: Referential): Map<number, number> {
  const preferredScore = new Map<number, number>();
  for (const [label, score] of scores) {
    if (LABEL_TYPES[referential.labels.type[label]!] !== 'preferred') continue;
    const concept = referential.labels.concept[label]!;
    preferredScore.set(concept, Math.max(preferredScore.get(concept) ?? 0, score));
  }
  for (const [label, score] of scores) {
    // Our job-title lexicon says which occupation a title is on purpose ("Modéliste" is the pattern
    // maker, not the "modèle" its stem also reads): its labels are not nudged.
    if (LABEL_TYPES[referential.labels.type[label]!] === 'curated') continue;
    const preferred = Math.min(1, preferredScore.get(referential.labels.concept[label]!) ?? 0);
    scores.set(label, score * (1 - PREFERRED_TIE_BREAK * (1 - preferred)));
  }
  return scores;
}

const PREFERRED_TIE_BREAK = 0.001;

/** Fuse.js similarity (1 = same spelling) of the text to each candidate label, accents folded. */
export function spellingSimilarity(text: string, labels: string[]): number[] {
  const similarity = new Array<number>(labels.length).fill(0);
  if (labels.length === 0) return similarity;
  const fuse = new Fuse(
    labels.map((label, index) => ({ index, text: foldText(label) })),
    { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6, isCaseSensitive: true },
  );
  // Fuse's bitap pattern is limited to 32 characters; longer texts are compared on their start.
  for (const result of fuse.search(foldText(text).slice(0, 32))) {
    similarity[result.item.index] = 1 - (result.score ?? 1);
  }
  return similarity;
}
