// Errors a user can act on. Each carries a stable code; the words live in the i18n catalogues
// (lib/i18n) so the CLI and the review screen say the same thing in the user's language.

export const CV_ERROR_CODES = [
  'empty-file',
  'too-large',
  // A word-processing file far longer than any CV (hundreds of thousands of paragraphs).
  'too-long',
  'unsupported-type',
  'encrypted-pdf',
  // A Word (.docx) or OpenDocument (.odt) file saved with a password.
  'encrypted-document',
  'corrupt-file',
  'no-text',
  // An invoice, a cover letter, an article… with nothing of a CV (params.kind names which).
  'not-a-cv',
  'image-too-large',
  'timeout',
  'cancelled',
  'internal',
] as const;

export type CvErrorCode = (typeof CV_ERROR_CODES)[number];

export class CvError extends Error {
  readonly code: CvErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: CvErrorCode, detail?: string, params: Record<string, string | number> = {}) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'CvError';
    this.code = code;
    this.params = params;
  }
}

export function toCvError(error: unknown): CvError {
  if (error instanceof CvError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CvError('internal', message);
}

/** Rejects with a `timeout` CvError if `work` has not settled after `ms`. */
export async function withTimeout<T>(work: Promise<T>, ms: number, stage: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CvError('timeout', stage, { stage })), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Why one chosen referential file gave nothing (the words are in lib/i18n: referential.problem.*). */
export interface ReferentialFileProblem {
  /** The file's name as the user chose it. */
  file: string;
  problem: 'empty' | 'not-text' | 'missing-columns' | 'too-large' | 'unsupported-language' | 'unknown-table' | 'older-release' | 'truncated';
  /** For missing-columns: the columns the file should have, as the official files name them. */
  columns?: string;
  /** For too-large: its size and the limit, in MB. */
  sizeMb?: number;
  maxMb?: number;
}

export type ReferentialErrorCode = 'no-referential-files' | 'no-usable-file';

/** Official referential files that cannot be imported. Nothing already imported is touched. */
export class ReferentialError extends Error {
  readonly code: ReferentialErrorCode;
  readonly problems: ReferentialFileProblem[];

  constructor(code: ReferentialErrorCode, problems: ReferentialFileProblem[] = []) {
    super(problems.length > 0 ? `${code}: ${problems.map((entry) => `${entry.file} (${entry.problem})`).join(', ')}` : code);
    this.name = 'ReferentialError';
    this.code = code;
    this.problems = problems;
  }
}
