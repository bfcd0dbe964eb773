// Before a first fill, the frames of the tab are asked which of the plan's targets they have a
// place for (names only, never values), so the plan goes to the frame that shows the form. The
// choice itself is pure and tested (fill-frames.ts); this file does the asking.
import { browser } from 'wxt/browser';
import type { FillPlan } from '../lib/fill/fill-plan';
import { withTimeout } from '../lib/errors';
import { chooseFillFrame, fillCandidates, framesToSurvey, hiddenFrameUrls, surveyTargets, type FrameSurvey, type TabFrame } from './fill-frames';
import type { ContentMessage, SurveyResponse } from './messages';
import { isEnabledUrl } from './site-access';
import type { FilledFrame } from './tab-session';

/** How long a frame is given to answer a survey. */
const SURVEY_MS = 2000;

/**
 * Every frame of an enabled site is asked which of the plan's targets it has a place for (names
 * only); the one with most takes the plan, the others (those a person can see, that no same-origin
 * parent fills) may be handed what it has no place for. Frames of other sites are never asked and
 * never sent the plan. The top frame when nothing else answers.
 */
export async function surveyFrames(tabId: number, plan: FillPlan, topOrigin: string): Promise<{ chosen: FilledFrame; others: FrameSurvey[] }> {
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
