// The official ESCO <-> ROME occupation crosswalk (France Travail "mapping ESCO - ROME" CSV):
// metadata lines, then "classification 1 ID" (ESCO URI), ..., "classification 2 ID" (ROME
// appellation code_ogr), ..., "mapping relation". Browser-safe.

import Papa from 'papaparse';
import type { CsvFile, ImportOptions } from './import-esco-csv';
import { emptyDraft, type ReferentialDraft } from './referential';

const CROSSWALK_FILE = /mapping[_-]?esco[_-]?rome.*\.csv$/i;

export function isCrosswalkFile(name: string): boolean {
  return CROSSWALK_FILE.test(name);
}

export function importCrosswalkCsv(files: CsvFile[], options: ImportOptions = {}): ReferentialDraft {
  const draft = emptyDraft();
  for (const file of files) {
    const rows = Papa.parse<string[]>(file.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = rows.findIndex((row) => row.some((cell) => /classification 1 id/i.test(cell)));
    const columns = header < 0 ? [] : rows[header]!.map((cell) => cell.trim().toLowerCase());
    const esco = columns.indexOf('classification 1 id');
    const rome = columns.indexOf('classification 2 id');
    let records = 0;
    if (esco >= 0 && rome >= 0) {
      for (const row of rows.slice(header + 1)) {
        const from = row[esco]?.trim();
        const to = row[rome]?.trim();
        if (!from || !to) continue;
        draft.equivalents.push([from, to]);
        records++;
      }
    }
    options.onFileRead?.({ name: file.name, records, columns: 'classification 1 ID, classification 2 ID' });
    if (records === 0) continue;
    draft.sources.push({ scheme: 'crosswalk', version: /V\d+(?:\.\d+)?/.exec(file.text.slice(0, 400))?.[0] ?? 'unknown', languages: ['fr'] });
  }
  return draft;
}
