// Which frame of a tab takes a fill. A form is often embedded: the page the counsellor opens shows
// it inside an <iframe> of the form provider's site. The top frame's content script reaches its
// same-origin frames itself; a frame of another origin fills its own document, and only when the
// user enabled that site. A profile split across frames is shared out by frame-shares.ts.
import type { FillPlan, FillReport } from '../lib/fill/fill-plan';
import type { SurveyTarget } from '../lib/fill/survey-form';
import { FIELD_KEYS } from '../lib/types';

/** A frame of the tab as the background sees it. */
export interface TabFrame {
  frameId: number;
  url: string;
}

/** What one frame's content script answered to a survey. */
export interface FrameSurvey {
  frameId: number;
  origin: string;
  /** The frame's document address, to match what its parent says of it. */
  url?: string;
  /** Its parent frame is of the same origin: that frame fills it, never itself. */
  coveredByParent: boolean;
  /** How many of the plan's targets the frame has a control or a group for. */
  found: number;
  /** Which ones (names only): what it may be handed when the frame that filled first had no place. */
  places?: SurveyTarget[];
}

/** The targets a plan has something for: the survey is sent these names, never the values. */
export function surveyTargets(plan: FillPlan): SurveyTarget[] {
  const targets: SurveyTarget[] = FIELD_KEYS.filter((key) => Boolean(plan.fields[key]));
  if (plan.fields.firstName || plan.fields.lastName) targets.push('fullName');
  if (plan.fields.email) targets.push('emailConfirmation');
  if (plan.civility) targets.push('civility');
  if (plan.skills.length > 0) targets.push('skills');
  if (plan.softSkills.length > 0) targets.push('softSkills');
  if (plan.drivingLicences.length > 0) targets.push('drivingLicences');
  if (plan.languages.length > 0) targets.push('languages', 'language');
  if (plan.experiences.length > 0) targets.push('experience');
  if (plan.education.length > 0) targets.push('education');
  return targets;
}

/**
 * The frames that may be surveyed: the top frame (its site was checked before), then every other
 * frame of an enabled site. A frame of any other site is never asked, so never hears of the CV.
 */
export async function framesToSurvey(frames: readonly TabFrame[], topUrl: string, isEnabled: (url: string) => Promise<boolean>): Promise<TabFrame[]> {
  const others: TabFrame[] = [];
  for (const frame of frames) if (frame.frameId !== 0 && (await isEnabled(frame.url))) others.push(frame);
  return [frames.find((frame) => frame.frameId === 0) ?? { frameId: 0, url: topUrl }, ...others];
}

/** Of the other sites' frames a filled document shows, those of sites the user has not enabled. */
export async function framesNotEnabled(origins: readonly string[], isEnabled: (url: string) => Promise<boolean>): Promise<string[]> {
  const left: string[] = [];
  for (const origin of origins) if (!(await isEnabled(`${origin}/`))) left.push(origin);
  return left;
}

/**
 * The frame that takes the fill: the one that has a place for most of the plan, among the frames a
 * person can see. The top frame wins a tie (it is what the user sees first, and it reaches its
 * same-origin frames), then the frame created first. With no form anywhere, the top frame: its report says what was not found.
 */
export function chooseFillFrame(surveys: readonly FrameSurvey[], hidden: ReadonlySet<string> = new Set()): FrameSurvey | null {
  const candidates = fillCandidates(surveys, hidden);
  let best: FrameSurvey | null = null;
  for (const survey of candidates) {
    if (!best || survey.found > best.found || (survey.found === best.found && rank(survey) < rank(best))) best = survey;
  }
  return best;
}

/** The frames that may take a fill: the top frame, and the others a person can see that no
 *  same-origin parent fills already. */
export function fillCandidates(surveys: readonly FrameSurvey[], hidden: ReadonlySet<string> = new Set()): FrameSurvey[] {
  return surveys.filter((survey) => survey.frameId === 0 || (!survey.coveredByParent && !hidden.has(withoutFragment(survey.url ?? ''))));
}

/**
 * The frames a person cannot see, by URL: those a parent reports hidden and none reports shown (two
 * frames of one address, one hidden, one shown, are both kept: the count decides).
 */
export function hiddenFrameUrls(reports: readonly { shown: string[]; hidden: string[] }[]): Set<string> {
  const shown = new Set(reports.flatMap((report) => report.shown).map(withoutFragment));
  return new Set(reports.flatMap((report) => report.hidden).map(withoutFragment).filter((url) => !shown.has(url)));
}

function withoutFragment(url: string): string {
  return url.replace(/#.*$/, '');
}

const rank = (survey: FrameSurvey) => (survey.frameId === 0 ? -1 : survey.frameId);

/** The frames by how much of the plan they have a place for, ties as in chooseFillFrame. */
export function bestFramesFirst(surveys: readonly FrameSurvey[]): FrameSurvey[] {
  return [...surveys].sort((a, b) => b.found - a.found || rank(a) - rank(b));
}

/**
 * One report from several frames' (a fill split across frames, an undo that went to each frame
 * that filled): what one frame filled is not "not found" because another frame had no place for it.
 */
export function mergeFillReports(reports: readonly FillReport[]): FillReport {
  const filled = unique(reports.flatMap((report) => report.filled));
  const done = new Set(filled);
  const skippedByTarget = new Map<string, FillReport['skipped'][number]>();
  for (const entry of reports.flatMap((report) => report.skipped)) {
    if (done.has(entry.target)) continue;
    const known = skippedByTarget.get(entry.target);
    // A reason ("not-empty") says more than "not-found" from a frame that had no such field.
    if (!known || known.reason === 'not-found') skippedByTarget.set(entry.target, entry);
  }
  const conflicts = firstOfEach(reports.flatMap((report) => report.conflicts), (conflict) => conflict.key);
  const listConflicts = firstOfEach(reports.flatMap((report) => report.listConflicts ?? []), (conflict) => conflict.target);
  const irreversible = unique(reports.flatMap((report) => report.irreversible ?? []));
  const notRestored = unique(reports.flatMap((report) => report.notRestored ?? []));
  const adapter = reports.find((report) => report.adapter)?.adapter;
  return {
    filled,
    skipped: [...skippedByTarget.values()],
    conflicts,
    ...(listConflicts.length > 0 ? { listConflicts } : {}),
    ...(irreversible.length > 0 ? { irreversible } : {}),
    ...(notRestored.length > 0 ? { notRestored } : {}),
    ...(adapter ? { adapter } : {}),
  };
}

/** The first of the items that share a key (a box reported by two frames is one conflict). */
function firstOfEach<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(keyOf(item)) && seen.add(keyOf(item)));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
