// Find skill labels written in a CV phrase. The index gives the labels sharing a word with the
// phrase; each is then scored on how much of the label the phrase says (recall, weighted by how
// telling each word is) and how tightly (unmatched words inside the matched span lower it).
// ESCO labels start with a verb and its object and end with qualifiers ("gérer les stocks | d'un
// entrepôt"): qualifiers weigh less, and a qualifier the phrase lacks but the rest of the CV says
// (the CV is about a warehouse) counts in part.

import type { Language } from '../types';
import { foldText, isStopWordAt, stemWord, wordsOf } from '../taxonomy/label-words';
import { LABEL_TYPES, LANGUAGES, labelKeyIds, type Referential } from '../taxonomy/referential';
import { isNounReadAsAdjective, isReversedAcrossDe } from './reversed-complement';
import { labelAccumulator } from './label-accumulator';
import { phraseWords, STOP_WORD, UNKNOWN_WORD, type PhraseWord } from './phrase-words';
import { usageWordBefore } from './usage-words';
import { verbNounCompoundHalves } from './verb-noun-compounds';
import { occasionStart } from './circumstance-complement';
import { isPlanningSkill, planningObject } from './object-of-planning';
import { labelSaysOtherFamily } from './false-word-family';
import { peopleKeys, peopleStandIns } from './people-stand-in';

export interface LabelSpot {
  concept: number;
  label: number;
  /** Label similarity in [0, 1]. */
  score: number;
  /** Word positions in the phrase that the label matched. */
  positions: number[];
  /** Label words found only elsewhere in the CV. */
  fromContext: number;
  /** Character span of the match in the phrase. */
  start: number;
  end: number;
}

/** Keys (per language index) said anywhere in the CV, to complete labels' qualifiers. */
export type DocumentKeys = Set<number>[];

const MIN_RECALL = 0.6;
/** A word in more than this share of all labels is too common to seed candidates (the other words
 *  will). A share, not a count: importing ROME beside ESCO doubles "équipe"'s labels, and a fixed
 *  count then dropped "travailler en équipe" from every CV. */
const MAX_SEED_SHARE = 0.05;
/** Weight given to an unmatched word the index does not know. */
const UNKNOWN_WORD_WEIGHT = 4;
const OTHER_LANGUAGE_FACTOR = 0.92;
/** Label words after the first two (verb + object) are qualifiers. */
const QUALIFIER_WEIGHT = 0.6;
/** Share of a word's weight credited when only the rest of the CV says it. */
const CONTEXT_CREDIT = 0.5;
/** A one-word label inside a longer phrase ("Chef" in "Chef de rang") is weak evidence; less so
 *  for the trade words and tool names curated as hidden labels ("nacelle", "transpalette"). */
const LONE_WORD_FACTOR = 0.55;
const LONE_ALIAS_FACTOR = 0.7;
const HEAD_MISSING_FACTOR = 0.85;
/** A French label read the other way round, across "de" or as noun and adjective (reversed-complement.ts). */
const REVERSED_COMPLEMENT_FACTOR = 0.6;
/** Score of a phrase saying exactly a label's verb and object, per qualifier it leaves unsaid. */
const CORE_MATCH_SCORE = 0.85;
/** The same, per English noun before them that narrows the object ("Gas | safety inspections"). */
const LEADING_MODIFIER_FACTOR = 0.95;
/** Share of a placeholder's weight ("personnel", "staff") credited to the people the CV names. */
const STAND_IN_CREDIT = 0.9;
/** Inverse label frequency above which a word is rare in the skill labels (a few dozen labels). */
const RARE_WORD_WEIGHT = 8;

export function spotSkillLabels(
  text: string,
  referential: Referential,
  language: Language,
  documentKeys?: DocumentKeys,
): LabelSpot[] {
  return spotSkillLabelsInWords(text, phraseWords(text, referential), referential, language, documentKeys);
}

