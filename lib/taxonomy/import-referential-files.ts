// Official referential files picked by the user (options page) or read from a folder (CLI) -> one
// referential. Browser-safe: takes names and texts. Recognises ESCO, ROME 4.0 and crosswalk files by
// name (or takes them as the kind the user gave them as), merges them, and adds the tool/certificate
// aliases. A chosen file that gives nothing (empty, not a CSV, other columns, another language, an
// older release) or only part (cut short) is named with the reason, never passed over in silence.

import { ReferentialError, type ReferentialFileProblem } from '../errors';
import { MAX_REFERENTIAL_FILE_BYTES } from '../limits';
import type { Language } from '../types';
import { importCrosswalkCsv, isCrosswalkFile } from './import-crosswalk-csv';
import { importEscoCsv, isEscoFile, type CsvFile, type FileReading } from './import-esco-csv';
import { importRomeCsv, isRomeFile } from './import-rome-csv';
import { buildReferential, mergeDrafts, type Referential, type ReferentialDraft } from './referential';
import { jobTitleAliasDraft, withoutWrongEscoTitles } from './job-title-aliases';
import { skillAliasDraft, type AliasOptions } from './skill-aliases';

export function isReferentialFile(name: string): boolean {
  return isEscoFile(name) || isRomeFile(name) || isCrosswalkFile(name);
}

export interface ReferentialFilesOptions extends AliasOptions {
  languages?: Language[];
  /** Files that gave nothing while others did: the import goes on and says which and why. */
  onIgnoredFiles?: (problems: ReferentialFileProblem[]) => void;
  /** Chosen files left out before reading (too large): reported with the others. */
  unread?: ReferentialFileProblem[];
}

/** A chosen file too large to be an official one, or null. */
export function tooLargeProblem(name: string, bytes: number): ReferentialFileProblem | null {
  if (bytes <= MAX_REFERENTIAL_FILE_BYTES) return null;
  const mb = (value: number) => value / (1024 * 1024);
  // Rounded up: a file just over the limit never reads as "100 MB, at most 100 MB".
  return { file: name.split(/[\\/]/).pop()!, problem: 'too-large', sizeMb: Math.ceil(mb(bytes)), maxMb: Math.round(mb(MAX_REFERENTIAL_FILE_BYTES)) };
}

/** Control characters a text file does not have (NUL, bell…) or undecodable bytes: a binary file. */
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g;

function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 8192);
  return (sample.match(NOT_TEXT)?.length ?? 0) <= sample.length / 100;
}

function problemOf(reading: FileReading, file: CsvFile | undefined): ReferentialFileProblem {
  const name = reading.name.split(/[\\/]/).pop()!;
  if (reading.problem) return { file: name, problem: reading.problem };
  const text = file?.text ?? '';
  if (text.trim() === '') return { file: name, problem: 'empty' };
  if (!looksLikeText(text)) return { file: name, problem: 'not-text' };
  return { file: name, problem: 'missing-columns', columns: reading.columns };
}

/** The referential a file belongs to: the one the user gave it as, else the one its name says. */
function kindOf(file: CsvFile): CsvFile['kind'] {
  if (file.kind) return file.kind;
  if (isEscoFile(file.name)) return 'esco';
  if (isRomeFile(file.name)) return 'rome';
  return isCrosswalkFile(file.name) ? 'crosswalk' : undefined;
}

export function draftFromFiles(files: CsvFile[], options: ReferentialFilesOptions = {}): ReferentialDraft {
  const readings: FileReading[] = [];
  const onFileRead = (reading: FileReading) => readings.push(reading);
  const of = (kind: CsvFile['kind']) => files.filter((file) => kindOf(file) === kind);
  // A crosswalk is read by its columns; an ESCO or ROME file's name says which table it holds, so
  // one given as such under another name cannot be read: it is reported.
  for (const file of [...of('esco').filter((file) => !isEscoFile(file.name)), ...of('rome').filter((file) => !isRomeFile(file.name))]) {
    onFileRead({ name: file.name, records: 0, columns: '', problem: 'unknown-table' });
  }
  const esco = importEscoCsv(of('esco'), { ...(options.languages ? { languages: options.languages } : {}), onFileRead });
  const rome = importRomeCsv(of('rome'), { onFileRead });
  const crosswalk = importCrosswalkCsv(of('crosswalk'), { onFileRead });
  const problems = [
    ...(options.unread ?? []),
    ...readings
      .filter((reading) => reading.records === 0 || reading.problem)
      .map((reading) => problemOf(reading, files.find((file) => file.name === reading.name))),
  ];
  if (esco.concepts.length === 0 && rome.concepts.length === 0) {
    throw new ReferentialError(problems.length > 0 ? 'no-usable-file' : 'no-referential-files', problems);
  }
  if (problems.length > 0) options.onIgnoredFiles?.(problems);
  // With the job-title lexicon, ESCO's labels that name another trade go (the ESCO-only protocol keeps them).
  const read = mergeDrafts([esco, rome, crosswalk]);
  const merged = options.jobTitles === false ? read : withoutWrongEscoTitles(read);
  const aliasOptions: AliasOptions = { ...(options.phrases === false ? { phrases: false } : {}), ...(options.softSkills ? { softSkills: true } : {}) };
  const jobTitles = options.jobTitles === false ? [] : [jobTitleAliasDraft(merged)];
  return mergeDrafts([merged, skillAliasDraft(merged, aliasOptions), ...jobTitles]);
}

export function importReferentialFiles(files: CsvFile[], options: ReferentialFilesOptions = {}): Referential {
  return buildReferential(draftFromFiles(files, options));
}
