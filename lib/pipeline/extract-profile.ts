import { CvError } from '../errors';
import { linkProfile } from '../match/link-profile';
import { parseProfile } from '../parse/parse-profile';
import { clearlyNotACv, measureCvLikeness, notACvWarning } from '../read/detect-not-a-cv';
import { readDocument } from '../read/read-document';
import { stripControlCharacters } from './strip-control-characters';
import type { Referential } from '../taxonomy/referential';
import type { CvProfile, Language, OcrSettings, ProgressListener } from '../types';

export interface ExtractOptions {
  fileName: string;
  /** Or how to get it, called only once the CV is read and parsed: an official CSV folder takes
   *  seconds to index, which must not delay the refusal of a bad file. */
  referential: Referential | (() => Referential | Promise<Referential>);
  /** Force the CV language; detected otherwise. */
  language?: Language;
  /** What "present" / "aujourd'hui" resolves against; now by default. */
  referenceDate?: Date;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  ocr?: OcrSettings;
}

/**
 * The whole engine, read -> parse -> match, for one CV. The CLI, the tests and the extension's
 * offscreen document all call this one function.
 */
export async function extractProfile(bytes: Uint8Array, options: ExtractOptions): Promise<CvProfile> {
  const started = now();
  const document = stripControlCharacters(await readDocument(bytes, {
    fileName: options.fileName,
    onProgress: options.onProgress,
    signal: options.signal,
    ocr: options.ocr,
  }));
  const read = now();
  if (options.signal?.aborted) throw new CvError('cancelled');
  // An invoice, a cover letter or an article with nothing of a CV is refused (CONTRACT: bad input),
  // unless the scan was too poor to find the headings a CV would show; a doubtful document is read,
  // and the counsellor is told before trusting it.
  const likeness = measureCvLikeness(document.lines);
  const otherDocument = document.warnings.some((warning) => warning.code === 'low-quality-scan') ? null : clearlyNotACv(likeness);
  if (otherDocument) throw new CvError('not-a-cv', `looks like ${otherDocument === 'other' ? 'no CV' : `a ${otherDocument}`}`, { kind: otherDocument });
  options.onProgress?.({ stage: 'parsing' });
  const parsed = parseProfile(document, { referenceDate: options.referenceDate, language: options.language });
  const notACv = notACvWarning(likeness);
  const parsedAt = now();
  options.onProgress?.({ stage: 'matching' });
  const referential = typeof options.referential === 'function' ? await options.referential() : options.referential;
  const { skills, softSkills, occupations } = linkProfile(parsed, referential);
  const matched = now();
  options.onProgress?.({ stage: 'done' });

  return {
    source: { file: options.fileName, kind: document.kind, pages: document.pages, language: parsed.language },
    fields: parsed.fields,
    skills,
    softSkills,
    occupations,
    experiences: parsed.experiences,
    education: parsed.education,
    languages: parsed.languages,
    drivingLicences: parsed.drivingLicences,
    certifications: parsed.certifications,
    warnings: [...document.warnings, ...parsed.warnings, ...(notACv ? [notACv] : [])],
    timings: {
      readMs: round(read - started),
      parseMs: round(parsedAt - read),
      matchMs: round(matched - parsedAt),
      totalMs: round(matched - started),
    },
  };
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
