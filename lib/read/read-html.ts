import { CvError } from '../errors';
import type { ReadDocument, ReadOptions } from '../types';
import { dropPageNumbers } from './layout/drop-repeated-margins';
import { decodeWebPage, pageOfWebArchive } from './html/decode-web-page';
import { webPageToFlow } from './html/web-page-to-flow';
import { flowToLines } from './office/flow-to-lines';
import { HTML_MS } from './read-budgets';

/**
 * Reads a CV saved as a web page: an .html or .htm file (Word's "Web Page", Google Docs' HTML
 * export, an online CV builder's or a job board's page saved from the browser), read as the same
 * CV saved as .docx would be (web-page-to-flow.ts). Nothing in the page is run or fetched: the
 * markup is only read as text. The reader is synchronous and linear in the file's size; it stops
 * itself after HTML_MS. `charset`: the encoding a web archive's part header names.
 */
export async function readHtml(bytes: Uint8Array, options: ReadOptions = {}, charset?: string): Promise<ReadDocument> {
  options.onProgress?.({ stage: 'reading', page: 1, pages: 1 });
  const flow = webPageToFlow(decodeWebPage(bytes, charset), { deadline: Date.now() + HTML_MS });
  const lines = dropPageNumbers(flowToLines(flow));
  if (lines.length === 0) throw new CvError('no-text', 'web page without visible text');
  return { kind: 'html', pages: 1, lines, warnings: [] };
}

/** Reads a web archive (.mht, .mhtml: Word's "Single File Web Page", Internet Explorer, Chrome):
 *  the page it holds, decoded from quoted-printable or base64 in the charset its part names. */
export async function readWebArchive(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const page = pageOfWebArchive(bytes);
  if (!page) throw new CvError('no-text', 'web archive without a page');
  return readHtml(page.bytes, options, page.charset);
}
