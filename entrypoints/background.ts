import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { fillOrUndo } from '../utils/fill-tab';
import { forget, purgeIdle } from '../utils/forget-tab';
import type { BackgroundMessage } from '../utils/messages';
import { renderEvidence, searchInEngine } from '../utils/offscreen-engine';
import { handleCv, recordProgress } from '../utils/read-cv-in-tab';
import { isEnabledUrl, syncUserContentScripts } from '../utils/site-access';
import { touchTabSession } from '../utils/tab-session';

// The background routes messages; each capability is a module of utils/. A CV from a tab goes to
// the engine (read-cv-in-tab.ts; offscreen document on Chrome, this page itself on Firefox:
// offscreen-engine.ts), the result goes to storage.session for that tab, and fill/undo orders from
// the review screen go to the tab's content script once the page has been checked again
// (fill-tab.ts). A tab's CV data is forgotten when it closes, is cleared or sits idle (forget-tab.ts).
const PURGE_ALARM = 'purge-idle-cv-data';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = raw as BackgroundMessage;
    if (message?.target !== 'background') return undefined;
    handle(message, sender).then(sendResponse, (error: unknown) => {
      console.error(error);
      sendResponse({ ok: false, reason: 'no-page' });
    });
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forget(tabId);
  });

  browser.alarms.create(PURGE_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purgeIdle();
  });

  browser.runtime.onInstalled.addListener(() => void syncUserContentScripts().catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void syncUserContentScripts().catch(() => undefined));
  browser.permissions.onRemoved?.addListener(() => void syncUserContentScripts().catch(() => undefined));

  if (import.meta.env.CHROME) {
    // The side panel opens from the toolbar button's menu; keep the popup on the button itself.
    browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
  }
});

type Sender = Browser.runtime.MessageSender;

/** Which context sent a message: a page's content script, one of our pages, or the offscreen engine. */
function senderKind(sender: Sender): 'content' | 'extension-page' | 'offscreen' | 'unknown' {
  if (sender.id !== browser.runtime.id) return 'unknown';
  const extensionOrigin = browser.runtime.getURL('/');
  if (sender.url?.startsWith(`${extensionOrigin}offscreen.html`)) return 'offscreen';
  if (sender.tab && !sender.url?.startsWith(extensionOrigin)) return 'content';
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  return 'unknown';
}

async function handle(message: BackgroundMessage, sender: Sender): Promise<unknown> {
  const from = senderKind(sender);
  // A page's content script may only hand over a CV of its own tab, and only where enabled.
  if (from === 'content') {
    if (message.type !== 'cv-file' && message.type !== 'cv-too-large') return { ok: false, reason: 'not-allowed' };
    if (!(await isEnabledUrl(sender.tab?.url)) || !(await isEnabledUrl(sender.url))) return { ok: false, reason: 'not-allowed' };
    return handleCv(message, sender.tab!.id!);
  }
  if (from === 'offscreen') {
    if (message.type === 'progress') await recordProgress(message.tabId, message.runId, message.progress);
    return { ok: true };
  }
  if (from !== 'extension-page') return { ok: false, reason: 'not-allowed' };

  switch (message.type) {
    case 'cv-file':
    case 'cv-too-large':
      if (message.tabId === undefined) return { ok: false };
      return handleCv(message, message.tabId);
    case 'progress':
      return { ok: false, reason: 'not-allowed' };
    case 'fill':
    case 'undo':
      return fillOrUndo(message);
    case 'clear':
      await forget(message.tabId);
      return { ok: true };
    case 'render-evidence':
      return renderEvidence(message.tabId, message.page, message.text);
    case 'search-referential':
      return searchInEngine(message.search);
    case 'touch':
      await touchTabSession(message.tabId);
      return { ok: true };
  }
}
