import { CvError } from '../errors';
import type { ReadDocument, ReadOptions, TextLine, Warning } from '../types';
import { dropRepeatedMargins } from './layout/drop-repeated-margins';
import { joinHyphenatedLines } from './layout/join-hyphenated-lines';
import { layOutPage } from './layout/lay-out-page';
import { lowQualityWarning } from './ocr/assess-ocr-quality';
import { recognizeUprightPage } from './ocr/recognize-upright-page';
import { DECODE_IMAGE_MS, OCR_PAGE_MS } from './read-budgets';
import { MAX_IMAGE_PIXELS } from './read-image';
import { DEFAULT_MAX_PAGES } from './read-pdf';
import { checkTiffPage, decodeTiffPage } from './tiff/decode-tiff-page';
import { readTiffDirectories, type TiffDirectories } from './tiff/tiff-directories';

/**
 * Reads a TIFF scan by OCR, page after page, as a scanned PDF is read: the multi-page files of
 * office scanners, copiers and fax-to-mail services (CCITT fax, LZW, Deflate, PackBits, JPEG or
 * uncompressed; bilevel, grey, colour or palette). Thumbnails are skipped.
 */
export async function readTiff(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const maxPages = Math.max(1, options.maxPages ?? DEFAULT_MAX_PAGES);
  const { pages, pageCount, cut } = readablePages(bytes, maxPages);
  const warnings: Warning[] = [];
  if (pageCount > maxPages) {
    warnings.push({ code: 'pages-truncated', message: `${pageCount} pages; only the first ${maxPages} were read.`, params: { maxPages } });
  }

  const lines: TextLine[] = [];
  const pageHeights = new Map<number, number>();
  const confidences: (number | null)[] = [];
  const blank: number[] = [];
  for (const [index, page] of pages.entries()) {
    const number = index + 1;
    if (options.signal?.aborted) throw new CvError('cancelled');
    options.onProgress?.({ stage: 'ocr', page: number, pages: pages.length });
    const image = await decodeTiffPage(bytes, page, {
      maxPixels: MAX_IMAGE_PIXELS,
      deadline: Date.now() + DECODE_IMAGE_MS,
      signal: options.signal,
    });
    if (options.signal?.aborted) throw new CvError('cancelled');
    const result = await recognizeUprightPage(image, {
      settings: options.ocr,
      signal: options.signal,
      deadline: Date.now() + OCR_PAGE_MS,
    });
    const pageLines = layOutPage(result.items, number);
    if (pageLines.length === 0) blank.push(number);
    lines.push(...pageLines);
    pageHeights.set(number, result.height);
    confidences.push(result.confidence);
  }

  if (lines.length === 0) throw new CvError('no-text', 'no text found in the TIFF');
  if (blank.length > 0 || cut) {
    const message = [
      blank.length > 0 ? `${blank.length} page(s) without readable text: ${blank.join(', ')}.` : '',
      cut ? `The file is cut short: only its first ${pages.length} page(s) could be read.` : '',
    ];
    warnings.push({ code: 'pages-without-text', message: message.filter(Boolean).join(' '), ...(blank.length > 0 && !cut ? { params: { pages: blank.join(', ') } } : {}) });
  }
  const lowQuality = lowQualityWarning(confidences);
  if (lowQuality) warnings.push(lowQuality);
  return {
    kind: 'image-ocr',
    pages: pages.length,
    // A fax header or a copier's stamp repeated on every page is no part of the CV.
    lines: joinHyphenatedLines(dropRepeatedMargins(lines, pageHeights)),
    warnings,
  };
}

/**
 * The pages to read, each checked before any is decoded (so that a file is refused at once rather
 * than after minutes of OCR). A file cut short in transfer keeps the pages before the cut: a
 * directory chain that breaks off, or a later page whose strips run past the end.
 */
export function readablePages(bytes: Uint8Array, maxPages: number): TiffDirectories {
  const directories = readTiffDirectories(bytes, maxPages);
  for (const [index, page] of directories.pages.entries()) {
    try {
      checkTiffPage(bytes, page, MAX_IMAGE_PIXELS);
    } catch (error) {
      if (index === 0 || !(error instanceof CvError) || error.code !== 'corrupt-file') throw error;
      return { ...directories, pages: directories.pages.slice(0, index), cut: true };
    }
  }
  return directories;
}
