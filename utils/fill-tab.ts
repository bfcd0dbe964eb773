// A fill or an undo ordered from the review screen, for one tab. The page is checked again first,
// then the plan goes to the frame that holds the form, when its site is enabled too
// (survey-frames.ts, fill-frames.ts), and the parts of it another frame holds to that frame
// (frame-shares.ts). Which frame took which part is recorded for the next fill and the undo.
import { browser, type Browser } from 'wxt/browser';
import type { FillPlan } from '../lib/fill/fill-plan';
import { appendAudit, auditEntry } from './audit-trail';
import { framesNotEnabled, mergeFillReports } from './fill-frames';
import { asShares, partsLeftOver, planParts, planWith, recordShares, routeToRecorded, shareLeftovers, withoutHandedOn, type FrameShare, type PlanPart } from './frame-shares';
import type { BackgroundMessage, ContentFillResponse, FillResponse } from './messages';
import { fillOrder, isGone, sendToFrame } from './send-to-frame';
import { readSettings } from './settings';
import { isEnabledUrl } from './site-access';
import { surveyFrames } from './survey-frames';
import { readFilledFrames, touchTabSession, writeFilledFrames } from './tab-session';
import { undoFill } from './undo-fill';

export async function fillOrUndo(message: Extract<BackgroundMessage, { type: 'fill' | 'undo' }>): Promise<FillResponse> {
  // The page is checked again just before writing: the tab may have moved to another site since
  // the CV was read, and a site the user has not enabled is never filled.
  let tab: Browser.tabs.Tab;
  try {
    tab = await browser.tabs.get(message.tabId);
  } catch {
    return { ok: false, reason: 'no-page' };
  }
  if (!tab.url || !(await isEnabledUrl(tab.url))) return { ok: false, reason: 'not-allowed' };
  const topOrigin = new URL(tab.url).origin;
  if (message.type === 'undo') return undoFill(message.tabId, topOrigin);

  return fillFrames(message.tabId, message.plan, topOrigin);
}

/** What one frame answered to its part of a fill. */
interface FrameFill {
  share: FrameShare;
  answer: Extract<ContentFillResponse, { ok: true }>;
  /** Parts it had no place for that another frame took: its "not found" for them is not reported. */
  handedOn: PlanPart[];
}

/**
 * A fill: the parts of the plan a frame took since the last undo go back to that frame ("Replace"
 * on one of its conflicts must not land in another frame's box of the same kind). The rest goes to
 * the frame with a place for most of it, and what that frame has no place for to the next frames
 * that have (utils/frame-shares.ts). A frame gone since (reloaded, removed) is forgotten and its
 * parts looked for again.
 */
async function fillFrames(tabId: number, plan: FillPlan, topOrigin: string): Promise<FillResponse> {
  let recorded = asShares(await readFilledFrames(tabId));
  const fills: FrameFill[] = [];
  // A frame that could not fill its part: its answer is the reply when no frame filled anything.
  let failure: FillResponse | null = null;
  const { sends, unrouted } = routeToRecorded(plan, recorded);
  for (const { frame, parts } of sends) {
    const answer = await sendToFrame(tabId, frame.frameId, fillOrder(planWith(plan, parts), frame));
    if (isGone(frame, answer)) {
      recorded = recorded.filter((known) => known !== frame);
      unrouted.push(...parts);
    } else if (!answer.ok) failure ??= answer;
    else fills.push({ share: { ...frame, parts }, answer: answer as FrameFill['answer'], handedOn: [] });
  }
  // Nothing recorded, or parts no recorded frame holds any more: looked for as in a first fill. A
  // plan with no part at all still goes somewhere, so its report says what the page lacks.
  if (unrouted.length > 0 || sends.length === 0) {
    const found = await fillWhereFound(tabId, sends.length === 0 ? plan : planWith(plan, unrouted), topOrigin);
    if (Array.isArray(found)) fills.push(...found);
    else failure ??= found;
  }

  // Recorded even when nothing filled: a frame gone is forgotten.
  await writeFilledFrames(tabId, recordShares(recorded, fills.map((fill) => fill.share)));
  if (fills.length === 0) return failure ?? { ok: false, reason: 'no-page' };
  const settings = await readSettings();
  // Each site written to is named: the portal's, the form provider's.
  if (settings.auditTrail) for (const { share, answer } of fills) await appendAudit(auditEntry(share.origin, answer.report.filled));
  await touchTabSession(tabId);
  const otherSites = [...new Set(fills.flatMap(({ answer }) => ('otherSiteFrames' in answer ? answer.otherSiteFrames : [])))];
  const notEnabled = await framesNotEnabled(otherSites, isEnabledUrl);
  const report = mergeFillReports(fills.map(({ answer, handedOn }) => withoutHandedOn(answer.report, handedOn)));
  return { ok: true, report, ...(notEnabled.length > 0 ? { framesNotEnabled: notEnabled } : {}) };
}

/**
 * A first fill: the frame with a place for most of the plan takes it; then each part it had no
 * place for goes to the best other frame that has one, one frame per part.
 */
async function fillWhereFound(tabId: number, plan: FillPlan, topOrigin: string): Promise<FrameFill[] | FillResponse> {
  const { chosen, others } = await surveyFrames(tabId, plan, topOrigin);
  const answer = await sendToFrame(tabId, chosen.frameId, fillOrder(plan, chosen));
  if (!answer.ok) return answer;
  const first: FrameFill = { share: { ...chosen, parts: planParts(plan) }, answer: answer as FrameFill['answer'], handedOn: [] };
  const fills = [first];
  for (const { frame, parts } of shareLeftovers(partsLeftOver(plan, answer.report), others)) {
    const share: FrameShare = { frameId: frame.frameId, origin: frame.origin, parts };
    const handed = await sendToFrame(tabId, frame.frameId, fillOrder(planWith(plan, parts), share));
    // A frame that does not take its part (reloaded meanwhile): the first frame's "not found" stands.
    if (!handed.ok) continue;
    fills.push({ share, answer: handed as FrameFill['answer'], handedOn: [] });
    first.handedOn.push(...parts);
    first.share.parts = first.share.parts.filter((part) => !parts.includes(part));
  }
  return fills;
}
