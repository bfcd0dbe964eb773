// The CV files being reviewed, in this context's memory only (offscreen document on Chrome,
// background page on Firefox), so "voir dans le CV" can draw the page. Never written anywhere;
// forgotten with the tab's session, and gone when the context closes.
import { renderEvidencePage } from '../lib/evidence/render-evidence-page';
import { sniffFileType } from '../lib/read/sniff-file-type';
import type { EvidenceImage } from './messages';

const files = new Map<number, Uint8Array>();

export function rememberCv(tabId: number, bytes: Uint8Array): void {
  files.set(tabId, bytes);
}

export function forgetCv(tabId: number): void {
  files.delete(tabId);
}

export async function evidenceImage(tabId: number, page: number, text: string): Promise<EvidenceImage> {
  const bytes = files.get(tabId);
  if (!bytes) return { ok: false };
  const type = sniffFileType(bytes);
  try {
    if (type === 'pdf') {
      const drawing = await renderEvidencePage(bytes, page, text);
      const blob = await (drawing.canvas as OffscreenCanvas).convertToBlob({ type: 'image/png' });
      drawing.canvas.width = 0;
      return { ok: true, dataUrl: await dataUrlOf(blob), highlighted: drawing.highlighted };
    }
    if (type === 'png' || type === 'jpeg' || type === 'webp') {
      const blob = new Blob([bytes.slice()], { type: `image/${type}` });
      return { ok: true, dataUrl: await dataUrlOf(blob), highlighted: 0 };
    }
  } catch (error) {
    console.error(error);
    return { ok: false, detail: String(error).slice(0, 200) };
  }
  return { ok: false, detail: type };
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