export function spotSkillLabelsInWords(
  text: string,
  words: PhraseWord[],
  referential: Referential,
  language: Language,
  documentKeys?: DocumentKeys,
): LabelSpot[] {
  const { labels } = referential;
  const spots: LabelSpot[] = [];
  const preferredLanguage = LANGUAGES.indexOf(language);
  const weights = referential.keyWeight.skill;
  const { total: totals, qualifiers } = labelWeights(referential);
  const accumulator = labelAccumulator(referential);
  const anchorOf = new Map<number, number>();
  const maxSeedPostings = Math.max(4000, MAX_SEED_SHARE * labels.language.length);

  // First pass: how much of each label the phrase's words could cover (an upper bound), so only
  // labels that can reach the recall threshold are scored in detail.
  for (let lang = 0; lang < LANGUAGES.length; lang++) {
    accumulator.reset();
    anchorOf.clear();
    const counted = new Set<number>();
    for (let anchor = 0; anchor < words.length; anchor++) {
      const key = words[anchor]!.keys[lang]!;
      if (key < 0 || counted.has(key)) continue;
      counted.add(key);
      const from = referential.postingStart[key]!;
      const to = referential.postingStart[key + 1]!;
      if (to - from > maxSeedPostings) continue;
      for (let p = from; p < to; p++) {
        const label = referential.postingLabels[p]!;
        if (labels.language[label] !== lang || totals[label]! < 0) continue;
        accumulator.add(label, weights[key]!);
        if (!anchorOf.has(label)) anchorOf.set(label, anchor);
      }
    }
    // A word naming people ("vendeurs", "trainees") may say a label's "personnel" / "staff".
    const standIns = peopleStandIns(words, lang, referential);
    if (standIns.length > 0) {
      for (const key of peopleKeys(referential, lang).placeholders) {
        if (counted.has(key)) continue;
        for (let p = referential.postingStart[key]!; p < referential.postingStart[key + 1]!; p++) {
          const label = referential.postingLabels[p]!;
          if (labels.language[label] !== lang || totals[label]! < 0) continue;
          accumulator.add(label, weights[key]!);
          if (!anchorOf.has(label)) anchorOf.set(label, standIns[0]!);
        }
      }
    }
    const documentKeysOfLanguage = documentKeys?.[lang];
    const occasionFrom = occasionStart(text, words, lang);
    const planned = planningObject(text, words, lang);
    const { labels: touched, count, weights: covered } = accumulator.touched();
    for (let i = 0; i < count; i++) {
      const label = touched[i]!;
      // Context can add at most CONTEXT_CREDIT of the qualifiers.
      const bound = covered[label]! + (documentKeysOfLanguage ? CONTEXT_CREDIT * qualifiers[label]! : 0);
      if (bound < MIN_RECALL * totals[label]! - 1e-6) continue;
      const spot = scoreLabel(text, words, label, lang, anchorOf.get(label)!, referential, documentKeysOfLanguage, occasionFrom, standIns);
      if (!spot) continue;
      if (planned && spot.start >= planned[0] && spot.end <= planned[1] && !isPlanningSkill(referential, spot.concept, labels.text.at(label)!)) spot.score *= PLANNED_OBJECT_FACTOR;
      if (lang !== preferredLanguage) {
        if (readsAsOwnLanguage(text, words, spot, label, lang, preferredLanguage, referential)) continue;
        spot.score *= OTHER_LANGUAGE_FACTOR;
      }
      spots.push(spot);
    }
  }
  accumulator.reset();
  return spots;
}

/** A word of the CV's own language read as another language's label only through its stem: "mât"
 *  in "chariot à mât rétractable" is the stem of "matting", so a French forklift line spelt the
 *  grooming skill "De-matting". A word the CV's language knows is taken in that language unless the
 *  label writes it the same way, give or take a plural ("Picking", "budgets"), or the CV writes a
 *  word the other language's labels use as such ("management" in "Time management" is French too,
 *  and the English word of "manage time"). */
