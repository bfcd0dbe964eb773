// ESCO CSV export (v1.0 to v1.2) -> referential draft. Browser-safe: takes file names and texts, so
// the options page can import the official download as well as the CLI.
// Files used: skills_<lang>.csv, occupations_<lang>.csv (any subset of languages) and, when present,
// occupationSkillRelations[_<lang>].csv. Other files of the export are ignored.

import Papa from 'papaparse';
import type { Language } from '../types';
import { genderForms } from './gender-forms';
import { LANGUAGES, type ConceptDraft, type ConceptKind, type ConceptLabel, type ReferentialDraft } from './referential';

export interface CsvFile {
  name: string;
  text: string;
  /** The referential the user gave the file as (`taxonomy build --crosswalk FILE`): that kind
   *  whatever its name. Recognised by its name otherwise. */
  kind?: 'esco' | 'rome' | 'crosswalk';
}

/** What an importer took from one file: `records` 0 means the file gave nothing (wrong columns,
 *  empty, not a CSV), which the import reports instead of passing over in silence. */
export interface FileReading {
  name: string;
  records: number;
  /** The columns it needs, as the official files name them. */
  columns: string;
  /** Why the file was left out, or only partly read, when the importer knows it better than
   *  "wrong columns": a language the engine does not read, a table its name does not tell, an
   *  older release beside a newer one, a download cut short. */
  problem?: 'unsupported-language' | 'unknown-table' | 'older-release' | 'truncated';
}

export interface ImportOptions {
  onFileRead?: (reading: FileReading) => void;
}

const CONCEPT_FILE = /(?:^|[\\/])(skills|occupations)_([a-z]{2})(?:-[a-z]+)?\.csv$/i;
const RELATION_FILE = /(?:^|[\\/])occupationSkillRelations(?:_[a-z]{2})?\.csv$/i;

/** The records of a CSV, and whether its last record was cut short (and left out). */
export interface CsvTable {
  records: Record<string, string>[];
  truncated: boolean;
}

/** Parse a CSV with a header row into records keyed by lower-cased column name. A download cut
 *  short ends inside its last record (a quoted field left open, or too few fields and no final line
 *  break): that record is left out, so that no cut label ("soudage TI") is ever imported. */
export function parseCsvTable(text: string): CsvTable {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const last = result.data.length - 1;
  const endsWithLineBreak = /[\r\n]\s*$/.test(text);
  const cut = result.errors.some(
    (error) => error.code === 'MissingQuotes' || (error.code === 'TooFewFields' && error.row === last && !endsWithLineBreak),
  );
  return cut && last >= 0 ? { records: result.data.slice(0, last), truncated: true } : { records: result.data, truncated: false };
}

export function parseCsvRecords(text: string): Record<string, string>[] {
  return parseCsvTable(text).records;
}

/** First non-empty column among the names ESCO used across versions. */
function column(record: Record<string, string>, ...names: string[]): string {
  for (const name of names) {
    const value = record[name.toLowerCase()];
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return '';
}

function splitLabels(value: string): string[] {
  // ESCO separates alternative and hidden labels by newlines inside a quoted field ("|" in some dumps).
  return value
    .split(/\r?\n|\|/)
    .map((label) => label.trim())
    .filter((label) => label.length > 0);
}

export function isEscoFile(name: string): boolean {
  return CONCEPT_FILE.test(name) || RELATION_FILE.test(name);
}

export function importEscoCsv(files: CsvFile[], options: { languages?: Language[] } & ImportOptions = {}): ReferentialDraft {
  const byId = new Map<string, ConceptDraft>();
  const languages = new Set<Language>();
  const relatedSkills = new Map<string, string[]>();

  for (const file of files) {
    const match = CONCEPT_FILE.exec(file.name);
    if (!match) continue;
    const kind: ConceptKind = match[1]!.toLowerCase() === 'skills' ? 'skill' : 'occupation';
    const language = match[2]!.toLowerCase() as Language;
    if (!LANGUAGES.includes(language)) {
      options.onFileRead?.({ name: file.name, records: 0, columns: 'conceptUri, preferredLabel', problem: 'unsupported-language' });
      continue;
    }
    // Left out on the user's request (`taxonomy build --lang`), not a problem of the file.
    if (options.languages && !options.languages.includes(language)) continue;
    let records = 0;
    const table = parseCsvTable(file.text);
    for (const record of table.records) {
      const id = column(record, 'conceptUri', 'uri', 'conceptURI');
      const preferred = column(record, 'preferredLabel', 'preferred label');
      if (!id || !preferred) continue;
      records++;
      // Obsolete concepts stay out (status appears in ESCO 1.1+).
      if (/obsolete|deprecated/i.test(column(record, 'status'))) continue;
      let concept = byId.get(id);
      if (!concept) {
        concept = { id, kind, scheme: 'esco', labels: [] };
        const skillType = column(record, 'skillType');
        const reuseLevel = column(record, 'reuseLevel');
        const group = column(record, 'iscoGroup', 'code');
        if (kind === 'skill' && skillType) concept.skillType = skillType;
        if (reuseLevel) concept.reuseLevel = reuseLevel;
        if (kind === 'occupation' && group) concept.group = group;
        byId.set(id, concept);
      }
      const labels: ConceptLabel[] = [{ text: preferred, language, type: 'preferred' }];
      // "serveur/serveuse": each gender form is as preferred as the pair (alt labels repeat them).
      if (kind === 'occupation' && preferred.includes('/')) {
        for (const form of genderForms(preferred)) if (form !== preferred) labels.push({ text: form, language, type: 'preferred' });
      }
      for (const text of splitLabels(column(record, 'altLabels', 'alternativeLabel'))) {
        labels.push({ text, language, type: 'alternative' });
      }
      for (const text of splitLabels(column(record, 'hiddenLabels', 'hiddenLabel'))) {
        labels.push({ text, language, type: 'hidden' });
      }
      concept.labels.push(...labels);
    }
    if (records > 0) languages.add(language);
    options.onFileRead?.({ name: file.name, records, columns: 'conceptUri, preferredLabel', ...(table.truncated ? { problem: 'truncated' } : {}) });
  }

  for (const file of files) {
    if (!RELATION_FILE.test(file.name)) continue;
    const seen = new Set<string>();
    let records = 0;
    const table = parseCsvTable(file.text);
    for (const record of table.records) {
      const occupation = column(record, 'occupationUri');
      const skill = column(record, 'skillUri');
      if (!occupation || !skill) continue;
      records++;
      if (seen.has(`${occupation} ${skill}`)) continue;
      seen.add(`${occupation} ${skill}`);
      const list = relatedSkills.get(occupation);
      if (list) list.push(skill);
      else relatedSkills.set(occupation, [skill]);
    }
    options.onFileRead?.({ name: file.name, records, columns: 'occupationUri, skillUri', ...(table.truncated ? { problem: 'truncated' } : {}) });
  }

  return {
    sources: byId.size > 0 ? [{ scheme: 'esco', version: escoVersion(files), languages: [...languages] }] : [],
    concepts: [...byId.values()],
    relatedSkills,
    equivalents: [],
  };
}

/** ESCO CSVs do not carry their version; the export folder or a version file sometimes does. */
function escoVersion(files: CsvFile[]): string {
  for (const file of files) {
    const version = /v?(\d+\.\d+(?:\.\d+)?)/i.exec(file.name);
    if (version && /esco/i.test(file.name)) return version[1]!;
  }
  return 'unknown';
}
