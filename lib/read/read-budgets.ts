// How long each reading step may take. The readers race their work against these; the command
// line's watchdog (lib/cli/extract-worker.ts) uses the same numbers to terminate the engine's
// thread when a synchronous step inside pdf.js keeps those races from ever being decided.

/** Opening a PDF (parsing its cross-reference table and catalogue). */
export const OPEN_PDF_MS = 6_000;
/** The whole text-layer pass after opening: a broken or hostile file must fail within 10 s. */
export const TEXT_STAGE_MS = 8_000;
/** One page's text layer: a text page takes well under a second; past this it is stuck (and skipped). */
export const PAGE_TEXT_MS = 4_000;
/** Drawing one PDF page for OCR. */
export const RENDER_PAGE_MS = 20_000;
/** Reading a dense page on a slow machine takes well under a minute; this only stops a hang. */
export const OCR_PAGE_MS = 120_000;
/** Loading the OCR engine and its language models. */
export const OCR_START_MS = 30_000;
/** Decoding a photo or scan before OCR. */
export const DECODE_IMAGE_MS = 10_000;
/** Converting a Word document. */
export const DOCX_MS = 8_000;
/** Reading an RTF document: a CV takes milliseconds; the reader checks this as it goes. */
export const RTF_MS = 8_000;
/** Reading a Word 97–2003 document: a CV takes milliseconds; the reader checks this as it goes. */
export const DOC_MS = 8_000;
/** Reading a saved web page (.html, .mht): a CV takes milliseconds; the reader checks this as it goes. */
export const HTML_MS = 8_000;
