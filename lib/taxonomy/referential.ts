// The referential: skill and occupation concepts (ESCO, ROME 4.0) with their labels, and the word
// index the matcher searches. Importers produce a `ReferentialDraft` (plain concepts); `buildReferential`
// turns it into the indexed `Referential`; packs store the indexed form so loading skips the work.
// Storage is columnar (typed arrays) because ESCO FR+EN plus ROME is ~150k labels.

import type { Language } from '../types';
import { foldText, labelKeys } from './label-words';

export type ConceptKind = 'skill' | 'occupation';
export type ConceptScheme = 'esco' | 'rome';
/** 'curated': a job title of our lexicon (lib/taxonomy/job-titles), what CVs mean by it; ranks above
 *  ESCO's alternative and hidden labels, which are often search terms. */
export type LabelType = 'preferred' | 'alternative' | 'hidden' | 'curated';

export const LANGUAGES: readonly Language[] = ['fr', 'en'];
export const LABEL_TYPES: readonly LabelType[] = ['preferred', 'alternative', 'hidden', 'curated'];
export const CONCEPT_KINDS: readonly ConceptKind[] = ['skill', 'occupation'];
const LABEL_ORDER: Record<LabelType, number> = { preferred: 0, curated: 1, alternative: 2, hidden: 3 };

export interface ConceptLabel {
  text: string;
  language: Language;
  type: LabelType;
}

export interface ConceptDraft {
  /** The referential's own id: ESCO URI or ROME code_ogr. */
  id: string;
  kind: ConceptKind;
  scheme: ConceptScheme;
  labels: ConceptLabel[];
  /** ESCO "skill/competence" | "knowledge"; ROME "savoir-faire" | "savoir-etre" | "savoir". */
  skillType?: string;
  /** ESCO reuse level (transversal, cross-sector, sector-specific, occupation-specific). */
  reuseLevel?: string;
  /** ISCO group of an ESCO occupation, ROME fiche code of an appellation. */
  group?: string;
}

export interface ReferentialSource {
  scheme: ConceptScheme | 'crosswalk' | 'aliases';
  version: string;
  languages: Language[];
}

export interface ReferentialDraft {
  sources: ReferentialSource[];
  concepts: ConceptDraft[];
  /** Occupation id -> skill ids it needs (ESCO occupation-skill relations); a key `group:<code>`
   *  gives the skills of every occupation of that group (ROME fiche coherence items). */
  relatedSkills: Map<string, string[]>;
  /** Pairs of equivalent occupations across schemes (official ESCO <-> ROME crosswalk). */
  equivalents: [string, string][];
}

export interface Concept {
  id: string;
  kind: ConceptKind;
  scheme: ConceptScheme;
  skillType?: string;
  reuseLevel?: string;
  group?: string;
  /** This concept's labels are labels[labelStart, labelEnd). */
  labelStart: number;
  labelEnd: number;
}

/** Label texts by label number. A CSV import holds them in an array; a pack decodes each one on
 *  first use (a CV touches a few thousand of ESCO's 150,000 labels), so loading skips the work. */
export interface LabelTexts {
  readonly length: number;
  at(label: number): string | undefined;
}

/** Labels [start, end) as an array of strings (decodes them all: for tools and tests). */
export function labelTextList(texts: LabelTexts, start = 0, end = texts.length): string[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, offset) => texts.at(start + offset)!);
}

export interface LabelTable {
  text: LabelTexts;
  concept: Int32Array;
  /** Index into LANGUAGES. */
  language: Uint8Array;
  /** Index into LABEL_TYPES. */
  type: Uint8Array;
  /** Keys of label i are keys[keyStart[i], keyStart[i + 1]), in label order. */
  keyStart: Int32Array;
  keys: Int32Array;
}

export interface Referential {
  sources: ReferentialSource[];
  concepts: Concept[];
  conceptIndex: Map<string, number>;
  labels: LabelTable;
  /** Word keys (stems); a key's id is its position. */
  vocabulary: string[];
  keyIds: Map<string, number>;
  /** Labels holding key k: postingLabels[postingStart[k], postingStart[k + 1]). */
  postingStart: Int32Array;
  postingLabels: Int32Array;
  /** How telling a key is among labels of each kind (inverse document frequency). */
  keyWeight: Record<ConceptKind, Float32Array>;
  relatedSkills: Map<number, Int32Array>;
  /** Group code (ROME fiche) -> skill concepts of the group's occupations. */
  groupSkills: Map<string, Int32Array>;
  equivalents: Map<number, number[]>;
}

/** The ready-made, indexed columns a pack stores (everything but the derived indexes). */
export interface ReferentialColumns {
  sources: ReferentialSource[];
  concepts: Concept[];
  labels: LabelTable;
  vocabulary: string[];
  relatedSkills: Map<number, Int32Array>;
  groupSkills: Map<string, Int32Array>;
  equivalents: Map<number, number[]>;
}

export const GROUP_KEY_PREFIX = 'group:';

