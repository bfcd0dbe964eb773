import { CvError } from '../errors';
import type { ReadDocument, ReadOptions } from '../types';
import { dropPageNumbers } from './layout/drop-repeated-margins';
import { flowToLines } from './office/flow-to-lines';
import { rtfToFlow } from './office/rtf-to-flow';
import { readImage } from './read-image';
import { RTF_MS } from './read-budgets';

/**
 * Reads an RTF document (WordPad, Word, LibreOffice, TextEdit, online CV builders): the page
 * header, the body, its footnotes, then the page footer, as a Word file is read (rtf-to-flow.ts).
 * The reader is synchronous and linear in the file's size; it stops itself after RTF_MS. A
 * document with no text but a PNG or JPEG picture (a scanned CV pasted into WordPad) is read by
 * OCR of its largest picture.
 */
export async function readRtf(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  options.onProgress?.({ stage: 'reading', page: 1, pages: 1 });
  const flow = rtfToFlow(bytes, { deadline: Date.now() + RTF_MS });
  const lines = dropPageNumbers(flowToLines([...flow.header, ...flow.body, ...flow.notes, ...flow.footer]));
  if (lines.length > 0) return { kind: 'rtf', pages: 1, lines, warnings: [] };
  if (options.signal?.aborted) throw new CvError('cancelled');
  if (flow.picture) return readImage(flow.picture.bytes, flow.picture.format, options);
  throw new CvError('no-text', flow.otherPictures > 0 ? 'rtf holding only pictures the OCR cannot take' : 'empty document');
}