function readsAsOwnLanguage(
  text: string,
  words: PhraseWord[],
  spot: LabelSpot,
  label: number,
  lang: number,
  ownLanguage: number,
  referential: Referential,
): boolean {
  let labelWords: Set<string> | undefined;
  for (const position of spot.positions) {
    const word = words[position]!;
    if (word.keys[lang]! < 0 || word.keys[ownLanguage]! < 0 || word.approximate[ownLanguage]) continue;
    labelWords ??= new Set(wordsOf(referential.labels.text.at(label)!).map((labelWord) => labelWord.folded));
    // "budget" for "budgets": a plural is still the label's word.
    const singular = word.folded.replace(/s$/, '');
    if (labelWords.has(word.folded) || labelWords.has(singular) || labelWords.has(`${singular}s`)) continue;
    // Written without accents, as the other language's labels write it elsewhere.
    if (/^[a-z]+$/i.test(text.slice(word.start, word.end)) && writtenInLabels(referential, lang, word.keys[lang]!, word.folded)) continue;
    return true;
  }
  return false;
}

const writtenWordsCache = new WeakMap<Referential, Map<string, boolean>>();

/** Whether some label of `lang` with the key writes the word exactly so (cached per word). */
function writtenInLabels(referential: Referential, lang: number, key: number, folded: string): boolean {
  let cache = writtenWordsCache.get(referential);
  if (!cache) writtenWordsCache.set(referential, (cache = new Map()));
  const cacheKey = `${lang}:${folded}`;
  const known = cache.get(cacheKey);
  if (known !== undefined) return known;
  let found = false;
  for (let p = referential.postingStart[key]!; p < referential.postingStart[key + 1]! && !found; p++) {
    const label = referential.postingLabels[p]!;
    if (referential.labels.language[label] !== lang) continue;
    found = wordsOf(referential.labels.text.at(label)!).some((labelWord) => labelWord.folded === folded);
  }
  cache.set(cacheKey, found);
  return found;
}

export interface LabelWeights {
  /** Decayed weight of each label's distinct keys (what recall divides by); -1 for non-skill labels. */
  total: Float32Array;
  /** The part of it carried by qualifiers, the only keys context can complete. */
  qualifiers: Float32Array;
}

const labelWeightsCache = new WeakMap<Referential, LabelWeights>();

/** Verbs that say "do" and little else ("effectuer des contrôles", "perform safety inspections",
 *  "utiliser un chariot élévateur"): a CV item often drops them ("Contrôles qualité", "Gas safety
 *  inspections"), so when a label starts with one, its object is the core and the verb only a
 *  qualifier. */
export const LIGHT_VERBS: Record<Language, string[]> = {
  fr: ['effectuer', 'realiser', 'utiliser', 'appliquer', 'proceder', 'executer', 'pratiquer'],
  en: ['perform', 'carry', 'conduct', 'use', 'apply', 'undertake', 'execute', 'utilise', 'utilize'],
};

/** ESCO's domain tag for computing, inside a label ("conduct ICT code review", "provide ICT
 *  support", "fournir une assistance TIC"): CVs say "code review", "support". A qualifier, never
 *  the label's core. */
const DOMAIN_TAGS: Record<Language, string[]> = { fr: ['tic'], en: ['ict'] };

/** The referential's keys of a word list per language, computed once per referential. */
function keysOfWords(words: Record<Language, string[]>): (referential: Referential) => Set<number> {
  const cache = new WeakMap<Referential, Set<number>>();
  return (referential) => {
    let keys = cache.get(referential);
    if (keys) return keys;
    keys = new Set();
    for (const language of LANGUAGES) {
      for (const word of words[language]) {
        const key = referential.keyIds.get(stemWord(word, language));
        if (key !== undefined) keys.add(key);
      }
    }
    cache.set(referential, keys);
    return keys;
  };
}

const lightVerbKeys = keysOfWords(LIGHT_VERBS);
const domainTagKeys = keysOfWords(DOMAIN_TAGS);

/** Position of each key in the label's core (0, 1) or among its qualifiers (2+): a leading light
 *  verb goes after the core, and so does the domain tag unless the phrase says it too ("ICT
 *  terminology" is the core of "apply ICT terminology"). */
function keyRanks(referential: Referential, keys: number[], tagSaid = false): number[] {
  const tags = domainTagKeys(referential);
  const lightVerb = keys.length >= 2 && lightVerbKeys(referential).has(keys[0]!);
  let core = 0;
  return keys.map((key, index) => ((lightVerb && index === 0) || (!tagSaid && tags.has(key) && keys.length > 2) ? 2 : core++));
}

