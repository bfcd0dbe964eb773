import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { FillPlan } from '../lib/fill/fill-plan';
import { withTimeout } from '../lib/errors';
import type { Progress } from '../lib/types';
import { appendAudit, auditEntry } from '../utils/audit-trail';
import { chooseFillFrame, fillCandidates, framesNotEnabled, framesToSurvey, hiddenFrameUrls, mergeFillReports, surveyTargets, type FrameSurvey, type TabFrame } from '../utils/fill-frames';
import {
  asShares, partsLeftOver, planParts, planWith, recordShares, routeToRecorded, shareLeftovers, withoutHandedOn, type FrameShare, type PlanPart,
} from '../utils/frame-shares';
import type { BackgroundMessage, ContentFillResponse, ContentMessage, CvFilePayload, EvidenceImage, ExtractResponse, FillResponse, OffscreenMessage, ReferentialSearch, ReferentialSearchResponse, SurveyResponse } from '../utils/messages';
import { readSettings } from '../utils/settings';
import { isEnabledUrl, syncUserContentScripts } from '../utils/site-access';
import {
  beginTabSession, clearTabSession, hasAnySession, purgeIdleSessions, readFilledFrames, readTabSession, writeFilledFrames, writeTabSession, type FilledFrame,
} from '../utils/tab-session';

// The background routes: a CV from a tab goes to the engine (offscreen document on Chrome, this
// page itself on Firefox), the result goes to storage.session for that tab, and fill/undo orders
// from the review screen go to the tab's content script once the page has been checked again: to
// the frame that holds the form, when its site is enabled too (fill-frames.ts), and the parts of it
// another frame holds to that frame (frame-shares.ts).
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
    case 'touch': {
      const session = await readTabSession(message.tabId);
      if (session) await writeTabSession(message.tabId, { ...session, updatedAt: Date.now() });
      return { ok: true };
    }
  }
}

async function handleCv(message: Extract<BackgroundMessage, { type: 'cv-file' | 'cv-too-large' }>, tabId: number): Promise<unknown> {
  if (message.type === 'cv-too-large') {
    await beginTabSession(tabId, {
      state: 'error', fileName: message.name, runId: newRunId(), code: 'too-large',
      params: { sizeMb: Math.round(message.size / 1024 / 1024), maxMb: 20 }, updatedAt: Date.now(),
    });
    return { ok: true };
  }
  void readCv(tabId, message.file);
  return { ok: true };
}

async function fillOrUndo(message: Extract<BackgroundMessage, { type: 'fill' | 'undo' }>): Promise<FillResponse> {
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
  const session = await readTabSession(tabId);
  if (session) await writeTabSession(tabId, { ...session, updatedAt: Date.now() });
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

/**
 * Every frame of an enabled site is asked which of the plan's targets it has a place for (names
 * only); the one with most takes the plan, the others (those a person can see, that no same-origin
 * parent fills) may be handed what it has no place for. Frames of other sites are never asked and
 * never sent the plan. The top frame when nothing else answers.
 */
async function surveyFrames(tabId: number, plan: FillPlan, topOrigin: string): Promise<{ chosen: FilledFrame; others: FrameSurvey[] }> {
  const top: FilledFrame = { frameId: 0, origin: topOrigin };
  const frames = await framesToSurvey(await listFrames(tabId), `${topOrigin}/`, isEnabledUrl);
  if (frames.length === 1) return { chosen: top, others: [] }; // no other frame of an enabled site: as before
  const wanted = surveyTargets(plan);
  // All at once, each given a little time: a frame that never answers must not hold up the fill.
  const answers = await Promise.all(frames.map(async (frame) => {
    const origin = frame.frameId === 0 ? topOrigin : new URL(frame.url).origin;
    const order: ContentMessage = { target: 'content', type: 'survey', wanted, origin };
    const answer = await withTimeout(browser.tabs.sendMessage(tabId, order, { frameId: frame.frameId }) as Promise<SurveyResponse>, SURVEY_MS, 'survey').catch(() => null);
    if (!answer?.ok || !Array.isArray(answer.found)) return null;
    const survey: FrameSurvey = { frameId: frame.frameId, origin, url: frame.url, coveredByParent: answer.coveredByParent, found: answer.found.length, places: answer.found };
    return { survey, frames: answer.frames };
  }));
  const surveys: FrameSurvey[] = answers.flatMap((answer) => (answer ? [answer.survey] : []));
  const hidden = hiddenFrameUrls(answers.flatMap((answer) => (answer?.frames ? [answer.frames] : [])));
  const chosen = chooseFillFrame(surveys, hidden);
  if (!chosen) return { chosen: top, others: [] };
  const others = fillCandidates(surveys, hidden).filter((survey) => survey.frameId !== chosen.frameId);
  return { chosen: { frameId: chosen.frameId, origin: chosen.origin }, others };
}

const SURVEY_MS = 2000;

/** A frame other than the top one that no longer answers for its origin was reloaded or removed,
 *  and took what was filled in it with it. */
function isGone(frame: FilledFrame, response: FillResponse): boolean {
  return !response.ok && frame.frameId !== 0 && (response.reason === 'no-page' || response.reason === 'page-changed');
}

function fillOrder(plan: FillPlan, frame: FilledFrame): ContentMessage {
  return { target: 'content', type: 'fill', plan, origin: frame.origin };
}

/** The tab's frames with their documents' URLs, where the extension may run at all (host
 *  permissions); the frames of other sites are left out by the browser itself. */
async function listFrames(tabId: number): Promise<TabFrame[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => location.href });
    return results.flatMap((result) => (typeof result.result === 'string' ? [{ frameId: result.frameId, url: result.result }] : []));
  } catch {
    return [];
  }
}

