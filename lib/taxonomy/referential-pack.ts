// The compiled pack: a referential with its labels already tokenised, as one JSON document.
// Loading it is a JSON.parse plus integer loops (postings, weights), no CSV parsing, no stemming.
// Compact on purpose: ids share prefixes, per-label data are parallel arrays, keys are numbers.
// Browser-safe: (un)packs plain objects; reading and writing files is the caller's business.

import {
  indexReferential,
  LABEL_TYPES,
  LANGUAGES,
  type Concept,
  type ConceptKind,
  type ConceptScheme,
  type Referential,
  type ReferentialSource,
} from './referential';

export const PACK_FORMAT = 'cv-referential-pack';
export const PACK_VERSION = 2;

/** Bumped whenever label-words.ts changes how words become keys. */
export const KEY_RULES = 2;

export interface ReferentialPack {
  format: typeof PACK_FORMAT;
  version: number;
  /** Word-key rules the labels were tokenised with; a pack from other rules must be rebuilt. */
  keyRules: number;
  sources: ReferentialSource[];
  /** Concept columns. An id is idPrefixes[prefix] + suffix; codes are one base-36 digit per concept. */
  idPrefixes: string[];
  conceptIdPrefix: string;
  conceptIdSuffix: string[];
  /** Index into KIND_SCHEME, per concept. */
  conceptKind: string;
  /** Index into `terms` (0 = none) for skillType and reuseLevel; group is free text. */
  terms: string[];
  conceptSkillType: number[];
  conceptReuseLevel: number[];
  conceptGroup: string[];
  conceptLabelCount: number[];
  vocabulary: string[];
  /** Label columns: text; language * 4 + type (one base-36 digit); key count; all keys in order. */
  labelText: string[];
  labelFlags: string;
  labelKeyCount: number[];
  labelKeys: number[];
  /** [occupation concept, ...skill concepts] */
  relatedSkills: number[][];
  /** [group code, ...skill concepts] */
  groupSkills: (string | number)[][];
  /** [concept, ...equivalent concepts] */
  equivalents: number[][];
}

const KIND_SCHEME: [ConceptKind, ConceptScheme][] = [
  ['skill', 'esco'],
  ['occupation', 'esco'],
  ['skill', 'rome'],
  ['occupation', 'rome'],
];

function splitId(id: string): [string, string] {
  const cut = Math.max(id.lastIndexOf('/'), id.lastIndexOf('#')) + 1;
  return [id.slice(0, cut), id.slice(cut)];
}

export function packReferential(referential: Referential): ReferentialPack {
  const prefixes = new Map<string, number>();
  const terms = new Map<string, number>([['', 0]]);
  const term = (value: string | undefined): number => {
    const text = value ?? '';
    let index = terms.get(text);
    if (index === undefined) {
      index = terms.size;
      terms.set(text, index);
    }
    return index;
  };
  let conceptIdPrefix = '';
  const conceptIdSuffix: string[] = [];
  let conceptKind = '';
  const conceptSkillType: number[] = [];
  const conceptReuseLevel: number[] = [];
  const conceptGroup: string[] = [];
  const conceptLabelCount: number[] = [];
  for (const concept of referential.concepts) {
    const [prefix, suffix] = splitId(concept.id);
    let prefixIndex = prefixes.get(prefix);
    if (prefixIndex === undefined) {
      prefixIndex = prefixes.size;
      prefixes.set(prefix, prefixIndex);
    }
    conceptIdPrefix += prefixIndex.toString(36);
    conceptIdSuffix.push(suffix);
    conceptKind += KIND_SCHEME.findIndex(([kind, scheme]) => kind === concept.kind && scheme === concept.scheme).toString(36);
    conceptSkillType.push(term(concept.skillType));
    conceptReuseLevel.push(term(concept.reuseLevel));
    conceptGroup.push(concept.group ?? '');
    conceptLabelCount.push(concept.labelEnd - concept.labelStart);
  }
  if (prefixes.size > 36) throw new Error('Too many id prefixes for a pack');
  const { labels } = referential;
  const labelKeyCount: number[] = [];
  let labelFlags = '';
  for (let label = 0; label < labels.text.length; label++) {
    labelKeyCount.push(labels.keyStart[label + 1]! - labels.keyStart[label]!);
    labelFlags += (labels.language[label]! * 4 + labels.type[label]!).toString(36);
  }
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    keyRules: KEY_RULES,
    sources: referential.sources,
    idPrefixes: [...prefixes.keys()],
    conceptIdPrefix,
    conceptIdSuffix,
    conceptKind,
    terms: [...terms.keys()],
    conceptSkillType,
    conceptReuseLevel,
    conceptGroup,
    conceptLabelCount,
    vocabulary: referential.vocabulary,
    labelText: labels.text,
    labelFlags,
    labelKeyCount,
    labelKeys: Array.from(labels.keys),
    relatedSkills: [...referential.relatedSkills].map(([occupation, skills]) => [occupation, ...skills]),
    groupSkills: [...referential.groupSkills].map(([group, skills]) => [group, ...skills]),
    equivalents: [...referential.equivalents].map(([concept, others]) => [concept, ...others]),
  };
}