/** The distinct keys of a label, in order (labels rarely repeat a key). */
function distinctKeys(referential: Referential, label: number): number[] {
  const keys: number[] = [];
  for (const key of labelKeyIds(referential, label)) if (!keys.includes(key)) keys.push(key);
  return keys;
}

export function labelWeights(referential: Referential): LabelWeights {
  let cached = labelWeightsCache.get(referential);
  if (cached) return cached;
  const { labels, concepts } = referential;
  const weights = referential.keyWeight.skill;
  const total = new Float32Array(labels.text.length);
  const qualifiers = new Float32Array(labels.text.length);
  for (let label = 0; label < labels.text.length; label++) {
    if (concepts[labels.concept[label]!]!.kind !== 'skill') {
      total[label] = -1;
      continue;
    }
    const keys = distinctKeys(referential, label);
    const ranks = keyRanks(referential, keys);
    keys.forEach((key, position) => {
      const index = ranks[position]!;
      const weight = weights[key]! * (index < 2 ? 1 : QUALIFIER_WEIGHT);
      total[label]! += weight;
      if (index >= 2) qualifiers[label]! += weight;
    });
  }
  cached = { total, qualifiers };
  labelWeightsCache.set(referential, cached);
  return cached;
}

function scoreLabel(
  text: string,
  words: PhraseWord[],
  label: number,
  lang: number,
  anchor: number,
  referential: Referential,
  documentKeys: Set<number> | undefined,
  occasionFrom: number,
  standIns: number[] = [],
): LabelSpot | undefined {
  const weights = referential.keyWeight.skill;
  const labelKeys = distinctKeys(referential, label);
  let totalWeight = 0;
  let matchedWeight = 0;
  let phraseWeight = 0;
  let fromContext = 0;
  const positions: number[] = [];
  // The label's most telling word ("tables" in "mettre en place les tables"): a phrase without it
  // says something else ("mise en place de l'intégration continue").
  let headKey = -1;
  for (const key of labelKeys) if (headKey < 0 || weights[key]! > weights[headKey]!) headKey = key;
  let headMissing = false;
  let missingQualifiers = 0;
  // "Safety inspections" for "perform safety inspections": the verb that says only "do" goes
  // without saying, half a qualifier.
  let lightVerbUnsaid = false;
  let coreMatched = 0;
  let saidThroughStandIn = false;
  const french = LANGUAGES[lang] === 'fr';
  // A label about people ("former le personnel de réception") read over the people a CV names is
  // not narrowed by the rest of the CV: a warehouse's "réception" of goods is no hotel reception.
  const placeholders = standIns.length > 0 ? peopleKeys(referential, lang).placeholders : undefined;
  const aboutNamedPeople = placeholders !== undefined && labelKeys.some((key) => placeholders.has(key));
  const tags = domainTagKeys(referential);
  const tagSaid = labelKeys.some((key) => tags.has(key) && words.some((word) => word.keys[lang] === key));
  const ranks = keyRanks(referential, labelKeys, tagSaid);
  labelKeys.forEach((key, position) => {
    const index = ranks[position]!;
    const weight = weights[key]! * (index < 2 ? 1 : QUALIFIER_WEIGHT);
    totalWeight += weight;
    // The occurrence nearest the anchor, so one label does not gather words from across a line.
    let best = -1;
    for (let i = 0; i < words.length; i++) {
      if (words[i]!.keys[lang] !== key || positions.includes(i)) continue;
      // "Graphiste" is no "graphite", "équipe" no "équipement", though the stemmer gives them one key.
      if (french && labelSaysOtherFamily(referential, label, key, words[i]!.folded)) continue;
      if (best < 0 || Math.abs(i - anchor) < Math.abs(best - anchor)) best = i;
    }
    let standIn = false;
    if (best < 0 && placeholders?.has(key)) {
      best = standIns.find((position) => !positions.includes(position)) ?? -1;
      standIn = best >= 0;
      saidThroughStandIn ||= standIn;
    }
    if (best >= 0) {
      const credited = words[best]!.approximate[lang] ? weight * 0.85 : standIn ? weight * STAND_IN_CREDIT : weight;
      matchedWeight += credited;
      phraseWeight += credited;
      positions.push(best);
      if (index < 2) coreMatched++;
    } else if (index >= 2 && !aboutNamedPeople && documentKeys?.has(key)) {
      matchedWeight += weight * CONTEXT_CREDIT;
      fromContext++;
    } else {
      if (key === headKey) headMissing = true;
      // The domain tag goes without saying in the CV that names the practice ("code review").
      if (index >= 2 && !tags.has(key)) missingQualifiers++;
      if (position === 0 && index >= 2 && lightVerbKeys(referential).has(key)) lightVerbUnsaid = true;
    }
  });
  // A word the label says twice ("Management de managers", "teach teaching principles") is read
  // twice: one "Management" is not the whole label.
  const repeats = labelKeyIds(referential, label);
  if (repeats.length > labelKeys.length) {
    const seen = new Set<number>();
    for (const key of repeats) {
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      const weight = weights[key]! * (ranks[labelKeys.indexOf(key)]! < 2 ? 1 : QUALIFIER_WEIGHT);
      totalWeight += weight;
      const again = words.findIndex((word, i) => word.keys[lang] === key && !positions.includes(i));
      if (again < 0) continue;
      matchedWeight += weight;
      phraseWeight += weight;
      positions.push(again);
    }
  }
  if (totalWeight === 0 || positions.length === 0) return undefined;
  // Numbers alone ("3 et 5" vs "PHP 5.3") are no evidence of a skill.
  if (positions.every((position) => /^\d+$/.test(words[position]!.folded))) return undefined;
  const single = repeats.length === 1;
  // One- or two-letter labels ("R", "C") only when the phrase is nothing else.
  if (single && referential.vocabulary[labelKeys[0]!]!.length <= 2 && words.length !== 1) return undefined;
  const recall = matchedWeight / totalWeight;
  if (recall < MIN_RECALL) return undefined;

  let first = positions[0]!;
  let last = first;
  for (const position of positions) {
    if (position < first) first = position;
    if (position > last) last = position;
  }
  // Too spread out to be one mention.
  if (last - first + 1 > labelKeys.length * 2 + 3) return undefined;
  let extraWeight = 0;
  for (let i = first; i <= last; i++) {
    if (positions.includes(i)) continue;
    const key = words[i]!.keys[lang]!;
    if (key === STOP_WORD) continue;
    extraWeight += key === UNKNOWN_WORD ? UNKNOWN_WORD_WEIGHT : weights[key]!;
  }
  const precision = phraseWeight / (phraseWeight + 0.5 * extraWeight);
  const inOrder = positions.every((position, i) => i === 0 || position > positions[i - 1]!);
  const reversed =
    !inOrder &&
    LANGUAGES[lang] === 'fr' &&
    (isReversedAcrossDe(text, words, positions) || isNounReadAsAdjective(referential.labels.text.at(label)!, text, words, positions));
  // "Kerb laying | and | block paving": two words read backwards across a coordination, the second
  // only the qualifier of the next item's own head, belong to two items, not to one "block laying".
  // "Réception et contrôle | des marchandises" shares one object and is read as before.
  const qualifierOfNext = words[last + 1] !== undefined && words[last + 1]!.keys[lang] !== STOP_WORD && /^\s+$/.test(text.slice(words[last]!.end, words[last + 1]!.start));
  // The same in order: "shop floor | and | fitting rooms" is no "floor fitting".
  // A label that coordinates its own words ("load and unload", "hygiène et sécurité") is read as
  // before.
  const acrossCoordination =
    positions.length === 2 &&
    qualifierOfNext &&
    COORDINATION_GAP.test(text.slice(words[first]!.end, words[last]!.start)) &&
    !LABEL_COORDINATION.test(referential.labels.text.at(label)!);
  const order = (inOrder ? 1 : reversed ? REVERSED_COMPLEMENT_FACTOR : 0.95) * (acrossCoordination ? ACROSS_COORDINATION_FACTOR : 1);
  let score = recall ** 1.5 * precision ** 0.5 * order * (headMissing ? HEAD_MISSING_FACTOR : 1);
  // A terse CV item that says exactly the label's verb and object ("Nettoyage des sols" for "nettoyer
  // les sols d'un bâtiment") is that skill; only the label's qualifiers are unsaid. Not so for a
  // CV phrasing of the lexicon (a hidden label), said whole by those who write it: its last words
  // are no qualifiers ("Accueil des patients | anxieux", "Écoute des familles | en deuil").
  const contentWords = words.filter((word) => word.keys[lang]! !== STOP_WORD).length;
  const phrasing = LABEL_TYPES[referential.labels.type[label]!] === 'hidden';
  // The people a CV names are not the label's own object: "Formation des intérimaires" says "former
  // le personnel", not each narrower "former le personnel de réception".
  // In English the phrase may open with a noun that narrows the object ("Gas | safety inspections",
  // "Commercial | kitchen cleaning"): a kind of the skill, said a little less surely.
  const leading = LANGUAGES[lang] === 'en' && ranks[0] === 2 ? leadingModifiers(words, first, lang, lightVerbKeys(referential)) : NO_MODIFIERS;
  if (coreMatched === 2 && !saidThroughStandIn && inOrder && extraWeight === 0 && contentWords === positions.length + leading.words && missingQualifiers > 0 && !phrasing && qualifiedByComplement(referential, label, ranks[0] === 2, tagSaid)) {
    score = Math.max(score, CORE_MATCH_SCORE ** (missingQualifiers - (lightVerbUnsaid ? 0.5 : 0)) * (0.9 + 0.1 * recall) * LEADING_MODIFIER_FACTOR ** leading.nouns);
  }
  // A capitalised word inside a phrase looks like a tool ("Sage", "Chef" the software), unless it is
  // a job title ("Commis Chef", "Chef de Partie").
  // The word must be the label itself, not a word of the same stem: "méthode Gerber" is a name,
  // not the verb of "gerbage".
  const toolName =
    looksLikeToolName(text, words[positions[0]!]!) &&
    !occupationWords(referential).has(labelKeys[0]!) &&
    (!single || words[positions[0]!]!.folded === foldText(referential.labels.text.at(label)!).trim());
  // "Utilisation de l'autolaveuse": the word for using the tool is no other word of the phrase.
  const usage = single && usageWordBefore(words, positions[0]!, lang) ? 1 : 0;
  if (single && contentWords - usage > 1 && !toolName) {
    // Only a rare word is a trade word or a tool ("transpalette", "Fenwick"); ESCO's hidden labels
    // also hold common ones ("réseaux", "post", "montage").
    const alias =
      LABEL_TYPES[referential.labels.type[label]!] === 'hidden' &&
      words[positions[0]!]!.folded.length >= 5 &&
      weights[labelKeys[0]!]! >= RARE_WORD_WEIGHT;
    score *= alias ? LONE_ALIAS_FACTOR : LONE_WORD_FACTOR;
  }
  // The phrase goes on with a complement of the label's last word ("contrôle des pièces | d'identité",
  // "contrôle des comptes | clients"): the CV names something narrower or else.
  if (complementFollows(text, words, last, lang)) score *= isGeneralOfNarrowerLabels(referential, label) ? GENERAL_COMPLEMENT_FACTOR : COMPLEMENT_FACTOR;
  if (LANGUAGES[lang] === 'fr' && text.includes('-')) {
    const halves = verbNounCompoundHalves(text, words);
    if (positions.some((position) => halves.has(position) && !positions.includes(halves.get(position)!))) score *= HALF_COMPOUND_FACTOR;
  }
  if (words[first]!.start >= occasionFrom) score *= OCCASION_FACTOR;
  return {
    concept: referential.labels.concept[label]!,
    label,
    score,
    positions: positions.sort((a, b) => a - b),
    fromContext,
    start: words[first]!.start,
    end: words[last]!.end,
  };
}

