import { CvError, withTimeout } from '../../errors';
import { OPEN_PDF_MS } from '../read-budgets';
import { pdfAssetSettings } from './pdf-assets';
import { loadPdfjs, type PdfDocument } from './pdfjs';

export interface OpenedPdf {
  pdf: PdfDocument;
  close: () => Promise<void>;
}

/**
 * Opens a PDF with everything that could reach outside or run code switched off: no scripting
 * (pdf.js only runs it in its viewer, which we never use), no range requests, no system or web
 * fonts, no font-face injection into the page; CMaps, standard fonts and image decoders come from
 * local copies (pdf-assets.ts).
 */
export async function openPdf(bytes: Uint8Array, maxImagePixels = -1): Promise<OpenedPdf> {
  const pdfjs = await loadPdfjs();
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller keeps its bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    verbosity: 0,
    disableFontFace: true,
    fontExtraProperties: true,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    stopAtErrors: false,
    useSystemFonts: false,
    isImageDecoderSupported: false,
    // Fonts are never compiled to JavaScript with eval (the extension's CSP forbids it anyway; in
    // the CLI it would run code built from a hostile file's font program).
    isEvalSupported: false,
    // Larger images are not decoded at all (pdf.js drops them from the page).
    maxImageSize: maxImagePixels,
    ...pdfAssetSettings(),
    ...(typeof document === 'undefined' && typeof OffscreenCanvas !== 'undefined' ? { CanvasFactory: OffscreenCanvasFactory } : {}),
  } as Parameters<typeof pdfjs.getDocument>[0]);
  try {
    const pdf = await withTimeout(task.promise, OPEN_PDF_MS, 'open-pdf');
    return { pdf, close: () => task.destroy() };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw mapPdfError(error);
  }
}

function mapPdfError(error: unknown): CvError {
  if (error instanceof CvError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new CvError('encrypted-pdf', message);
  if (name === 'InvalidPDFException' || name === 'MissingPDFException' || name === 'UnknownErrorException') {
    return new CvError('corrupt-file', message);
  }
  if (/password/i.test(message)) return new CvError('encrypted-pdf', message);
  return new CvError('corrupt-file', message);
}

/** pdf.js's scratch canvases in a context without a DOM (a worker): OffscreenCanvas. */
class OffscreenCanvasFactory {
  constructor(_options: unknown) {}
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(target: { canvas: OffscreenCanvas }, width: number, height: number) {
    target.canvas.width = width;
    target.canvas.height = height;
  }
  destroy(target: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (target.canvas) {
      target.canvas.width = 0;
      target.canvas.height = 0;
    }
    target.canvas = null;
    target.context = null;
  }
  getNoAlphaContext(canvas: OffscreenCanvas) {
    return canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  }
}
