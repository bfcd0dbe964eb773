import { CvError } from '../errors';
import type { ReadDocument, ReadOptions } from '../types';
import { dropPageNumbers } from './layout/drop-repeated-margins';
import { openCompoundFile } from './office/compound-file';
import { flowToLines } from './office/flow-to-lines';
import { wordBinaryToFlow } from './office/word-binary-to-flow';
import { DOC_MS } from './read-budgets';

/**
 * Reads a Word 97–2003 document (.doc): the page header, the body and its text boxes, the notes,
 * then the page footer, as a .docx or .rtf is read (word-binary-to-flow.ts). The reader is
 * synchronous and linear in the file's size; it stops itself after DOC_MS. Word 95 and older
 * files are refused with the advice to save them again as .docx or PDF; a password-protected one
 * is named as such.
 */
export async function readDoc(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  options.onProgress?.({ stage: 'reading', page: 1, pages: 1 });
  const flow = wordBinaryToFlow(openCompoundFile(bytes), { deadline: Date.now() + DOC_MS });
  const lines = dropPageNumbers(flowToLines([...flow.header, ...flow.body, ...flow.notes, ...flow.footer]));
  if (lines.length > 0) return { kind: 'doc', pages: 1, lines, warnings: [] };
  if (options.signal?.aborted) throw new CvError('cancelled');
  throw new CvError('no-text', 'empty document');
}