const COMPLEMENT_FACTOR = 0.75;
/** A label read only in what the phrase's head plans or books (object-of-planning.ts). */
const PLANNED_OBJECT_FACTOR = 0.6;
/** Nothing but a coordination between two words: "laying and block", "nettoyage, rangement". */
const COORDINATION_GAP = /^\s*(?:,|;|&|\/|\+|and|or|et|ou)\s*$/i;
const ACROSS_COORDINATION_FACTOR = 0.5;
const LABEL_COORDINATION = /,|;|&|\/|\b(?:and|or|et|ou)\b/i;
/** A label read only in the occasion of the work ("… lors d'événements sportifs"). */
const OCCASION_FACTOR = 0.7;
/** A label that reads one half of a verb-object compound only ("chauffage" in "chauffe-eau"). */
const HALF_COMPOUND_FACTOR = 0.5;
/** The same for a label the referential itself narrows with complements ("gérer des stocks" and
 *  "gérer des stocks de bois", "… de carburant"): "gestion des stocks de lait infantile" is still
 *  managing stocks, of a kind the referential does not name. */
const GENERAL_COMPLEMENT_FACTOR = 0.9;

const generalLabelsCache = new WeakMap<Referential, Set<number>>();

/** Is the label's text the start of other labels of its language, followed by "de", "d'", "des",
 *  "du" or "of" ("gérer des stocks" | "de bois")? */
