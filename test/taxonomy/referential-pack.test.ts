import { stat } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankConcepts } from '../../lib/match/rank-concepts';
import { loadReferentialFromPath, readDraftFromFolders } from '../../lib/taxonomy/load-referential-node';
import { WORD_TABLES_DIGEST } from '../../lib/taxonomy/label-words';
import { packReferential, unpackReferential } from '../../lib/taxonomy/referential-pack';
import { buildReferential, labelTextList, type Referential } from '../../lib/taxonomy/referential';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import { CROSSWALK_FILE, ESCO_DIR, ROME_DIR } from './esco-path';

let fromCsv: Referential;
let fromPack: Referential;
let pack: Uint8Array;

beforeAll(async () => {
  fromCsv = await loadReferentialFromPath(ESCO_DIR);
  pack = packReferential(fromCsv);
  // Through a copy at an odd offset, as a file read or an IndexedDB value may hand it over.
  const shifted = new Uint8Array(pack.length + 1);
  shifted.set(pack, 1);
  fromPack = unpackReferential(shifted.subarray(1));
}, 120_000);

interface Header {
  sections: { name: string; type: string; offset: number; byteLength: number }[];
}

function packHeader(bytes: Uint8Array): Header {
  return JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true)))) as Header;
}

/** The pack as version 4 wrote it: the same bytes, but every 'd32' column as its plain values. */
function asVersion4(current: Uint8Array): Uint8Array {
  const old = current.slice();
  const view = new DataView(old.buffer);
  const headerLength = view.getUint32(8, true);
  const dataStart = (12 + headerLength + 3) & ~3;
  for (const section of packHeader(old).sections.filter((entry) => entry.type === 'd32')) {
    const values = new Int32Array(old.buffer, dataStart + section.offset, section.byteLength / 4);
    for (let index = 1; index < values.length; index++) values[index] = (values[index]! + values[index - 1]!) | 0;
  }
  // 'd32' and 'i32' have the same length: the header keeps its size and every offset.
  const header = new TextDecoder().decode(old.subarray(12, 12 + headerLength)).replaceAll('"type":"d32"', '"type":"i32"');
  old.set(new TextEncoder().encode(header), 12);
  view.setUint32(4, 4, true);
  return old;
}

