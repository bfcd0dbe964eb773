import { withTimeout } from '../../errors';
import { grayFromRgba, type GrayImage } from '../image/gray-image';
import { createCanvas } from '../image/create-canvas';
import type { PdfPage } from './pdfjs';

/** Pages larger than A4 are rendered at a lower resolution to stay under this many pixels. */
const MAX_RENDER_PIXELS = 12_000_000;

/** Renders a page on white for OCR; returns the image and the resolution actually used. */
export async function renderPageImage(page: PdfPage, dpi: number, timeoutMs: number): Promise<{ image: GrayImage; dpi: number }> {
  const base = page.getViewport({ scale: 1 });
  let scale = dpi / 72;
  const pixels = base.width * scale * base.height * scale;
  if (pixels > MAX_RENDER_PIXELS) scale *= Math.sqrt(MAX_RENDER_PIXELS / pixels);
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const { canvas, context } = createCanvas(width, height);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  const task = page.render({
    canvas: null,
    canvasContext: context,
    viewport,
    background: '#ffffff',
    // 'print' draws without requestAnimationFrame, which never fires in a hidden (offscreen) document.
    intent: 'print',
  } as unknown as Parameters<PdfPage['render']>[0]);
  try {
    await withTimeout(task.promise, timeoutMs, 'pdf-render');
  } catch (error) {
    task.cancel();
    throw error;
  }
  const { data } = context.getImageData(0, 0, width, height);
  // Free the canvas's pixels now rather than at the next collection.
  canvas.width = 0;
  canvas.height = 0;
  return { image: grayFromRgba(data, width, height), dpi: scale * 72 };
}
