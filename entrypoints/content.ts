import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fillForm, type FillOutcome } from '../lib/fill/fill-form';
import { MAX_FILE_BYTES } from '../lib/limits';
import { bytesToBase64, type BackgroundMessage, type ContentMessage, type FillResponse } from '../utils/messages';

// The content script only hands the chosen CV file to the extension and, on the counsellor's
// order, fills or restores the form. It never reads the CV itself.
export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  allFrames: true,
  runAt: 'document_idle',
  // Frames too: a CV chosen in a same-origin iframe is handed over like any other. Only the top
  // frame takes fill orders (the background addresses frame 0).
  main() {
    let lastFill: FillOutcome | null = null;

    // Capture phase on the document: the page's own handlers cannot hide the event from us, and
    // composedPath() reaches inputs inside open shadow roots.
    document.addEventListener(
      'change',
      (event) => {
        const input = event.composedPath()[0];
        if (!(input instanceof HTMLInputElement) || input.type !== 'file' || isPhotoInput(input)) return;
        const file = input.files?.[0];
        if (file) void handOver(file);
      },
      true,
    );

    browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
      const message = raw as ContentMessage;
      if (message?.target !== 'content') return undefined;
      void (async (): Promise<FillResponse> => {
        // Checked again here, at the last moment: the page must still be the one the order was for.
        if (window !== window.top || location.origin !== message.origin) return { ok: false, reason: 'page-changed' };
        if (message.type === 'fill') {
          const previous = lastFill;
          const outcome = await fillForm(document, message.plan);
          // A second fill before undo (a replaced field, say): undo takes back both.
          lastFill = previous
            ? { report: outcome.report, undo: async () => { await outcome.undo(); await previous.undo(); } }
            : outcome;
          return { ok: true, report: outcome.report };
        }
        if (!lastFill) return { ok: false, reason: 'nothing-to-undo' };
        await lastFill.undo();
        const report = lastFill.report;
        lastFill = null;
        return { ok: true, report };
      })().then(sendResponse);
      return true;
    });
  },
});

// An ID photo or avatar field is not a CV: its file is none of our business.
const PHOTO_FIELD = /photo|avatar|picture|portrait|selfie|image de profil|profile image/i;

function isPhotoInput(input: HTMLInputElement): boolean {
  const labels = [...(input.labels ?? [])].map((label) => label.textContent ?? '').join(' ');
  const words = `${labels} ${input.name} ${input.id} ${input.getAttribute('aria-label') ?? ''}`;
  return PHOTO_FIELD.test(words) && !/\bcv\b|curriculum|résumé|resume/i.test(words);
}

async function handOver(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    const message: BackgroundMessage = { target: 'background', type: 'cv-too-large', name: file.name, size: file.size };
    await browser.runtime.sendMessage(message);
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const message: BackgroundMessage = {
    target: 'background',
    type: 'cv-file',
    file: { name: file.name, size: file.size, base64: bytesToBase64(bytes) },
  };
  await browser.runtime.sendMessage(message);
}
