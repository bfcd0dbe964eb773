import { CvError, withTimeout } from '../errors';
import type { ReadDocument, ReadOptions, TextLine, Warning } from '../types';
import { assessTextLayer } from './layout/assess-text-layer';
import { dropRepeatedMargins } from './layout/drop-repeated-margins';
import { groupItemsIntoRows } from './layout/group-items-into-rows';
import { joinHyphenatedLines } from './layout/join-hyphenated-lines';
import { normalizeText } from './layout/normalize-text';
import { orderRowsByColumns } from './layout/order-rows-by-columns';
import { extractTextItems } from './pdf/extract-text-items';
import { openPdf } from './pdf/open-pdf';
import type { PdfPage } from './pdf/pdfjs';

export const DEFAULT_MAX_PAGES = 10;
const PAGE_TIMEOUT_MS = 5_000;

/** Reads a PDF's text layer into lines in reading order, page by page. */
export async function readPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const { pdf, close } = await openPdf(bytes);
  try {
    const warnings: Warning[] = [];
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    const pageCount = Math.min(pdf.numPages, maxPages);
    if (pdf.numPages > maxPages) {
      warnings.push({ code: 'pages-truncated', message: `${pdf.numPages} pages; only the first ${maxPages} were read.` });
    }
    const pageHeights = new Map<number, number>();
    const lines: TextLine[] = [];
    const unreadable: number[] = [];
    for (let number = 1; number <= pageCount; number += 1) {
      if (options.signal?.aborted) throw new CvError('cancelled');
      options.onProgress?.({ stage: 'reading', page: number, pages: pageCount });
      const page = await withTimeout(pdf.getPage(number), PAGE_TIMEOUT_MS, 'pdf-page');
      const { pageLines, height } = await withTimeout(readPageText(page, number), PAGE_TIMEOUT_MS, 'pdf-text');
      pageHeights.set(number, height);
      if (assessTextLayer(pageLines.map((line) => line.text).join('\n')) === 'usable') lines.push(...pageLines);
      else unreadable.push(number);
      page.cleanup();
    }
    if (unreadable.length === pageCount) throw new CvError('no-text', 'no usable text layer');
    if (unreadable.length > 0) {
      warnings.push({ code: 'pages-without-text', message: `Pages without usable text: ${unreadable.join(', ')}.` });
    }
    return {
      kind: 'pdf-text',
      pages: pageCount,
      lines: joinHyphenatedLines(dropRepeatedMargins(lines, pageHeights)),
      warnings,
    };
  } finally {
    await close().catch(() => undefined);
  }
}

async function readPageText(page: PdfPage, pageNumber: number): Promise<{ pageLines: TextLine[]; height: number }> {
  const { items, width, height } = await extractTextItems(page);
  const rows = groupItemsIntoRows(items.map((item) => ({ ...item, text: item.text })));
  const ordered = orderRowsByColumns(rows, width);
  const pageLines: TextLine[] = [];
  for (const line of ordered) {
    const text = line.segments.map((segment) => normalizeText(segment.text)).filter(Boolean).join('\t');
    if (!text) continue;
    const first = line.segments[0]!;
    const last = line.segments[line.segments.length - 1]!;
    pageLines.push({
      text,
      page: pageNumber,
      x: round(first.x),
      y: round(first.y),
      width: round(last.x + last.width - first.x),
      height: round(Math.max(...line.segments.map((segment) => segment.height))),
      bold: line.segments.every((segment) => segment.bold),
      block: line.block,
    });
  }
  return { pageLines, height };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
