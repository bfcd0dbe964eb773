import { CvError, withTimeout } from '../../errors';
import { pdfjs, type PdfDocument } from './pdfjs';

export interface OpenedPdf {
  pdf: PdfDocument;
  close: () => Promise<void>;
}

const OPEN_TIMEOUT_MS = 8_000;

/**
 * Opens a PDF with everything that could reach outside or run code switched off: no scripting
 * (pdf.js only runs it in its viewer, which we never use), no remote fonts, cMaps or range
 * requests, no font-face injection into the page.
 */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
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
  } as Parameters<typeof pdfjs.getDocument>[0]);
  try {
    const pdf = await withTimeout(task.promise, OPEN_TIMEOUT_MS, 'open-pdf');
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
