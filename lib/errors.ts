// Errors a user can act on. Each carries a stable code; the words live in the i18n catalogues
// (lib/i18n) so the CLI and the review screen say the same thing in the user's language.

export type CvErrorCode =
  | 'empty-file'
  | 'too-large'
  | 'unsupported-type'
  | 'encrypted-pdf'
  | 'corrupt-file'
  | 'no-text'
  | 'image-too-large'
  | 'timeout'
  | 'cancelled'
  | 'internal';

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