describe('referential pack', () => {
  it('restores the same concepts, labels and index as the CSV import', () => {
    expect(fromPack.concepts).toEqual(fromCsv.concepts);
    expect(labelTextList(fromPack.labels.text)).toEqual(labelTextList(fromCsv.labels.text));
    expect(fromPack.labels.keys).toEqual(fromCsv.labels.keys);
    expect(fromPack.postingLabels).toEqual(fromCsv.postingLabels);
    expect(fromPack.vocabulary).toEqual(fromCsv.vocabulary);
    expect(fromPack.sources).toEqual(fromCsv.sources);
    expect(fromPack.labels.language).toEqual(fromCsv.labels.language);
    expect(fromPack.labels.type).toEqual(fromCsv.labels.type);
    for (const query of ['cariste', 'gestion des stocks', 'développeuse web']) {
      const kind = query === 'gestion des stocks' ? 'skill' : 'occupation';
      expect(rankConcepts(query, fromPack, { kind, language: 'fr', top: 5 })).toEqual(
        rankConcepts(query, fromCsv, { kind, language: 'fr', top: 5 }),
      );
    }
  });

  it('is smaller than the CSV files it came from', async () => {
    // ESCO FR+EN skills and occupations (~9.4 MB of CSV) and our phrasings and job titles, the label
    // index prebuilt: still well under the CSV alone.
    const names = ['skills_fr.csv', 'skills_en.csv', 'occupations_fr.csv', 'occupations_en.csv'];
    const csvBytes = (await Promise.all(names.map((name) => stat(join(ESCO_DIR, name))))).reduce((sum, file) => sum + file.size, 0);
    expect(pack.length).toBeLessThan(0.85 * csvBytes);
  });

  it('keeps relations, equivalents and fiche groups', { timeout: 120_000 }, async () => {
    const full = buildReferential(await readDraftFromFolders([ESCO_DIR, ROME_DIR, CROSSWALK_FILE]));
    const restored = unpackReferential(packReferential(full));
    expect(restored.groupSkills.size).toBeGreaterThan(0);
    expect(restored.equivalents.size).toBeGreaterThan(1000);
    expect(restored.equivalents).toEqual(full.equivalents);
    expect(restored.relatedSkills).toEqual(full.relatedSkills);
    expect([...restored.groupSkills.keys()]).toEqual([...full.groupSkills.keys()]);
    for (const [code, skills] of full.groupSkills) expect(Array.from(restored.groupSkills.get(code)!)).toEqual(Array.from(skills));
    expect(restored.concepts).toEqual(full.concepts);
  });

  it('stores offsets and posting lists as differences, which the extension zip compresses to a fraction', () => {
    const header = packHeader(pack);
    const differenced = header.sections.filter((section) => section.type === 'd32').map((section) => section.name);
    expect(differenced).toEqual(expect.arrayContaining(['labelTextStart', 'labelKeyStart', 'postingStart', 'postingLabels']));
    // Deflate is what the store zip applies. With plain Int32 columns ESCO FR+EN deflated to 2.8 MB,
    // a third of it offsets and posting lists; as differences, 2.1 MB.
    expect(deflateRawSync(pack).length).toBeLessThan(2.4 * 1024 * 1024);
  });

  it('still reads a pack written before the differences (version 4), so an imported referential survives the update', () => {
    const old = asVersion4(pack);
    expect(new DataView(old.buffer).getUint32(4, true)).toBe(4);
    const restored = unpackReferential(old);
    expect(restored.concepts).toEqual(fromCsv.concepts);
    expect(restored.postingLabels).toEqual(fromCsv.postingLabels);
    expect(restored.labels.keyStart).toEqual(fromCsv.labels.keyStart);
    expect(labelTextList(restored.labels.text)).toEqual(labelTextList(fromCsv.labels.text));
    expect(rankConcepts('cariste', restored, { kind: 'occupation', language: 'fr', top: 5 })).toEqual(
      rankConcepts('cariste', fromCsv, { kind: 'occupation', language: 'fr', top: 5 }),
    );
  });

  it('refuses a pack of another version, a damaged pack and an old JSON pack with a message that says to rebuild', () => {
    const otherVersion = pack.slice();
    new DataView(otherVersion.buffer).setUint32(4, 999, true);
    expect(() => unpackReferential(otherVersion)).toThrow(/version 999.*rebuild/);
    expect(() => unpackReferential(pack.subarray(0, pack.length / 2))).toThrow(/damaged.*rebuild/);
    const badHeader = pack.slice();
    badHeader.fill(0x7b, 12, 40);
    expect(() => unpackReferential(badHeader)).toThrow(/damaged.*rebuild/);
    // What an older engine kept in IndexedDB: a plain object.
    expect(() => unpackReferential({ format: 'cv-referential-pack', version: 2 } as unknown as Uint8Array)).toThrow(/rebuild|import/);
    expect(() => unpackReferential(new TextEncoder().encode('{"format":"cv-referential-pack"}'))).toThrow(/rebuild|import/);
  });

  it('refuses a pack built with other word tables (its keys would not be the ones the matcher makes)', () => {
    const header = new TextDecoder().decode(pack.subarray(12, 12 + new DataView(pack.buffer, pack.byteOffset).getUint32(8, true)));
    const rules = /"keyRules":"(\d+)\.([0-9a-f]{8})"/.exec(header);
    expect(rules?.[2]).toBe(WORD_TABLES_DIGEST);
    const other = pack.slice();
    const at = 12 + header.indexOf(rules![2]!);
    other.set(new TextEncoder().encode(WORD_TABLES_DIGEST === '00000000' ? '11111111' : '00000000'), at);
    expect(() => unpackReferential(other)).toThrow(/older word rules.*rebuild/);
  });

  it('reads back an empty referential', () => {
    const empty = buildReferential({ sources: [], concepts: [], relatedSkills: new Map(), equivalents: [] });
    const restored = unpackReferential(packReferential(empty));
    expect(restored.concepts).toEqual([]);
    expect(restored.labels.text.length).toBe(0);
    expect(restored.vocabulary).toEqual([]);
    expect(rankConcepts('cariste', restored, { kind: 'occupation', language: 'fr', top: 5 })).toEqual([]);
  });
});

describe('starter pack', () => {
  it('holds every ESCO occupation and a selection of skills, in both languages, with their real ESCO URIs', async () => {
    const starter = await loadStarterReferential();
    const skills = starter.concepts.filter((concept) => concept.kind === 'skill');
    const occupations = starter.concepts.filter((concept) => concept.kind === 'occupation');
    expect(skills.length).toBeGreaterThan(500);
    // A selection (ours, and every skill our CV phrasings point at), never the whole skills pillar
    // (13,500 concepts).
    expect(skills.length).toBeLessThan(3000);
    expect(occupations.length).toBe(fromCsv.concepts.filter((concept) => concept.kind === 'occupation').length);
    for (const concept of starter.concepts) {
      const known = fromCsv.conceptIndex.get(concept.id);
      expect(known, concept.id).toBeDefined();
      expect(fromCsv.concepts[known!]!.kind).toBe(concept.kind);
    }
    const languages = new Set(Array.from(starter.labels.language));
    expect(languages.size).toBe(2);
  });
});