/** Undo goes to every frame that filled since the last undo (the top frame if none is known). */
async function undoFill(tabId: number, topOrigin: string): Promise<FillResponse> {
  const recorded = await readFilledFrames(tabId);
  const frames = recorded.length > 0 ? recorded : [{ frameId: 0, origin: topOrigin }];
  const responses: FillResponse[] = [];
  for (const frame of frames) {
    const response = await sendToFrame(tabId, frame.frameId, { target: 'content', type: 'undo', origin: frame.origin });
    if (isGone(frame, response)) continue;
    responses.push(response);
  }
  await writeFilledFrames(tabId, []);
  const undone = responses.flatMap((response) => (response.ok ? [response.report] : []));
  if (undone.length === 0) return responses[0] ?? { ok: false, reason: 'nothing-to-undo' };
  const editedSince = [...new Set(responses.flatMap((response) => (response.ok ? (response.editedSince ?? []) : [])))];
  return { ok: true, report: mergeFillReports(undone), ...(editedSince.length > 0 ? { editedSince } : {}) };
}

async function sendToFrame(tabId: number, frameId: number, message: ContentMessage): Promise<FillResponse> {
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId })) as FillResponse;
  } catch {
    return { ok: false, reason: 'no-page' };
  }
}

async function recordProgress(tabId: number, runId: string, progress: Progress): Promise<void> {
  const session = await readTabSession(tabId);
  if (session?.state === 'reading' && session.runId === runId) {
    await writeTabSession(tabId, { ...session, progress, updatedAt: Date.now() });
  }
}

async function readCv(tabId: number, file: CvFilePayload): Promise<void> {
  const runId = newRunId();
  await beginTabSession(tabId, { state: 'reading', fileName: file.name, runId, updatedAt: Date.now() });
  let response: ExtractResponse;
  try {
    response = await extract(tabId, runId, file);
  } catch (error) {
    console.error(error);
    response = { ok: false, code: 'internal', params: {} };
  }
  const current = await readTabSession(tabId);
  if (!current || current.runId !== runId) return; // replaced by a newer CV, or cleared meanwhile
  if (response.ok) {
    await writeTabSession(tabId, { state: 'ready', fileName: file.name, runId, profile: response.profile, updatedAt: Date.now() });
  } else {
    await writeTabSession(tabId, { state: 'error', fileName: file.name, runId, code: response.code, params: response.params, updatedAt: Date.now() });
  }
}

async function extract(tabId: number, runId: string, file: CvFilePayload): Promise<ExtractResponse> {
  if (import.meta.env.FIREFOX) {
    const { runEngine } = await import('../utils/engine-host');
    return runEngine(tabId, file, (progress) => void recordProgress(tabId, runId, progress));
  }
  await ensureOffscreenDocument();
  const message: OffscreenMessage = { target: 'offscreen', type: 'extract', tabId, runId, file };
  return (await browser.runtime.sendMessage(message)) as ExtractResponse;
}

async function purgeIdle(): Promise<void> {
  const { retentionMinutes } = await readSettings();
  for (const tabId of await purgeIdleSessions(retentionMinutes * 60_000)) await forgetInEngine(tabId);
  await closeEngineIfIdle();
}

/** Everything about one tab's CV: the session, the decisions and the bytes held by the engine. */
async function forget(tabId: number): Promise<void> {
  await clearTabSession(tabId);
  await forgetInEngine(tabId);
  await closeEngineIfIdle();
}

async function forgetInEngine(tabId: number): Promise<void> {
  if (import.meta.env.FIREFOX) {
    const { forgetCv } = await import('../utils/cv-memory');
    forgetCv(tabId);
    return;
  }
  if ((await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length === 0) return;
  const message: OffscreenMessage = { target: 'offscreen', type: 'forget', tabId };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

async function renderEvidence(tabId: number, page: number, text: string): Promise<EvidenceImage> {
  if (import.meta.env.FIREFOX) {
    const { evidenceImage } = await import('../utils/cv-memory');
    return evidenceImage(tabId, page, text);
  }
  if ((await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length === 0) return { ok: false };
  const message: OffscreenMessage = { target: 'offscreen', type: 'render-evidence', tabId, page, text };
  return ((await browser.runtime.sendMessage(message)) as EvidenceImage | undefined) ?? { ok: false };
}

/** The referential lives with the engine; its document is opened for a search if need be. */
async function searchInEngine(search: ReferentialSearch): Promise<ReferentialSearchResponse> {
  if (import.meta.env.FIREFOX) {
    const { searchActiveReferential } = await import('../utils/engine-host');
    return searchActiveReferential(search);
  }
  await ensureOffscreenDocument();
  const message: OffscreenMessage = { target: 'offscreen', type: 'search-referential', search };
  return ((await browser.runtime.sendMessage(message)) as ReferentialSearchResponse | undefined) ?? { ok: false };
}

/** With no CV left in any tab, the offscreen document (and whatever its memory held) goes too. */
async function closeEngineIfIdle(): Promise<void> {
  if (!import.meta.env.CHROME || (await hasAnySession())) return;
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (contexts.length > 0) await browser.offscreen.closeDocument().catch(() => undefined);
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
