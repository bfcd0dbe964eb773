// Limits shared by every surface (content script, engine, CLI), kept apart from the readers so
// that light bundles such as the content script do not pull the PDF engine in.
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
