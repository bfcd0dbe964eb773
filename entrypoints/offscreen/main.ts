import { browser } from 'wxt/browser';
import { runEngine } from '../../utils/engine-host';
import type { BackgroundMessage, OffscreenMessage } from '../../utils/messages';

// Chrome's offscreen document: the one place with workers and canvas where the CV is read.
browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
  const message = raw as OffscreenMessage;
  if (message?.target !== 'offscreen' || message.type !== 'extract') return undefined;
  const { tabId, runId } = message;
  runEngine(message.file, (progress) => {
    const update: BackgroundMessage = { target: 'background', type: 'progress', tabId, runId, progress };
    browser.runtime.sendMessage(update).catch(() => undefined);
  }).then(sendResponse);
  return true;
});
