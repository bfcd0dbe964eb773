import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importEscoCsv, type CsvFile } from '../../lib/taxonomy/import-esco-csv';
import type { ReferentialDraft } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from './esco-path';

const TECHNICAL_DIRECTOR = 'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34';
const USE_SPREADSHEETS = 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be';

let files: CsvFile[];
let draft: ReferentialDraft;

beforeAll(async () => {
  files = await Promise.all(
    ['skills_fr.csv', 'skills_en.csv', 'occupations_fr.csv', 'occupations_en.csv'].map(async (name) => ({
      name,
      text: await readFile(join(ESCO_DIR, name), 'utf8'),
    })),
  );
  draft = importEscoCsv(files);
}, 120_000);

describe('importEscoCsv on the official ESCO files', () => {
  it('reads every skill and occupation once, with both languages merged per URI', () => {
    expect(draft.concepts.filter((concept) => concept.kind === 'skill')).toHaveLength(13485);
    expect(draft.concepts.filter((concept) => concept.kind === 'occupation')).toHaveLength(2942);
    expect(new Set(draft.concepts.map((concept) => concept.id)).size).toBe(draft.concepts.length);
    expect(draft.sources[0]?.languages.sort()).toEqual(['en', 'fr']);
  });

  it('splits alternative labels written on several lines inside one quoted field', () => {
    const director = draft.concepts.find((concept) => concept.id === TECHNICAL_DIRECTOR)!;
    const english = director.labels.filter((label) => label.language === 'en');
    expect(english.find((label) => label.type === 'preferred')?.text).toBe('technical director');
    expect(english.filter((label) => label.type === 'alternative').map((label) => label.text)).toEqual(
      expect.arrayContaining(['head of technical', 'technical supervisor', 'technical manager']),
    );
    // The French gender pair is also indexed as each of its two titles.
    const french = director.labels.filter((label) => label.language === 'fr' && label.type === 'preferred').map((l) => l.text);
    expect(french).toEqual(expect.arrayContaining(['directeur technique/directrice technique', 'directeur technique', 'directrice technique']));
  });

  it('keeps skill type and reuse level', () => {
    const spreadsheets = draft.concepts.find((concept) => concept.id === USE_SPREADSHEETS)!;
    expect(spreadsheets.skillType).toBe('skill/competence');
    expect(spreadsheets.reuseLevel).toBe('transversal');
    expect(spreadsheets.labels.find((label) => label.language === 'fr')?.text).toBe('utiliser un tableur');
  });

  it('imports any subset of languages', () => {
    const french = importEscoCsv(files, { languages: ['fr'] });
    expect(french.concepts.every((concept) => concept.labels.every((label) => label.language === 'fr'))).toBe(true);
    expect(french.sources[0]?.languages).toEqual(['fr']);
  });
});

describe('importEscoCsv with later ESCO column layouts', () => {
  it('reads hidden labels, skips obsolete concepts and a byte-order mark, and reads relations', () => {
    const skills = [
      '\uFEFFconceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description',
      'KnowledgeSkillCompetence,http://x/skill/1,skill/competence,cross-sector,manage inventory,"manage stock\nstock management","stocks mgmt",released,,,,,',
      'KnowledgeSkillCompetence,http://x/skill/2,knowledge,sector-specific,old skill,,,obsolete,,,,,',
    ].join('\n');
    const occupations = [
      'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,code,description',
      'Occupation,http://x/occupation/1,4321,warehouse worker,"warehouse operative\r\nstorekeeper",,released,4321.1,',
    ].join('\r\n');
    const relations = 'occupationUri,relationType,skillType,skillUri\nhttp://x/occupation/1,essential,skill/competence,http://x/skill/1\n';
    const result = importEscoCsv([
      { name: 'ESCO dataset - v1.2.0 - classification - en - csv/skills_en.csv', text: skills },
      { name: 'occupations_en.csv', text: occupations },
      { name: 'occupationSkillRelations_en.csv', text: relations },
    ]);
    expect(result.concepts.map((concept) => concept.id)).toEqual(['http://x/skill/1', 'http://x/occupation/1']);
    expect(result.concepts[0]!.labels).toEqual([
      { text: 'manage inventory', language: 'en', type: 'preferred' },
      { text: 'manage stock', language: 'en', type: 'alternative' },
      { text: 'stock management', language: 'en', type: 'alternative' },
      { text: 'stocks mgmt', language: 'en', type: 'hidden' },
    ]);
    expect(result.concepts[1]!.labels.map((label) => label.text)).toEqual(['warehouse worker', 'warehouse operative', 'storekeeper']);
    expect(result.relatedSkills.get('http://x/occupation/1')).toEqual(['http://x/skill/1']);
    expect(result.sources[0]?.version).toBe('1.2.0');
  });
});
