import { CvError, withTimeout } from '../errors';
import type { ReadDocument, ReadOptions } from '../types';
import { dropPageNumbers } from './layout/drop-repeated-margins';
import { isNode } from './node-runtime';
import { flowToLines, type FlowBlock } from './office/flow-to-lines';
import { htmlToFlow } from './office/html-to-flow';
import { parseXml } from './office/parse-xml';
import { decodeUtf8, readZipEntries } from './office/read-zip-entries';
import { wordmlToFlow } from './office/wordml-to-flow';
import { DOCX_MS } from './read-budgets';

const MARGIN_PART = /^word\/(header|footer)\d*\.xml$/;

/**
 * Reads a Word document: the body through mammoth (paragraph order, lists, tables row by row,
 * text boxes), with the page header before it and the footer after it.
 */
export async function readDocx(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  options.onProgress?.({ stage: 'reading', page: 1, pages: 1 });
  const mammoth = (await import('mammoth')).default;
  const input = isNode() ? { buffer: bytes as unknown as Buffer } : { arrayBuffer: bytes.slice().buffer };
  let html: string;
  try {
    const result = await withTimeout(
      mammoth.convertToHtml(input, {
        // Images are dropped (a photo would be inlined as base64); linked files are never opened.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      }),
      DOCX_MS,
      'docx',
    );
    html = result.value;
  } catch (error) {
    if (error instanceof CvError) throw error;
    throw new CvError('corrupt-file', `docx: ${error instanceof Error ? error.message : String(error)}`);
  }
  const margins = readMargins(bytes);
  const lines = dropPageNumbers(flowToLines([...margins.header, ...htmlToFlow(parseXml(html).children), ...margins.footer]));
  if (lines.length === 0) throw new CvError('no-text', 'empty document');
  return { kind: 'docx', pages: 1, lines, warnings: [] };
}

/** Header and footer paragraphs, each text once (first-page and default headers often repeat). */
function readMargins(bytes: Uint8Array): { header: FlowBlock[]; footer: FlowBlock[] } {
  const parts = [...readZipEntries(bytes, (name) => MARGIN_PART.test(name)).entries()].sort(([a], [b]) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  const seen = new Set<string>();
  const margins = { header: [] as FlowBlock[], footer: [] as FlowBlock[] };
  for (const [name, content] of parts) {
    const blocks = wordmlToFlow(parseXml(decodeUtf8(content)));
    const key = JSON.stringify(blocks);
    if (blocks.length === 0 || seen.has(key)) continue;
    seen.add(key);
    margins[name.includes('header') ? 'header' : 'footer'].push(...blocks);
  }
  return margins;
}