function isGeneralOfNarrowerLabels(referential: Referential, label: number): boolean {
  let general = generalLabelsCache.get(referential);
  if (!general) {
    const { labels } = referential;
    const keyOf = (other: number, text: string) => `${labels.language[other]} ${text}`;
    const folded = Array.from({ length: labels.text.length }, (_, other) => foldText(labels.text.at(other)!).trim());
    // Each label's text up to a complement: the general label it narrows, if there is one.
    const narrowed = new Set<string>();
    folded.forEach((text, other) => {
      for (const match of text.matchAll(/ (?:de |des |du |d'|of )/g)) narrowed.add(keyOf(other, text.slice(0, match.index)));
    });
    general = new Set(folded.flatMap((text, other) => (narrowed.has(keyOf(other, text)) ? [other] : [])));
    generalLabelsCache.set(referential, general);
  }
  return general.has(label);
}
const COMPLEMENT_WORDS = new Set(['de', 'd', 'du', 'des', 'of']);
/** A team's complement names its members or its size ("a team of six carers", "une équipe de
 *  saisonniers"), never a narrower kind of team work. */
const GROUP_WORDS = new Set(['team', 'teams', 'crew', 'crews', 'equipe', 'equipes']);
/** Whose work it was ("préparation des commandes | des magasins", "suivi des dossiers | des
 *  patients", "cleaning of | the residents' rooms"): the people or the place served, not a narrower
 *  kind of the skill. */
const OWNER_WORDS = new Set([
  'client', 'clients', 'clientele', 'magasin', 'magasins', 'boutique', 'boutiques', 'enseigne', 'enseignes', 'agence', 'agences', 'restaurant', 'restaurants',
  'hotel', 'hotels', 'entreprise', 'entreprises', 'societe', 'site', 'sites', 'etablissement', 'etablissements', 'service', 'services', 'residents',
  'patients', 'usagers', 'beneficiaires', 'familles', 'adherents', 'salaries', 'collaborateurs', 'equipes', 'particuliers', 'professionnels',
  'customer', 'customers', 'client', 'store', 'stores', 'shop', 'shops', 'branch', 'branches', 'company', 'residents', 'tenants', 'guests', 'members', 'staff',
]);
/** A number in words is an age or a size, as a number in digits is. */
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'fifty', 'hundred', 'several', 'up',
  'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt', 'trente', 'cinquante', 'cent', 'plusieurs', 'une', 'un',
]);

/** The match is followed by "de/des/du/of" or "d'" and a content word. */
function complementFollows(text: string, words: PhraseWord[], last: number, lang: number): boolean {
  const next = words[last + 1];
  if (!next || GROUP_WORDS.has(words[last]!.folded)) return false;
  // "d'identité": wordsOf drops the elided "d'", which stays in the text before the word.
  if (/^\s+d['’]$/i.test(text.slice(words[last]!.end, next.start))) return next.keys[lang] !== STOP_WORD;
  const after = words[last + 2];
  // "enfants de 6 à 11 ans", "chariots de 2 tonnes": a number is an age or a size, no narrower thing.
  return after !== undefined && COMPLEMENT_WORDS.has(next.folded) && after.keys[lang] !== STOP_WORD && !/^\d/.test(after.folded) && !NUMBER_WORDS.has(after.folded) && !OWNER_WORDS.has(after.folded);
}

const occupationWordsCache = new WeakMap<Referential, Set<number>>();

/** Keys that are a whole occupation label by themselves ("chef", "cashier", "cariste"). */
function occupationWords(referential: Referential): Set<number> {
  let keys = occupationWordsCache.get(referential);
  if (keys) return keys;
  keys = new Set();
  for (let label = 0; label < referential.labels.text.length; label++) {
    if (referential.concepts[referential.labels.concept[label]!]!.kind !== 'occupation') continue;
    const labelKeys = labelKeyIds(referential, label);
    if (labelKeys.length === 1) keys.add(labelKeys[0]!);
  }
  occupationWordsCache.set(referential, keys);
  return keys;
}

/** Does the label qualify its verb and object with a complement ("nettoyer les sols | d'un
 *  bâtiment", "clean floors | of buildings")? Then a CV saying only the verb and the object says
 *  the skill. An adjective glued to the object ("gérer les urgences | dentaires") narrows the
 *  object itself: "Gestion des urgences" is not the dentist's. */
function qualifiedByComplement(referential: Referential, label: number, lightVerb: boolean, tagSaid: boolean): boolean {
  const text = referential.labels.text.at(label)!;
  const language = LANGUAGES[referential.labels.language[label]!]!;
  const words = wordsOf(text);
  let content = 0;
  for (let index = 0; index < words.length; index++) {
    if (isStopWordAt(text, words, index, language) || (!tagSaid && DOMAIN_TAGS[language].includes(words[index]!.folded))) continue;
    content++;
    // The word after the object (the third content word after a light verb: "assurer | le suivi
    // des commandes"): a stop word (preposition, article) opens a complement; nothing after it
    // leaves only the light verb unsaid.
    if (content === (lightVerb ? 3 : 2)) return index + 1 >= words.length || isStopWordAt(text, words, index + 1, language);
  }
  return false;
}

const NO_MODIFIERS = { words: 0, nouns: 0 };

/** The content words that open an English phrase before a label whose verb says only "do" ("perform
 *  safety inspections"): the light verb itself ("Carrying out | gas safety inspections") and one or
 *  two nouns that narrow the object ("Gas | safety inspections"), none another verb ("Reading |
 *  electrical drawings") nor a number. Any other word before them and there are none. */
function leadingModifiers(words: PhraseWord[], first: number, lang: number, lightVerbs: Set<number>): { words: number; nouns: number } {
  let index = 0;
  // Content words of the verb: "Carrying" and, where it is no stop word, its "out".
  let verbWords = 0;
  if (index < first && lightVerbs.has(words[index]!.keys[lang]!)) {
    index++;
    verbWords++;
    if (index < first && words[index]!.folded === 'out') {
      if (words[index]!.keys[lang] !== STOP_WORD) verbWords++;
      index++;
    }
  }
  const nouns = words.slice(index, first);
  if (nouns.length > 2) return NO_MODIFIERS;
  const plainNoun = (word: PhraseWord) => word.keys[lang] !== STOP_WORD && /^\p{L}{3,}$/u.test(word.folded) && !/(?:ing|ed)$/.test(word.folded);
  if (!nouns.every(plainNoun)) return NO_MODIFIERS;
  return { words: verbWords + nouns.length, nouns: nouns.length };
}

/** "SQL", "PostgreSQL", "C++", "Node.js", or a capitalised word that does not start the phrase. */
function looksLikeToolName(text: string, word: PhraseWord): boolean {
  const written = text.slice(word.start, word.end);
  if (/[+#.\d]/.test(written) || /^[A-Z0-9]{2,}$/.test(written) || /[a-z][A-Z]/.test(written)) return true;
  return word.start > 0 && /^[A-Z]/.test(written);
}
