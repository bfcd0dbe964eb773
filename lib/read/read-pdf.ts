import { CvError, withTimeout } from '../errors';
import type { ReadDocument, ReadOptions, TextLine, Warning } from '../types';
import type { GrayImage } from './image/gray-image';
import { assessTextLayer, isJunkLine } from './layout/assess-text-layer';
import { dropRepeatedMargins } from './layout/drop-repeated-margins';
import { joinHyphenatedLines } from './layout/join-hyphenated-lines';
import { layOutPage } from './layout/lay-out-page';
import { replaceJunkLines } from './layout/replace-junk-lines';
import { lowQualityWarning } from './ocr/assess-ocr-quality';
import { startOcrEngine } from './ocr/ocr-engine';
import { recognizeUprightPage } from './ocr/recognize-upright-page';
import { extractTextItems, type PageText } from './pdf/extract-text-items';
import { inspectPdfBytes } from './pdf/inspect-pdf-bytes';
import type { IsContentVisible } from './pdf/locate-glyphs';
import { openPdf } from './pdf/open-pdf';
import type { PdfDocument, PdfPage } from './pdf/pdfjs';
import { renderPageImage } from './pdf/render-page-image';
import { OCR_PAGE_MS, PAGE_TEXT_MS, RENDER_PAGE_MS, TEXT_STAGE_MS } from './read-budgets';
import { MAX_IMAGE_PIXELS } from './read-image';

export const DEFAULT_MAX_PAGES = 10;
const OCR_DPI = 300;
/** A page drawn with more paths than this and no text may be text turned into outlines. */
const OUTLINED_TEXT_PATHS = 40;
/** An image covering this share of the page, under a few lines of text covering less than
 *  TYPED_LINE_COVERAGE of it, is a scan with a typed line on it (a scanning stamp, a line typed above
 *  a pasted photo). A designed CV on a page-sized background picture has more text than that: a
 *  sparse one of fifteen short lines covers about 4 % of its page, and its text layer is better
 *  than any OCR. */
const SCAN_COVERAGE = 0.6;
const TYPED_LINE_COVERAGE = 0.02;
const TYPED_LINES = 3;
/** Fewer paths than OUTLINED_TEXT_PATHS may still be outlined text (one compound path a line or a
 *  block): the page is drawn small and read if this share of it is inked. */
const INK_DPI = 18;
const INKED_SHARE = 0.004;
/** Neighbouring pixels this far apart in shade are an edge of ink. */
const SHADE_CHANGE = 40;
/** Share of such edges in a page drawing text: ten outlined lines give 1.5%, a typed page 4%, the
 *  edge of a sidebar spilt onto an empty page 0.07%. */
const SHADE_CHANGE_SHARE = 0.002;
/** Drawing a page that small takes milliseconds; a page stuck in its fonts must not stall reading. */
const INK_RENDER_MS = 2_000;

interface PageReading {
  number: number;
  page: PdfPage | null;
  lines: TextLine[];
  height: number;
  needsOcr: boolean;
  /** OCR only mends the page's junk lines; the rest of its text layer is kept. */
  junkLinesOnly?: boolean;
}

/**
 * Reads a PDF page by page: the text layer where it is usable, OCR of the rendered page where it
 * is missing (a scan, text drawn as outlines), garbage (a font without a Unicode map) or only a
 * line typed on a page-sized picture (a scanning stamp). A page whose text is good but for a few
 * junk lines (a heading font without a Unicode map) keeps its text and has those lines read by OCR.
 */
