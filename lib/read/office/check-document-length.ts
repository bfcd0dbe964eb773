import { CvError } from '../../errors';

// A small file can inflate to millions of elements (a 32 KB .docx holding 200,000 paragraphs): the
// Word converter works through them synchronously for tens of seconds and gigabytes, and no timeout
// can stop it. Counted before any parsing, fast: a ten-page CV holds a few tens of thousands.

/** Elements (opening tags) a word-processing part may hold: ~7,000 formatted paragraphs. */
export const MAX_DOCUMENT_ELEMENTS = 200_000;

export function checkDocumentLength(markup: string): void {
  let elements = 0;
  for (let at = markup.indexOf('<'); at >= 0; at = markup.indexOf('<', at + 1)) {
    const next = markup.charCodeAt(at + 1);
    // "/", "!" and "?" start closing tags, comments and declarations.
    if (next !== 0x2f && next !== 0x21 && next !== 0x3f) elements += 1;
    checkElementCount(elements);
  }
}

/** The same limit for formats counted as they are read (an RTF file's groups and paragraphs). */
export function checkElementCount(elements: number): void {
  if (elements > MAX_DOCUMENT_ELEMENTS) {
    throw new CvError('too-long', `more than ${MAX_DOCUMENT_ELEMENTS} elements`, { maxElements: MAX_DOCUMENT_ELEMENTS });
  }
}
