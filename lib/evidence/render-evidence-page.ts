import { CvError, withTimeout } from '../errors';
import { createCanvas, type Canvas2d } from '../read/image/create-canvas';
import { extractTextItems } from '../read/pdf/extract-text-items';
import { openPdf } from '../read/pdf/open-pdf';
import type { PdfPage } from '../read/pdf/pdfjs';
import { findEvidenceBoxes } from './find-evidence-boxes';

const SCALE = 1.5;
const RENDER_TIMEOUT_MS = 10_000;

/**
 * "Voir dans le CV": one page of a PDF drawn with the evidence snippet highlighted, so the
 * counsellor can check a suggestion against the document itself. Returns the canvas to encode.
 */
export async function renderEvidencePage(bytes: Uint8Array, pageNumber: number, evidence: string): Promise<Canvas2d & { highlighted: number }> {
  const { pdf, close } = await openPdf(bytes);
  try {
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pdf.numPages) throw new CvError('corrupt-file', 'no such page');
    const page: PdfPage = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale: SCALE });
    const drawing = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    drawing.context.fillStyle = '#ffffff';
    drawing.context.fillRect(0, 0, drawing.canvas.width, drawing.canvas.height);
    // intent 'print': pdf.js then draws without requestAnimationFrame, which never fires in a hidden
    // (offscreen) document.
    const task = page.render({ canvas: null, canvasContext: drawing.context, viewport, intent: 'print' } as unknown as Parameters<PdfPage['render']>[0]);
    await withTimeout(task.promise, RENDER_TIMEOUT_MS, 'evidence-render').catch((error: unknown) => {
      task.cancel();
      throw error;
    });
    const { items } = await extractTextItems(page);
    const boxes = findEvidenceBoxes(items, evidence);
    drawing.context.fillStyle = 'rgba(255, 213, 0, 0.35)';
    drawing.context.strokeStyle = '#b34000';
    drawing.context.lineWidth = 2;
    for (const box of boxes) {
      const rect = [box.x * SCALE - 3, box.y * SCALE - 2, box.width * SCALE + 6, box.height * SCALE + 2] as const;
      drawing.context.fillRect(...rect);
      drawing.context.strokeRect(...rect);
    }
    return { ...drawing, highlighted: boxes.length };
  } finally {
    await close().catch(() => undefined);
  }
}