export function isReferentialPack(value: unknown): value is ReferentialPack {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === PACK_FORMAT;
}

export function unpackReferential(pack: ReferentialPack): Referential {
  if (pack.format !== PACK_FORMAT || pack.version !== PACK_VERSION) {
    throw new Error(`Unsupported referential pack (format ${pack.format} v${pack.version}); rebuild it with \`taxonomy build\`.`);
  }
  if (pack.keyRules !== KEY_RULES) {
    throw new Error('This referential pack was built with older word rules; rebuild it with `taxonomy build`.');
  }
  const conceptCount = pack.conceptIdSuffix.length;
  const concepts: Concept[] = new Array(conceptCount);
  let labelStart = 0;
  for (let index = 0; index < conceptCount; index++) {
    const [kind, scheme] = KIND_SCHEME[Number.parseInt(pack.conceptKind[index]!, 36)]!;
    const count = pack.conceptLabelCount[index]!;
    const concept: Concept = {
      id: pack.idPrefixes[Number.parseInt(pack.conceptIdPrefix[index]!, 36)]! + pack.conceptIdSuffix[index]!,
      kind,
      scheme,
      labelStart,
      labelEnd: labelStart + count,
    };
    const skillType = pack.terms[pack.conceptSkillType[index]!];
    const reuseLevel = pack.terms[pack.conceptReuseLevel[index]!];
    const group = pack.conceptGroup[index];
    if (skillType) concept.skillType = skillType;
    if (reuseLevel) concept.reuseLevel = reuseLevel;
    if (group) concept.group = group;
    concepts[index] = concept;
    labelStart += count;
  }
  const labelCount = pack.labelText.length;
  const language = new Uint8Array(labelCount);
  const type = new Uint8Array(labelCount);
  const conceptOf = new Int32Array(labelCount);
  const keyStart = new Int32Array(labelCount + 1);
  for (let label = 0; label < labelCount; label++) {
    const flags = Number.parseInt(pack.labelFlags[label]!, 36);
    language[label] = Math.min(LANGUAGES.length - 1, flags >> 2);
    type[label] = Math.min(LABEL_TYPES.length - 1, flags & 3);
    keyStart[label + 1] = keyStart[label]! + pack.labelKeyCount[label]!;
  }
  for (let index = 0; index < conceptCount; index++) {
    conceptOf.fill(index, concepts[index]!.labelStart, concepts[index]!.labelEnd);
  }
  const relatedSkills = new Map<number, Int32Array>();
  for (const [occupation, ...skills] of pack.relatedSkills) relatedSkills.set(occupation!, Int32Array.from(skills));
  const groupSkills = new Map<string, Int32Array>();
  for (const [group, ...skills] of pack.groupSkills) groupSkills.set(String(group), Int32Array.from(skills as number[]));
  const equivalents = new Map<number, number[]>();
  for (const [concept, ...others] of pack.equivalents) equivalents.set(concept!, others);
  return indexReferential({
    sources: pack.sources,
    concepts,
    labels: {
      text: pack.labelText,
      concept: conceptOf,
      language,
      type,
      keyStart,
      keys: Int32Array.from(pack.labelKeys),
    },
    vocabulary: pack.vocabulary,
    relatedSkills,
    groupSkills,
    equivalents,
  });
}
