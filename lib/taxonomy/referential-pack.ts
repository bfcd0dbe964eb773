// The compiled pack: a referential with its labels already tokenised, as one binary file.
// Loading it must stay well under 200 ms for ESCO FR+EN plus ROME (150,000 labels), so the file is
// laid out the way the matcher holds it in memory: number columns (the word index included) are
// little-endian Int32/Float32/Uint8 runs that load as typed-array views without a copy, except the
// ascending ones (offsets, posting lists), stored as differences ('d32') because small steps
// compress to a fraction in the extension's zip, and summed back in one pass on load; short text
// columns (ids, vocabulary) are one UTF-8 run each, strings separated by NUL, decoded and split
// once; label texts, most of the bytes, are decoded one label at a time when the matcher first
// reads them. A JSON pack spent most of its load time creating 150,000 strings one by one.
// Browser-safe: bytes in, bytes out; reading and writing files is the caller's business.
//
// Layout: "CVRP" | u32 version | u32 header length | header JSON | padding to 4 | sections.
// Little-endian only, the byte order of every machine a browser or Node runs on.
// The header names each section with its type, offset and length, so the reader never guesses.

import {
  indexReferential,
  LABEL_TYPES,
  LANGUAGES,
  type Concept,
  type ConceptKind,
  type ConceptScheme,
  type LabelTexts,
  type Referential,
  type ReferentialSource,
} from './referential';
import { WORD_TABLES_DIGEST } from './label-words';

export const PACK_VERSION = 5;
/** Versions this reader still reads: version 4 has no 'd32' sections, nothing else changed, so a
 *  referential imported before the change keeps working without a new import. */
const READABLE_VERSIONS = [4, PACK_VERSION];

/** How words become keys: bumped whenever label-words.ts changes its code; its word tables are
 *  followed by their digest. A pack with other rules holds other keys and is refused. */
export const KEY_RULES = `8.${WORD_TABLES_DIGEST}`;

const MAGIC = 'CVRP';
const SEPARATOR = '\u0000';

/** 'd32': Int32 values stored as the difference from the previous value (the first from 0). */
type SectionType = 'i32' | 'd32' | 'f32' | 'u8' | 'text';

interface SectionEntry {
  name: string;
  type: SectionType;
  /** Byte offset from the end of the header (rounded up to 4), a multiple of 4. */
  offset: number;
  byteLength: number;
}

interface PackHeader {
  version: number;
  /** Word-key rules the labels were tokenised with; a pack from other rules must be rebuilt. */
  keyRules: string | number;
  sources: ReferentialSource[];
  /** An id is idPrefixes[conceptIdPrefix] + conceptIdSuffix. */
  idPrefixes: string[];
  /** skillType and reuseLevel values; 0 = none. */
  terms: string[];
  sections: SectionEntry[];
}

/** Concept kind and scheme, one byte per concept. */
const KIND_SCHEME: [ConceptKind, ConceptScheme][] = [
  ['skill', 'esco'],
  ['occupation', 'esco'],
  ['skill', 'rome'],
  ['occupation', 'rome'],
];

export class PackError extends Error {}

function splitId(id: string): [string, string] {
  const cut = Math.max(id.lastIndexOf('/'), id.lastIndexOf('#')) + 1;
  return [id.slice(0, cut), id.slice(cut)];
}

/** Flatten a map of lists into owners, list starts (one more than owners) and values. */
function flattenLists<K>(entries: Iterable<[K, ArrayLike<number>]>): { owners: K[]; starts: Int32Array; values: Int32Array } {
  const owners: K[] = [];
  const lists: ArrayLike<number>[] = [];
  for (const [owner, list] of entries) {
    owners.push(owner);
    lists.push(list);
  }
  const starts = new Int32Array(owners.length + 1);
  lists.forEach((list, index) => (starts[index + 1] = starts[index]! + list.length));
  const values = new Int32Array(starts[owners.length]!);
  lists.forEach((list, index) => values.set(Array.from(list), starts[index]!));
  return { owners, starts, values };
}

