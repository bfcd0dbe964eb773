import { browser } from 'wxt/browser';
import { evidenceImage, forgetCv } from '../../utils/cv-memory';
import { runEngine, searchActiveReferential } from '../../utils/engine-host';
import type { BackgroundMessage, OffscreenMessage } from '../../utils/messages';

// Chrome's offscreen document: the one place with workers and canvas where the CV is read.
browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
  const message = raw as OffscreenMessage;
  if (message?.target !== 'offscreen' || sender.id !== browser.runtime.id) return undefined;
  if (message.type === 'forget') {
    forgetCv(message.tabId);
    sendResponse({ ok: true });
    return undefined;
  }
  if (message.type === 'search-referential') {
    searchActiveReferential(message.search).then(sendResponse);
    return true;
  }
  if (message.type === 'render-evidence') {
    evidenceImage(message.tabId, message.page, message.text).then(sendResponse);
    return true;
  }
  const { tabId, runId } = message;
  runEngine(tabId, message.file, (progress) => {
    const update: BackgroundMessage = { target: 'background', type: 'progress', tabId, runId, progress };
    browser.runtime.sendMessage(update).catch(() => undefined);
  }).then(sendResponse);
  return true;
});
