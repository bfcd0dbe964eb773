// Limits shared by every surface (content script, engine, CLI), kept apart from the readers so
// that light bundles such as the content script do not pull the PDF engine in.
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** One official referential CSV: ESCO's largest is about 4 MB (15 with descriptions), ROME's 3 MB. A
 *  file far larger is not one of them, and reading it whole would stall the options page. */
export const MAX_REFERENTIAL_FILE_BYTES = 100 * 1024 * 1024;

/** The sizes a "too large" message gives, in MB: the file's rounded up, so that a file just over
 *  the limit never reads as "20 MB, at most 20 MB". */
export function tooLargeSizes(bytes: number): { sizeMb: number; maxMb: number } {
  const MB = 1024 * 1024;
  return { sizeMb: Math.ceil(bytes / MB), maxMb: Math.floor(MAX_FILE_BYTES / MB) };
}
