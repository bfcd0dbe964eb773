import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fillForm } from '../lib/fill/fill-form';
import { addFill, reportAfterUndo, type SuccessiveFills } from '../lib/fill/successive-fills';
import { surveyForm } from '../lib/fill/survey-form';
import { MAX_FILE_BYTES } from '../lib/limits';
import { fileToBase64, type BackgroundMessage, type ContentFillResponse, type ContentMessage, type SurveyResponse } from '../utils/messages';
import { framesInSight, otherSiteFrames } from '../utils/other-site-frames';

// The content script only hands the chosen CV file to the extension and, on the counsellor's
// order, fills or restores the form. It never reads the CV itself.
export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  allFrames: true,
  runAt: 'document_idle',
  // Frames too: a CV chosen in a same-origin iframe is handed over like any other. Fill orders go
  // to the frames the background addresses, each with its own part of the plan: the top frame,
  // which reaches its same-origin frames, or a frame of another enabled site, which fills its own
  // document.
  main() {
    // Injected again into an open tab when its site is enabled once more: one live copy only. An
    // orphan of an earlier extension version (its runtime gone) does not count.
    const marker = globalThis as { cvProfileContentAlive?: () => boolean };
    if (marker.cvProfileContentAlive?.()) return;
    marker.cvProfileContentAlive = () => {
      try {
        return browser.runtime.id !== undefined;
      } catch {
        return false;
      }
    };
    let lastFill: SuccessiveFills | null = null;

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
      void (async (): Promise<ContentFillResponse | SurveyResponse> => {
        // Checked again here, at the last moment: the page must still be the one the order was for.
        if (location.origin !== message.origin) return { ok: false, reason: 'page-changed' };
        if (message.type === 'survey') {
          return { ok: true, found: surveyForm(document, message.wanted), coveredByParent: isCoveredByParent(), frames: framesInSight(document) };
        }
        // A frame its same-origin parent reaches is filled by that parent, never twice.
        if (isCoveredByParent()) return { ok: false, reason: 'page-changed' };
        if (message.type === 'fill') {
          const outcome = await fillForm(document, message.plan);
          // A second fill before undo (a replaced field, say): undo takes back both.
          lastFill = addFill(lastFill, outcome);
          return { ok: true, report: outcome.report, otherSiteFrames: otherSiteFrames(document) };
        }
        if (!lastFill) return { ok: false, reason: 'nothing-to-undo' };
        const editedSince = await lastFill.undo();
        const report = reportAfterUndo(lastFill);
        lastFill = null;
        return { ok: true, report, editedSince };
      })().then(sendResponse, (error: unknown) => {
        // A page that broke the fill midway still gets an answer: the review screen must not wait forever.
        console.error(error);
        sendResponse({ ok: false, reason: 'no-page' });
      });
      return true;
    });
  },
});

/** The parent frame is of this frame's origin: its content script reaches this document. */
function isCoveredByParent(): boolean {
  if (window === window.top) return false;
  try {
    return window.parent.location.origin === location.origin;
  } catch {
    return false; // another origin: the parent cannot see in here
  }
}

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
  const message: BackgroundMessage = {
    target: 'background',
    type: 'cv-file',
    file: { name: file.name, size: file.size, base64: await fileToBase64(file) },
  };
  await browser.runtime.sendMessage(message);
}