export function packReferential(referential: Referential): Uint8Array {
  requireLittleEndian();
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
  const { concepts, labels } = referential;
  const conceptIdPrefix = new Uint8Array(concepts.length);
  const conceptIdSuffix: string[] = [];
  const conceptKind = new Uint8Array(concepts.length);
  const conceptSkillType = new Int32Array(concepts.length);
  const conceptReuseLevel = new Int32Array(concepts.length);
  const conceptGroup: string[] = [];
  const conceptLabelCount = new Int32Array(concepts.length);
  concepts.forEach((concept, index) => {
    const [prefix, suffix] = splitId(concept.id);
    let prefixIndex = prefixes.get(prefix);
    if (prefixIndex === undefined) {
      prefixIndex = prefixes.size;
      prefixes.set(prefix, prefixIndex);
    }
    conceptIdPrefix[index] = prefixIndex;
    conceptIdSuffix.push(suffix);
    conceptKind[index] = KIND_SCHEME.findIndex(([kind, scheme]) => kind === concept.kind && scheme === concept.scheme);
    conceptSkillType[index] = term(concept.skillType);
    conceptReuseLevel[index] = term(concept.reuseLevel);
    conceptGroup.push(concept.group ?? '');
    conceptLabelCount[index] = concept.labelEnd - concept.labelStart;
  });
  if (prefixes.size > 255) throw new PackError('Too many id prefixes for a pack');
  const labelFlags = new Uint8Array(labels.text.length);
  for (let label = 0; label < labels.text.length; label++) labelFlags[label] = labels.language[label]! * 4 + labels.type[label]!;
  const labelTextBytes = encodeLabelTexts(labels.text);
  const related = flattenLists(referential.relatedSkills);
  const groups = flattenLists(referential.groupSkills);
  const equivalents = flattenLists(referential.equivalents);

  const sections: [string, SectionType, Uint8Array | Int32Array | Float32Array | string[]][] = [
    ['conceptIdPrefix', 'u8', conceptIdPrefix],
    ['conceptIdSuffix', 'text', conceptIdSuffix],
    ['conceptKind', 'u8', conceptKind],
    ['conceptSkillType', 'i32', conceptSkillType],
    ['conceptReuseLevel', 'i32', conceptReuseLevel],
    ['conceptGroup', 'text', conceptGroup],
    ['conceptLabelCount', 'i32', conceptLabelCount],
    ['vocabulary', 'text', referential.vocabulary],
    ['labelText', 'u8', labelTextBytes.bytes],
    ['labelTextStart', 'd32', labelTextBytes.starts],
    ['labelFlags', 'u8', labelFlags],
    ['labelKeyStart', 'd32', labels.keyStart],
    ['labelKeys', 'i32', labels.keys],
    ['relatedOccupation', 'i32', Int32Array.from(related.owners)],
    ['relatedStart', 'd32', related.starts],
    ['relatedSkill', 'i32', related.values],
    ['groupCode', 'text', groups.owners],
    ['groupStart', 'd32', groups.starts],
    ['groupSkill', 'i32', groups.values],
    ['equivalentConcept', 'i32', Int32Array.from(equivalents.owners)],
    ['equivalentStart', 'd32', equivalents.starts],
    ['equivalentOther', 'i32', equivalents.values],
    // The word index, stored rather than derived: deriving it was a third of the load time.
    ['postingStart', 'd32', referential.postingStart],
    ['postingLabels', 'd32', referential.postingLabels],
    ['skillKeyWeight', 'f32', referential.keyWeight.skill],
    ['occupationKeyWeight', 'f32', referential.keyWeight.occupation],
  ];
  const encoder = new TextEncoder();
  const bodies = sections.map(([, type, column]) => {
    if (type === 'text') return encoder.encode((column as string[]).map((text) => text.replaceAll(SEPARATOR, ' ')).join(SEPARATOR));
    const numbers = type === 'd32' ? differences(column as Int32Array) : (column as Uint8Array | Int32Array | Float32Array);
    return new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength);
  });
  let offset = 0;
  const entries: SectionEntry[] = sections.map(([name, type], index) => {
    const entry = { name, type, offset, byteLength: bodies[index]!.byteLength };
    offset = align4(offset + entry.byteLength);
    return entry;
  });
  const header: PackHeader = {
    version: PACK_VERSION,
    keyRules: KEY_RULES,
    sources: referential.sources,
    idPrefixes: [...prefixes.keys()],
    terms: [...terms.keys()],
    sections: entries,
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const dataStart = align4(12 + headerBytes.length);
  const pack = new Uint8Array(dataStart + offset);
  pack.set(encoder.encode(MAGIC), 0);
  const view = new DataView(pack.buffer);
  view.setUint32(4, PACK_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  pack.set(headerBytes, 12);
  entries.forEach((entry, index) => pack.set(bodies[index]!, dataStart + entry.offset));
  return pack;
}

/** True when the bytes start like a pack (any version). */
export function isReferentialPack(value: unknown): boolean {
  const bytes = asBytes(value);
  return !!bytes && bytes.length >= 12 && new TextDecoder().decode(bytes.subarray(0, 4)) === MAGIC;
}

export function unpackReferential(value: Uint8Array | ArrayBuffer): Referential {
  requireLittleEndian();
  let bytes = asBytes(value);
  if (!bytes || !isReferentialPack(bytes)) {
    throw new PackError('Not a referential pack of this version; rebuild it with `taxonomy build` or import the official files again.');
  }
  // Typed-array views need 4-byte alignment from the buffer's start.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (!READABLE_VERSIONS.includes(version)) {
    throw new PackError(`Unsupported referential pack (version ${version}, expected ${PACK_VERSION}); rebuild it with \`taxonomy build\`.`);
  }
  const headerLength = view.getUint32(8, true);
  const dataStart = align4(12 + headerLength);
  let header: PackHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as PackHeader;
  } catch {
    throw new PackError('This referential pack is damaged (unreadable header); rebuild it with `taxonomy build`.');
  }
  if (header.keyRules !== KEY_RULES) {
    throw new PackError('This referential pack was built with older word rules; rebuild it with `taxonomy build`.');
  }
  const section = (name: string, type: SectionType): Uint8Array => {
    const entry = header.sections.find((candidate) => candidate.name === name);
    const start = dataStart + (entry?.offset ?? 0);
    if (!entry || entry.type !== type || entry.offset % 4 !== 0 || start + entry.byteLength > bytes!.byteLength) {
      throw new PackError(`This referential pack is damaged (section ${name}); rebuild it with \`taxonomy build\`.`);
    }
    return bytes!.subarray(start, start + entry.byteLength);
  };
  const int32 = (name: string) => view32(section(name, 'i32'), Int32Array);
  // An ascending column, as the header says it was written: differences, or plain values (version 4).
  const ascending = (name: string) =>
    header.sections.find((entry) => entry.name === name)?.type === 'd32' ? runningSums(view32(section(name, 'd32'), Int32Array)) : int32(name);
  const float32 = (name: string) => view32(section(name, 'f32'), Float32Array);
  const uint8 = (name: string) => section(name, 'u8');
  const decoder = new TextDecoder();
  const text = (name: string): string[] => {
    const run = section(name, 'text');
    return run.length === 0 ? [] : decoder.decode(run).split(SEPARATOR);
  };

  const conceptIdPrefix = uint8('conceptIdPrefix');
  const conceptIdSuffix = text('conceptIdSuffix');
  const conceptKind = uint8('conceptKind');
  const conceptSkillType = int32('conceptSkillType');
  const conceptReuseLevel = int32('conceptReuseLevel');
  const conceptGroup = text('conceptGroup');
  const conceptLabelCount = int32('conceptLabelCount');
  const conceptCount = conceptKind.length;
  // A text column of one empty string splits into [''], so an empty referential reads back as one.
  if (conceptCount === 0) conceptIdSuffix.length = conceptGroup.length = 0;
  const concepts: Concept[] = new Array(conceptCount);
  let labelStart = 0;
  for (let index = 0; index < conceptCount; index++) {
    const [kind, scheme] = KIND_SCHEME[conceptKind[index]!] ?? KIND_SCHEME[0]!;
    const count = conceptLabelCount[index]!;
    const concept: Concept = {
      id: header.idPrefixes[conceptIdPrefix[index]!]! + conceptIdSuffix[index]!,
      kind,
      scheme,
      labelStart,
      labelEnd: labelStart + count,
    };
    const skillType = header.terms[conceptSkillType[index]!];
    const reuseLevel = header.terms[conceptReuseLevel[index]!];
    const group = conceptGroup[index];
    if (skillType) concept.skillType = skillType;
    if (reuseLevel) concept.reuseLevel = reuseLevel;
    if (group) concept.group = group;
    concepts[index] = concept;
    labelStart += count;
  }
  const labelFlags = uint8('labelFlags');
  const labelCount = labelFlags.length;
  const labelText = new PackedLabelTexts(uint8('labelText'), ascending('labelTextStart'));
  const keyStart = ascending('labelKeyStart');
  if (labelText.length !== labelCount || keyStart.length !== labelCount + 1 || labelStart !== labelCount) {
    throw new PackError('This referential pack is damaged (label counts disagree); rebuild it with `taxonomy build`.');
  }
  const language = new Uint8Array(labelCount);
  const type = new Uint8Array(labelCount);
  for (let label = 0; label < labelCount; label++) {
    const flags = labelFlags[label]!;
    language[label] = Math.min(LANGUAGES.length - 1, flags >> 2);
    type[label] = Math.min(LABEL_TYPES.length - 1, flags & 3);
  }
  const conceptOf = new Int32Array(labelCount);
  for (let index = 0; index < conceptCount; index++) conceptOf.fill(index, concepts[index]!.labelStart, concepts[index]!.labelEnd);

  const relatedSkills = new Map<number, Int32Array>();
  const relatedOccupation = int32('relatedOccupation');
  const relatedStart = ascending('relatedStart');
  const relatedSkill = int32('relatedSkill');
  relatedOccupation.forEach((occupation, index) => relatedSkills.set(occupation, relatedSkill.subarray(relatedStart[index], relatedStart[index + 1])));
  const groupSkills = new Map<string, Int32Array>();
  const groupStart = ascending('groupStart');
  const groupSkill = int32('groupSkill');
  const groupCodes = groupStart.length > 1 ? text('groupCode') : [];
  groupCodes.forEach((code, index) => groupSkills.set(code, groupSkill.subarray(groupStart[index], groupStart[index + 1])));
  const equivalents = new Map<number, number[]>();
  const equivalentConcept = int32('equivalentConcept');
  const equivalentStart = ascending('equivalentStart');
  const equivalentOther = int32('equivalentOther');
  equivalentConcept.forEach((concept, index) =>
    equivalents.set(concept, Array.from(equivalentOther.subarray(equivalentStart[index], equivalentStart[index + 1]))),
  );
  const vocabulary = text('vocabulary');
  if (vocabulary.length === 1 && vocabulary[0] === '') vocabulary.length = 0;
  const postingStart = ascending('postingStart');
  const postingLabels = ascending('postingLabels');
  const keyWeight = { skill: float32('skillKeyWeight'), occupation: float32('occupationKeyWeight') };
  if (postingStart.length !== vocabulary.length + 1 || keyWeight.skill.length !== vocabulary.length || keyWeight.occupation.length !== vocabulary.length) {
    throw new PackError('This referential pack is damaged (word index); rebuild it with `taxonomy build`.');
  }
  return indexReferential(
    {
      sources: header.sources,
      concepts,
      labels: { text: labelText, concept: conceptOf, language, type, keyStart, keys: int32('labelKeys') },
      vocabulary,
      relatedSkills,
      groupSkills,
      equivalents,
    },
    { postingStart, postingLabels, keyWeight },
  );
}

