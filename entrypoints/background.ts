import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { BackgroundMessage, ContentMessage, CvFilePayload, ExtractResponse, FillResponse, OffscreenMessage } from '../utils/messages';
import { clearTabSession, readTabSession, writeTabSession } from '../utils/tab-session';

// The background routes: a CV from a tab goes to the engine (offscreen document on Chrome, this
// page itself on Firefox), the result goes to storage.session for that tab, and fill/undo orders
// from the review screen go to the tab's content script.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = raw as BackgroundMessage;
    if (message?.target !== 'background') return undefined;
    handle(message, sender.tab?.id).then(sendResponse, (error: unknown) => {
      console.error(error);
      sendResponse({ ok: false, reason: 'no-page' });
    });
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabSession(tabId);
  });

  if (import.meta.env.CHROME) {
    // The side panel opens from the toolbar button's menu; keep the popup on the button itself.
    browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
  }
});

async function handle(message: BackgroundMessage, senderTabId: number | undefined): Promise<unknown> {
  switch (message.type) {
    case 'cv-file': {
      const tabId = message.tabId ?? senderTabId;
      if (tabId === undefined) return { ok: false };
      void readCv(tabId, message.file);
      return { ok: true };
    }
    case 'cv-too-large': {
      const tabId = message.tabId ?? senderTabId;
      if (tabId === undefined) return { ok: false };
      await writeTabSession(tabId, {
        state: 'error', fileName: message.name, runId: newRunId(), code: 'too-large',
        params: { sizeMb: Math.round(message.size / 1024 / 1024), maxMb: 20 }, updatedAt: Date.now(),
      });
      return { ok: true };
    }
    case 'progress': {
      const session = await readTabSession(message.tabId);
      if (session?.state === 'reading' && session.runId === message.runId) {
        await writeTabSession(message.tabId, { ...session, progress: message.progress, updatedAt: Date.now() });
      }
      return { ok: true };
    }
    case 'fill':
      return sendToTab(message.tabId, { target: 'content', type: 'fill', plan: message.plan });
    case 'undo':
      return sendToTab(message.tabId, { target: 'content', type: 'undo' });
    case 'clear':
      await clearTabSession(message.tabId);
      return { ok: true };
  }
}

async function sendToTab(tabId: number, message: ContentMessage): Promise<FillResponse> {
  try {
    // Top frame only: the content script reaches same-origin frames itself.
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as FillResponse;
  } catch {
    return { ok: false, reason: 'no-page' };
  }
}

async function readCv(tabId: number, file: CvFilePayload): Promise<void> {
  const runId = newRunId();
  await writeTabSession(tabId, { state: 'reading', fileName: file.name, runId, updatedAt: Date.now() });
  let response: ExtractResponse;
  try {
    response = await extract(tabId, runId, file);
  } catch (error) {
    console.error(error);
    response = { ok: false, code: 'internal', params: {} };
  }
  const current = await readTabSession(tabId);
  if (current && current.runId !== runId) return; // a newer CV replaced this one
  if (response.ok) {
    await writeTabSession(tabId, { state: 'ready', fileName: file.name, runId, profile: response.profile, updatedAt: Date.now() });
  } else {
    await writeTabSession(tabId, { state: 'error', fileName: file.name, runId, code: response.code, params: response.params, updatedAt: Date.now() });
  }
}

async function extract(tabId: number, runId: string, file: CvFilePayload): Promise<ExtractResponse> {
  if (import.meta.env.FIREFOX) {
    const { runEngine } = await import('../utils/engine-host');
    return runEngine(file, (progress) => void handle({ target: 'background', type: 'progress', tabId, runId, progress }, tabId));
  }
  await ensureOffscreenDocument();
  const message: OffscreenMessage = { target: 'offscreen', type: 'extract', tabId, runId, file };
  return (await browser.runtime.sendMessage(message)) as ExtractResponse;
}

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

function newRunId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
