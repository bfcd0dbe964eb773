// Official referential files picked by the user (options page) or read from a folder (CLI) -> one
// referential. Browser-safe: takes names and texts. Recognises ESCO, ROME 4.0 and crosswalk files by
// name, merges them, and adds the tool/certificate aliases.

import type { Language } from '../types';
import { importCrosswalkCsv, isCrosswalkFile } from './import-crosswalk-csv';
import { importEscoCsv, isEscoFile, type CsvFile } from './import-esco-csv';
import { importRomeCsv, isRomeFile } from './import-rome-csv';
import { buildReferential, mergeDrafts, type Referential, type ReferentialDraft } from './referential';
import { jobTitleAliasDraft } from './job-title-aliases';
import { skillAliasDraft, type AliasOptions } from './skill-aliases';

export function isReferentialFile(name: string): boolean {
  return isEscoFile(name) || isRomeFile(name) || isCrosswalkFile(name);
}

export function draftFromFiles(files: CsvFile[], options: { languages?: Language[] } & AliasOptions = {}): ReferentialDraft {
  const esco = importEscoCsv(files.filter((file) => isEscoFile(file.name)), options);
  const rome = importRomeCsv(files.filter((file) => isRomeFile(file.name)));
  const crosswalk = importCrosswalkCsv(files.filter((file) => isCrosswalkFile(file.name)));
  if (esco.concepts.length === 0 && rome.concepts.length === 0) {
    throw new Error('No ESCO (skills_<lang>.csv, occupations_<lang>.csv) or ROME 4.0 (unix_referentiel_*.csv) files found.');
  }
  const merged = mergeDrafts([esco, rome, crosswalk]);
  const aliasOptions: AliasOptions = { ...(options.phrases === false ? { phrases: false } : {}), ...(options.softSkills ? { softSkills: true } : {}) };
  const jobTitles = options.jobTitles === false ? [] : [jobTitleAliasDraft(merged)];
  return mergeDrafts([merged, skillAliasDraft(merged, aliasOptions), ...jobTitles]);
}

export function importReferentialFiles(files: CsvFile[], options: { languages?: Language[] } = {}): Referential {
  return buildReferential(draftFromFiles(files, options));
}