export async function readPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const inspection = inspectPdfBytes(bytes);
  if (inspection.hostileStream) {
    if (inspection.largestImagePixels > MAX_IMAGE_PIXELS) throw imageTooLarge(inspection.largestImagePixels);
    throw new CvError('corrupt-file', inspection.hostileStream);
  }
  const { pdf, close } = await openPdf(bytes, MAX_IMAGE_PIXELS);
  const started = Date.now();
  try {
    const warnings: Warning[] = [];
    const maxPages = Math.max(1, options.maxPages ?? DEFAULT_MAX_PAGES);
    const pageCount = Math.min(pdf.numPages, maxPages);
    if (pdf.numPages > maxPages) {
      warnings.push({ code: 'pages-truncated', message: `${pdf.numPages} pages; only the first ${maxPages} were read.`, params: { maxPages } });
    }

    const isVisible = await layerVisibility(pdf);
    const pages: PageReading[] = [];
    let failedPages = 0;
    for (let number = 1; number <= pageCount; number += 1) {
      if (options.signal?.aborted) throw new CvError('cancelled');
      options.onProgress?.({ stage: 'reading', page: number, pages: pageCount });
      const remaining = started + TEXT_STAGE_MS - Date.now();
      if (remaining <= 0) throw new CvError('timeout', 'pdf-text', { stage: 'pdf-text' });
      const reading = await readTextLayer(pdf.getPage(number), number, Math.min(PAGE_TEXT_MS, remaining), isVisible);
      if (!reading) failedPages += 1;
      else pages.push(reading);
    }

    const ocrPages = pages.filter((reading) => reading.needsOcr);
    const confidences: (number | null)[] = [];
    let undrawable = 0;
    if (ocrPages.length > 0) {
      // Load the models while the first page renders.
      startOcrEngine(options.ocr, options.signal).catch(() => undefined);
      for (const [index, reading] of ocrPages.entries()) {
        if (options.signal?.aborted) throw new CvError('cancelled');
        options.onProgress?.({ stage: 'ocr', page: index + 1, pages: ocrPages.length });
        const deadline = Date.now() + OCR_PAGE_MS;
        const rendered = await renderForOcr(reading.page!);
        if (!rendered) {
          // Unreadable like a page pdf.js cannot parse: the others may still hold the CV. A page
          // kept for its text layer only loses its junk lines.
          if (reading.junkLinesOnly) reading.lines = replaceJunkLines(reading.lines, []);
          else undrawable += 1;
          continue;
        }
        const { image, dpi } = rendered;
        const result = await recognizeUprightPage(image, { dpi, settings: options.ocr, signal: options.signal, deadline });
        const ocrLines = layOutPage(result.items, reading.number);
        if (reading.junkLinesOnly) {
          // Still a text-layer page: a few OCR'd headings say nothing of the scan quality.
          reading.lines = replaceJunkLines(reading.lines, ocrLines);
          continue;
        }
        reading.lines = ocrLines;
        reading.height = result.height;
        confidences.push(result.confidence);
      }
    }
    for (const reading of pages) reading.page?.cleanup();

    const withText = pages.filter((reading) => reading.lines.length > 0);
    if (withText.length === 0) {
      if (inspection.largestImagePixels > MAX_IMAGE_PIXELS) throw imageTooLarge(inspection.largestImagePixels);
      if (failedPages > 0 || undrawable > 0) throw new CvError('corrupt-file', 'no page could be read');
      throw new CvError('no-text', 'no text found on any page');
    }
    const blank = [...pages.filter((reading) => reading.lines.length === 0).map((reading) => reading.number)];
    if (blank.length > 0 || failedPages > 0) {
      warnings.push({
        code: 'pages-without-text',
        message: `${blank.length + failedPages} page(s) without readable text${blank.length ? `: ${blank.join(', ')}` : ''}.`,
        ...(blank.length > 0 && failedPages === 0 ? { params: { pages: blank.join(', ') } } : {}),
      });
    }
    const lowQuality = lowQualityWarning(confidences);
    if (lowQuality) warnings.push(lowQuality);

    const pageHeights = new Map(pages.map((reading) => [reading.number, reading.height]));
    return {
      kind: confidences.length > 0 ? 'pdf-ocr' : 'pdf-text',
      pages: pageCount,
      lines: joinHyphenatedLines(dropRepeatedMargins(pages.flatMap((reading) => reading.lines), pageHeights)),
      warnings,
    };
  } finally {
    await close().catch(() => undefined);
  }
}

/**
 * The page drawn for OCR, or null when pdf.js fails to draw it: a damaged content stream makes its
 * canvas code throw ("Should not call beginImageData"), which says the file is damaged, not that
 * the engine is. A timeout or a cancellation is not a damaged page and goes on up.
 */