export function emptyDraft(): ReferentialDraft {
  return { sources: [], concepts: [], relatedSkills: new Map(), equivalents: [] };
}

/** Normalised whole-label key for exact lookups: folded, punctuation collapsed. */
export function exactKey(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

/** Merge drafts (ESCO + ROME + crosswalk...). Concepts with the same id keep the union of labels. */
export function mergeDrafts(drafts: ReferentialDraft[]): ReferentialDraft {
  const merged = emptyDraft();
  const byId = new Map<string, ConceptDraft>();
  for (const draft of drafts) {
    merged.sources.push(...draft.sources);
    for (const concept of draft.concepts) {
      const known = byId.get(concept.id);
      if (known) {
        known.labels.push(...concept.labels);
        known.skillType ??= concept.skillType;
        known.reuseLevel ??= concept.reuseLevel;
        known.group ??= concept.group;
      } else {
        const copy = { ...concept, labels: [...concept.labels] };
        byId.set(concept.id, copy);
        merged.concepts.push(copy);
      }
    }
    for (const [occupation, skills] of draft.relatedSkills) {
      merged.relatedSkills.set(occupation, [...(merged.relatedSkills.get(occupation) ?? []), ...skills]);
    }
    merged.equivalents.push(...draft.equivalents);
  }
  return merged;
}

/** Tokenise every label and lay the concepts out in columns. */
export function buildReferential(draft: ReferentialDraft): Referential {
  const concepts: Concept[] = [];
  const text: string[] = [];
  const conceptOf: number[] = [];
  const languageOf: number[] = [];
  const typeOf: number[] = [];
  const keyStart: number[] = [0];
  const keys: number[] = [];
  const vocabulary: string[] = [];
  const keyIds = new Map<string, number>();
  const conceptIndex = new Map<string, number>();

  for (const draftConcept of draft.concepts) {
    if (conceptIndex.has(draftConcept.id)) continue;
    const index = concepts.length;
    conceptIndex.set(draftConcept.id, index);
    const labelStart = text.length;
    const seen = new Set<string>();
    // Preferred labels first so the first label of a language is its display label; a curated
    // title before ESCO's alternative and hidden labels, so it survives when it repeats one.
    const labels = [...draftConcept.labels].sort((a, b) => LABEL_ORDER[a.type] - LABEL_ORDER[b.type]);
    for (const label of labels) {
      const clean = label.text.replace(/\s+/g, ' ').trim();
      const dedupe = `${label.language}:${exactKey(clean)}`;
      if (clean.length === 0 || seen.has(dedupe)) continue;
      seen.add(dedupe);
      text.push(clean);
      conceptOf.push(index);
      languageOf.push(LANGUAGES.indexOf(label.language));
      typeOf.push(LABEL_TYPES.indexOf(label.type));
      for (const key of labelKeys(clean, label.language)) {
        let id = keyIds.get(key);
        if (id === undefined) {
          id = vocabulary.length;
          vocabulary.push(key);
          keyIds.set(key, id);
        }
        keys.push(id);
      }
      keyStart.push(keys.length);
    }
    const concept: Concept = {
      id: draftConcept.id,
      kind: draftConcept.kind,
      scheme: draftConcept.scheme,
      labelStart,
      labelEnd: text.length,
    };
    if (draftConcept.skillType) concept.skillType = draftConcept.skillType;
    if (draftConcept.reuseLevel) concept.reuseLevel = draftConcept.reuseLevel;
    if (draftConcept.group) concept.group = draftConcept.group;
    concepts.push(concept);
  }

  const relatedSkills = new Map<number, Int32Array>();
  const groupSkills = new Map<string, Int32Array>();
  for (const [owner, skillIds] of draft.relatedSkills) {
    const skills = new Set<number>();
    for (const skillId of skillIds) {
      const skill = conceptIndex.get(skillId);
      if (skill !== undefined) skills.add(skill);
    }
    if (skills.size === 0) continue;
    const sorted = Int32Array.from([...skills].sort((a, b) => a - b));
    if (owner.startsWith(GROUP_KEY_PREFIX)) {
      groupSkills.set(owner.slice(GROUP_KEY_PREFIX.length), sorted);
      continue;
    }
    const occupation = conceptIndex.get(owner);
    if (occupation !== undefined) relatedSkills.set(occupation, sorted);
  }
  const equivalents = new Map<number, number[]>();
  for (const [from, to] of draft.equivalents) {
    const a = conceptIndex.get(from);
    const b = conceptIndex.get(to);
    if (a === undefined || b === undefined) continue;
    addEquivalent(equivalents, a, b);
    addEquivalent(equivalents, b, a);
  }

  return indexReferential({
    sources: draft.sources,
    concepts,
    labels: {
      text,
      concept: Int32Array.from(conceptOf),
      language: Uint8Array.from(languageOf),
      type: Uint8Array.from(typeOf),
      keyStart: Int32Array.from(keyStart),
      keys: Int32Array.from(keys),
    },
    vocabulary,
    relatedSkills,
    groupSkills,
    equivalents,
  });
}

/** Skill concepts an occupation needs: its own links and those of its group. */
export function skillsOfOccupation(referential: Referential, concept: number): Int32Array[] {
  const lists: Int32Array[] = [];
  const own = referential.relatedSkills.get(concept);
  if (own) lists.push(own);
  const group = referential.concepts[concept]?.group;
  const ofGroup = group === undefined ? undefined : referential.groupSkills.get(group);
  if (ofGroup) lists.push(ofGroup);
  return lists;
}

function addEquivalent(equivalents: Map<number, number[]>, from: number, to: number): void {
  const list = equivalents.get(from);
  if (!list) equivalents.set(from, [to]);
  else if (!list.includes(to)) list.push(to);
}

/** The word index the matcher searches, derived from the columns; packs store it ready-made. */
export interface SearchIndex {
  postingStart: Int32Array;
  postingLabels: Int32Array;
  keyWeight: Record<ConceptKind, Float32Array>;
}

/** Postings and key weights from the label columns: integer loops only. */
export function searchIndex(columns: ReferentialColumns): SearchIndex {
  const { labels, vocabulary, concepts } = columns;
  const labelCount = labels.text.length;
  const keyCount = vocabulary.length;
  const skillConcept = Uint8Array.from(concepts, (concept) => (concept.kind === 'skill' ? 1 : 0));

  // Postings: count, prefix-sum, fill. A key repeated inside one label is posted once.
  const postingStart = new Int32Array(keyCount + 1);
  const lastLabelOfKey = new Int32Array(keyCount).fill(-1);
  const skillFrequency = new Uint32Array(keyCount);
  const occupationFrequency = new Uint32Array(keyCount);
  let skillLabels = 0;
  for (let label = 0; label < labelCount; label++) {
    const isSkill = skillConcept[labels.concept[label]!] === 1;
    if (isSkill) skillLabels++;
    for (let i = labels.keyStart[label]!; i < labels.keyStart[label + 1]!; i++) {
      const key = labels.keys[i]!;
      if (lastLabelOfKey[key] === label) continue;
      lastLabelOfKey[key] = label;
      postingStart[key + 1]!++;
      if (isSkill) skillFrequency[key]!++;
      else occupationFrequency[key]!++;
    }
  }
  for (let k = 0; k < keyCount; k++) postingStart[k + 1]! += postingStart[k]!;
  const fill = postingStart.slice(0, keyCount);
  const postingLabels = new Int32Array(postingStart[keyCount]!);
  lastLabelOfKey.fill(-1);
  for (let label = 0; label < labelCount; label++) {
    for (let i = labels.keyStart[label]!; i < labels.keyStart[label + 1]!; i++) {
      const key = labels.keys[i]!;
      if (lastLabelOfKey[key] === label) continue;
      lastLabelOfKey[key] = label;
      postingLabels[fill[key]!++] = label;
    }
  }
  const weightsOf = (frequency: Uint32Array, total: number): Float32Array => {
    const weights = new Float32Array(keyCount);
    for (let k = 0; k < keyCount; k++) weights[k] = Math.log(1 + Math.max(1, total) / (1 + frequency[k]!));
    return weights;
  };
  return {
    postingStart,
    postingLabels,
    keyWeight: {
      skill: weightsOf(skillFrequency, skillLabels),
      occupation: weightsOf(occupationFrequency, labelCount - skillLabels),
    },
  };
}

/** The searchable referential: the columns, their word index (given by a pack, else derived) and
 *  the id lookups. */
export function indexReferential(columns: ReferentialColumns, index: SearchIndex = searchIndex(columns)): Referential {
  const { vocabulary, concepts } = columns;
  const keyIds = new Map<string, number>();
  for (let id = 0; id < vocabulary.length; id++) keyIds.set(vocabulary[id]!, id);
  const conceptIndex = new Map<string, number>();
  for (let concept = 0; concept < concepts.length; concept++) conceptIndex.set(concepts[concept]!.id, concept);

  return { ...columns, ...index, conceptIndex, keyIds };
}

/** Display label of a concept in a language, falling back to any preferred label. */
export function conceptLabel(referential: Referential, concept: number, language: Language): string {
  const { labelStart, labelEnd } = referential.concepts[concept]!;
  const wanted = LANGUAGES.indexOf(language);
  let fallback: string | undefined;
  for (let label = labelStart; label < labelEnd; label++) {
    if (referential.labels.language[label] === wanted) return referential.labels.text.at(label)!;
    fallback ??= referential.labels.text.at(label);
  }
  return fallback ?? referential.concepts[concept]!.id;
}

export function labelLanguage(referential: Referential, label: number): Language {
  return LANGUAGES[referential.labels.language[label]!] ?? 'fr';
}

export function labelKeyIds(referential: Referential, label: number): Int32Array {
  return referential.labels.keys.subarray(referential.labels.keyStart[label]!, referential.labels.keyStart[label + 1]!);
}
