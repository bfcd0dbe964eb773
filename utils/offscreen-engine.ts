// The background's calls to the engine: on Chrome it runs in an offscreen document (the service
// worker has no DOM, no canvas for pdf.js and OCR), opened when a CV or a search needs it and closed
// with the last CV; on Firefox it runs in the background page itself (engine-host.ts, cv-memory.ts).
import { browser } from 'wxt/browser';
import type { CvFilePayload, EvidenceImage, ExtractResponse, OffscreenMessage, ReferentialSearch, ReferentialSearchResponse } from './messages';
import { hasAnySession } from './tab-session';
import type { Progress } from '../lib/types';

/** Reads a CV with the engine. On Chrome the offscreen document reports progress by message
 *  (tagged with the run); on Firefox the engine calls `onProgress` itself. */
export async function extractInEngine(tabId: number, runId: string, file: CvFilePayload, onProgress: (progress: Progress) => void): Promise<ExtractResponse> {
  if (import.meta.env.FIREFOX) {
    const { runEngine } = await import('./engine-host');
    return runEngine(tabId, file, onProgress);
  }
  await ensureOffscreenDocument();
  const message: OffscreenMessage = { target: 'offscreen', type: 'extract', tabId, runId, file };
  return (await browser.runtime.sendMessage(message)) as ExtractResponse;
}

/** The bytes of one tab's CV the engine keeps for "voir dans le CV" go. */
export async function forgetInEngine(tabId: number): Promise<void> {
  if (import.meta.env.FIREFOX) {
    const { forgetCv } = await import('./cv-memory');
    forgetCv(tabId);
    return;
  }
  if ((await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length === 0) return;
  const message: OffscreenMessage = { target: 'offscreen', type: 'forget', tabId };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The CV page with the evidence highlighted; never opens the document (no CV there, nothing to draw). */
export async function renderEvidence(tabId: number, page: number, text: string): Promise<EvidenceImage> {
  if (import.meta.env.FIREFOX) {
    const { evidenceImage } = await import('./cv-memory');
    return evidenceImage(tabId, page, text);
  }
  if ((await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length === 0) return { ok: false };
  const message: OffscreenMessage = { target: 'offscreen', type: 'render-evidence', tabId, page, text };
  return ((await browser.runtime.sendMessage(message)) as EvidenceImage | undefined) ?? { ok: false };
}

/** The referential lives with the engine; its document is opened for a search if need be. */
export async function searchInEngine(search: ReferentialSearch): Promise<ReferentialSearchResponse> {
  if (import.meta.env.FIREFOX) {
    const { searchActiveReferential } = await import('./engine-host');
    return searchActiveReferential(search);
  }
  await ensureOffscreenDocument();
  const message: OffscreenMessage = { target: 'offscreen', type: 'search-referential', search };
  return ((await browser.runtime.sendMessage(message)) as ReferentialSearchResponse | undefined) ?? { ok: false };
}

/** With no CV left in any tab, the offscreen document (and whatever its memory held) goes too. */
export async function closeEngineIfIdle(): Promise<void> {
  if (!import.meta.env.CHROME || (await hasAnySession())) return;
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (contexts.length > 0) await browser.offscreen.closeDocument().catch(() => undefined);
}

/** Two callers at once share one creation: Chrome allows a single offscreen document. */
let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL('/offscreen.html');
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['WORKERS', 'DOM_PARSER'], justification: 'Read the CV (PDF text and OCR) on this computer.' })
    .finally(() => {
      creating = null;
    });
  await creating;
}
