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
}

/** What an importer took from one file: `records` 0 means the file gave nothing (wrong columns,
 *  empty, not a CSV), which the import reports instead of passing over in silence. */
export interface FileReading {
  name: string;
  records: number;
  /** The columns it needs, as the official files name them. */
  columns: string;
}

export interface ImportOptions {
  onFileRead?: (reading: FileReading) => void;
}

const CONCEPT_FILE = /(?:^|[\\/])(skills|occupations)_([a-z]{2})(?:-[a-z]+)?\.csv$/i;
const RELATION_FILE = /(?:^|[\\/])occupationSkillRelations(?:_[a-z]{2})?\.csv$/i;

/** Parse a CSV with a header row into records keyed by lower-cased column name. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  return result.data;
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
    if (!LANGUAGES.includes(language)) continue;
    if (options.languages && !options.languages.includes(language)) continue;
    let records = 0;
    for (const record of parseCsvRecords(file.text)) {
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
    options.onFileRead?.({ name: file.name, records, columns: 'conceptUri, preferredLabel' });
  }

  for (const file of files) {
    if (!RELATION_FILE.test(file.name)) continue;
    const seen = new Set<string>();
    let records = 0;
    for (const record of parseCsvRecords(file.text)) {
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
    options.onFileRead?.({ name: file.name, records, columns: 'occupationUri, skillUri' });
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
