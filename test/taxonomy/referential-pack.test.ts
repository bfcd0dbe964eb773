import { beforeAll, describe, expect, it } from 'vitest';
import { rankConcepts } from '../../lib/match/rank-concepts';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { packReferential, unpackReferential } from '../../lib/taxonomy/referential-pack';
import type { Referential } from '../../lib/taxonomy/referential';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import { ESCO_DIR } from './esco-path';

let fromCsv: Referential;
let fromPack: Referential;
let packText: string;

beforeAll(async () => {
  fromCsv = await loadReferentialFromPath(ESCO_DIR);
  packText = JSON.stringify(packReferential(fromCsv));
  fromPack = unpackReferential(JSON.parse(packText));
}, 120_000);

describe('referential pack', () => {
  it('restores the same concepts, labels and index as the CSV import', () => {
    expect(fromPack.concepts).toEqual(fromCsv.concepts);
    expect(fromPack.labels.text).toEqual(fromCsv.labels.text);
    expect(fromPack.labels.keys).toEqual(fromCsv.labels.keys);
    expect(fromPack.postingLabels).toEqual(fromCsv.postingLabels);
    for (const query of ['cariste', 'gestion des stocks', 'développeuse web']) {
      const kind = query === 'gestion des stocks' ? 'skill' : 'occupation';
      expect(rankConcepts(query, fromPack, { kind, language: 'fr', top: 5 })).toEqual(
        rankConcepts(query, fromCsv, { kind, language: 'fr', top: 5 }),
      );
    }
  });

  it('is smaller than the CSV files it came from and loads without CSV parsing', () => {
    // ESCO FR+EN skills and occupations are ~9.4 MB of CSV.
    expect(packText.length).toBeLessThan(7_000_000);
    const started = performance.now();
    unpackReferential(JSON.parse(packText));
    // Generous bound for a loaded CI machine; the benchmark reports the real figure.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a pack of another format version', () => {
    const pack = JSON.parse(packText);
    expect(() => unpackReferential({ ...pack, version: 999 })).toThrow(/rebuild/);
  });
});

describe('starter pack', () => {
  it('holds every ESCO occupation and a selection of skills, in both languages, with their real ESCO URIs', () => {
    const starter = loadStarterReferential();
    const skills = starter.concepts.filter((concept) => concept.kind === 'skill');
    const occupations = starter.concepts.filter((concept) => concept.kind === 'occupation');
    expect(skills.length).toBeGreaterThan(500);
    // A selection, never the whole skills pillar (13,500 concepts).
    expect(skills.length).toBeLessThan(2000);
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