/** All label texts as one UTF-8 run, with each label's byte offset (one more than labels). */
function encodeLabelTexts(texts: LabelTexts): { bytes: Uint8Array; starts: Int32Array } {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const starts = new Int32Array(texts.length + 1);
  for (let label = 0; label < texts.length; label++) {
    const part = encoder.encode(texts.at(label) ?? '');
    parts.push(part);
    starts[label + 1] = starts[label]! + part.length;
  }
  const bytes = new Uint8Array(starts[texts.length]!);
  parts.forEach((part, label) => bytes.set(part, starts[label]!));
  return { bytes, starts };
}

/** Label texts read from the pack's bytes on first use, then kept. */
class PackedLabelTexts implements LabelTexts {
  readonly length: number;
  private readonly decoded: (string | undefined)[];
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Int32Array,
  ) {
    this.length = Math.max(0, starts.length - 1);
    if (starts[this.length]! > bytes.length) throw new PackError('This referential pack is damaged (label texts); rebuild it with `taxonomy build`.');
    this.decoded = new Array(this.length);
  }

  at(label: number): string | undefined {
    if (label < 0) label += this.length;
    if (!(label >= 0 && label < this.length)) return undefined;
    return (this.decoded[label] ??= this.decoder.decode(this.bytes.subarray(this.starts[label], this.starts[label + 1])));
  }
}

function asBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return undefined;
}

function align4(offset: number): number {
  return (offset + 3) & ~3;
}

/** Typed arrays use the machine's byte order, which the pack assumes is little-endian. */
function requireLittleEndian(): void {
  if (new Uint8Array(Uint32Array.of(1).buffer)[0] !== 1) throw new PackError('Referential packs need a little-endian machine.');
}

/** Each value minus the one before it (the first minus 0); wraps like Int32 arithmetic. */
function differences(values: Int32Array): Int32Array {
  const steps = new Int32Array(values.length);
  for (let index = 0; index < values.length; index++) steps[index] = values[index]! - (index === 0 ? 0 : values[index - 1]!);
  return steps;
}

/** The values back from their differences, in a new array (the pack's bytes stay untouched). */
function runningSums(steps: Int32Array): Int32Array {
  const values = new Int32Array(steps.length);
  let sum = 0;
  for (let index = 0; index < steps.length; index++) values[index] = sum = (sum + steps[index]!) | 0;
  return values;
}

/** The section as 32-bit values: a view, no copy. */
function view32<T extends Int32Array | Float32Array>(bytes: Uint8Array, Type: new (buffer: ArrayBufferLike, offset: number, length: number) => T): T {
  if (bytes.byteLength % 4 !== 0) throw new PackError('This referential pack is damaged (a number column is cut); rebuild it with `taxonomy build`.');
  return new Type(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}
