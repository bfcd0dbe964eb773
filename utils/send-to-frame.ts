// Orders to one frame's content script (fill, undo), and how to read its silence: a frame that no
// longer answers was reloaded or removed. Shared by the fill (fill-tab.ts) and the undo (undo-fill.ts).
import { browser } from 'wxt/browser';
import type { FillPlan } from '../lib/fill/fill-plan';
import type { ContentMessage, FillResponse } from './messages';
import type { FilledFrame } from './tab-session';

/** The frame's answer; a frame that cannot be reached answers "no page". */
export async function sendToFrame(tabId: number, frameId: number, message: ContentMessage): Promise<FillResponse> {
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId })) as FillResponse;
  } catch {
    return { ok: false, reason: 'no-page' };
  }
}

/** A frame other than the top one that no longer answers for its origin was reloaded or removed,
 *  and took what was filled in it with it. */
export function isGone(frame: FilledFrame, response: FillResponse): boolean {
  return !response.ok && frame.frameId !== 0 && (response.reason === 'no-page' || response.reason === 'page-changed');
}

/** A fill order names the origin the frame must still have: a frame that navigated meanwhile refuses it. */
export function fillOrder(plan: FillPlan, frame: FilledFrame): ContentMessage {
  return { target: 'content', type: 'fill', plan, origin: frame.origin };
}