async function renderForOcr(page: PdfPage): Promise<{ image: GrayImage; dpi: number } | null> {
  try {
    return await renderPageImage(page, OCR_DPI, RENDER_PAGE_MS);
  } catch (error) {
    if (error instanceof CvError) throw error;
    return null;
  }
}

function imageTooLarge(pixels: number): CvError {
  return new CvError('image-too-large', 'scanned page image', { megapixels: Math.round(pixels / 1e6), maxMegapixels: MAX_IMAGE_PIXELS / 1e6 });
}

/** One page's text layer in reading order, or null when the page cannot be parsed at all. */
/** Which optional content (layers) the document shows; a configuration that fails shows all. */
async function layerVisibility(pdf: PdfDocument): Promise<IsContentVisible | undefined> {
  try {
    const config = await withTimeout(pdf.getOptionalContentConfig(), PAGE_TEXT_MS, 'pdf-layers');
    return (group) => config.isVisible(group as Parameters<typeof config.isVisible>[0]);
  } catch {
    return undefined;
  }
}

async function readTextLayer(pending: Promise<PdfPage>, number: number, timeoutMs: number, isVisible?: IsContentVisible): Promise<PageReading | null> {
  let page: PdfPage;
  let text: PageText;
  try {
    page = await withTimeout(pending, timeoutMs, 'pdf-page');
    text = await withTimeout(extractTextItems(page, isVisible), timeoutMs, 'pdf-text');
  } catch (error) {
    if (error instanceof CvError) throw error;
    return null; // a damaged page; the others may still be fine
  }
  const lines = layOutPage(text.items, number);
  const verdict = assessTextLayer(lines.map((line) => line.text).join('\n'));
  const needsOcr = verdict === 'garbage' || (verdict === 'empty' && (await looksDrawn(page, text))) || looksScannedUnderTypedText(text, lines.length);
  if (!needsOcr && lines.some((line) => isJunkLine(line.text))) {
    return { number, page, lines, height: text.height, needsOcr: true, junkLinesOnly: true };
  }
  return { number, page, lines: needsOcr ? [] : lines, height: text.height, needsOcr };
}

/**
 * A page without text that draws an image (a scan) or outlines (text turned into paths by a design
 * tool). Few paths may be a rule or a frame, or whole lines of outlined text: the page drawn small
 * tells them apart by its ink.
 */
async function looksDrawn(page: PdfPage, text: PageText): Promise<boolean> {
  if (text.images > 0 || text.paths > OUTLINED_TEXT_PATHS) return true;
  if (text.paths === 0) return false;
  try {
    const { image } = await renderPageImage(page, INK_DPI, INK_RENDER_MS);
    // Ink alone is not text: the coloured sidebar that spills onto an empty last page (Word and
    // Canva exports) is ink too, and sent such a page to OCR for nothing. Text, even drawn as
    // outlines, changes shade from one pixel to the next all along its lines; a flat background
    // does only at its edge.
    const { data, width } = image;
    let inked = 0;
    let shadeChanges = 0;
    for (let index = 0; index < data.length; index++) {
      if (data[index]! < 160) inked += 1;
      if ((index + 1) % width !== 0 && Math.abs(data[index]! - data[index + 1]!) > SHADE_CHANGE) shadeChanges += 1;
    }
    const pixels = Math.max(1, data.length);
    return inked / pixels >= INKED_SHARE && shadeChanges / pixels >= SHADE_CHANGE_SHARE;
  } catch {
    return false; // a page too slow to draw small would be too slow to draw for OCR
  }
}

/** The page is mostly a picture and its text layer a line or two on it: the CV is the picture. */
function looksScannedUnderTypedText(text: PageText, lineCount: number): boolean {
  if (text.imageCoverage < SCAN_COVERAGE || lineCount > TYPED_LINES) return false;
  const pageArea = text.width * text.height;
  const textArea = text.items.reduce((sum, item) => sum + Math.abs(item.width * item.height), 0);
  return pageArea > 0 && textArea / pageArea < TYPED_LINE_COVERAGE;
}
