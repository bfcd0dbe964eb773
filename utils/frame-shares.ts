// A profile split across frames: some portals show the identity and contact boxes in one frame (or
// the page itself) and the career part in another frame of the form provider. The frame chosen
// first fills what it has a place for; what it had no place for goes to the next frame that has,
// each part of the plan to one frame only, so no value is written twice. Which frame took which
// part is remembered: a second fill ("Replace" on a conflict) goes back to it.
import type { FillPlan, FillReport } from '../lib/fill/fill-plan';
import type { SurveyTarget } from '../lib/fill/survey-form';
import { FIELD_KEYS, type FieldKey } from '../lib/types';
import { bestFramesFirst, type FrameSurvey } from './fill-frames';
import type { FilledFrame } from './tab-session';

/** A part of a plan that goes whole to one frame. */
export type PlanPart = FieldKey | 'civility' | 'skills' | 'softSkills' | 'certifications' | 'drivingLicences' | 'languages' | 'experiences' | 'education';

/** A frame that filled, and the parts of the plan it holds: the next fill of them goes there. */
export interface FrameShare extends FilledFrame {
  parts: PlanPart[];
}

/** The parts the plan has something for. The occupations go with the job title (a job list is
 *  offered them when the CV's own title is not among its options). */
export function planParts(plan: FillPlan): PlanPart[] {
  const parts: PlanPart[] = FIELD_KEYS.filter((key) => Boolean(plan.fields[key]) || (key === 'jobTitle' && plan.occupations.length > 0));
  if (plan.civility) parts.push('civility');
  if (plan.skills.length > 0) parts.push('skills');
  if (plan.softSkills.length > 0) parts.push('softSkills');
  if (plan.drivingLicences.length > 0) parts.push('drivingLicences');
  if (plan.certifications.length > 0) parts.push('certifications');
  if (plan.languages.length > 0) parts.push('languages');
  if (plan.experiences.length > 0) parts.push('experiences');
  if (plan.education.length > 0) parts.push('education');
  return parts;
}

/** The plan cut down to these parts: values of the others are not sent to the frame. */
export function planWith(plan: FillPlan, parts: readonly PlanPart[]): FillPlan {
  const keep = new Set(parts);
  const fields: FillPlan['fields'] = {};
  for (const key of FIELD_KEYS) if (keep.has(key) && plan.fields[key]) fields[key] = plan.fields[key];
  return {
    fields,
    skills: keep.has('skills') ? plan.skills : [],
    softSkills: keep.has('softSkills') ? plan.softSkills : [],
    occupations: keep.has('jobTitle') ? plan.occupations : [],
    languages: keep.has('languages') ? plan.languages : [],
    drivingLicences: keep.has('drivingLicences') ? plan.drivingLicences : [],
    certifications: keep.has('certifications') ? plan.certifications : [],
    experiences: keep.has('experiences') ? plan.experiences : [],
    education: keep.has('education') ? plan.education : [],
    overwrite: plan.overwrite.filter((key) => keep.has(key)),
    ...(keep.has('civility') && plan.civility ? { civility: plan.civility } : {}),
  };
}

/** The parts a survey target, or a report entry ("skills:Excel", "experience:0.start"), is about. */
export function partsOf(target: string): PlanPart[] {
  const head = target.split(/[:.]/)[0]!;
  if (head === 'fullName') return ['firstName', 'lastName'];
  if (head === 'emailConfirmation') return ['email'];
  if ((FIELD_KEYS as readonly string[]).includes(head)) return [head as FieldKey];
  switch (head) {
    case 'civility':
    case 'skills':
    case 'softSkills':
    case 'certifications':
      return [head];
    case 'drivingLicence':
    case 'drivingLicences':
      return ['drivingLicences'];
    case 'language':
    case 'languages':
      return ['languages'];
    case 'experience':
      return ['experiences'];
    // The diploma asked as a level is written from the education: one frame takes both.
    case 'education':
    case 'educationLevel':
      return ['education'];
    default:
      return [];
  }
}

/** The parts a frame has a place for, from the targets its survey found. */
export function partsOfSurvey(found: readonly SurveyTarget[]): PlanPart[] {
  return [...new Set(found.flatMap(partsOf))];
}

/**
 * The parts of `plan` a frame's report placed nowhere: nothing of them was written, and nothing
 * was skipped for a reason other than "not-found". A box the person had typed in (a conflict), a
 * list without the option, a date too vague: the frame has the place, the part stays its own.
 */
export function partsLeftOver(plan: FillPlan, report: FillReport): PlanPart[] {
  const placed = new Set<PlanPart>([
    ...report.filled.flatMap(partsOf),
    ...report.skipped.filter((entry) => entry.reason !== 'not-found').flatMap((entry) => partsOf(entry.target)),
    ...report.conflicts.map((conflict) => conflict.key),
  ]);
  return planParts(plan).filter((part) => !placed.has(part));
}

/** An e-mail or phone box in a frame that asks no name is a job alert, a newsletter or a sign-in,
 *  not the profile's contact: the person's address is not handed to it. */
const CONTACT_PARTS: ReadonlySet<PlanPart> = new Set(['email', 'phone']);
const NAME_PARTS: ReadonlySet<PlanPart> = new Set(['firstName', 'lastName']);

/**
 * Which other frame takes which of the parts left over: the frames best first (most places for
 * the plan, then the top frame, then the frame created first), each given the parts it has a place
 * for that no frame before it took (an e-mail or phone box only where the frame asks a name too).
 * A part no frame has a place for is given to none.
 */
export function shareLeftovers(leftOver: readonly PlanPart[], others: readonly FrameSurvey[]): { frame: FrameSurvey; parts: PlanPart[] }[] {
  const left = new Set(leftOver);
  const shares: { frame: FrameSurvey; parts: PlanPart[] }[] = [];
  for (const frame of bestFramesFirst(others)) {
    if (frame.found <= 0) continue;
    const places = partsOfSurvey(frame.places ?? []);
    const parts = places.filter((part) => left.has(part) && (!CONTACT_PARTS.has(part) || places.some((place) => NAME_PARTS.has(place))));
    if (parts.length === 0) continue;
    for (const part of parts) left.delete(part);
    shares.push({ frame, parts });
  }
  return shares;
}

/**
 * A second fill goes back to the frames that took each part: each recorded frame is given the
 * plan's parts it holds. The parts no recorded frame holds (new in this plan, or held by no frame
 * any more) are returned as `unrouted`: they are looked for as in a first fill.
 */
export function routeToRecorded(plan: FillPlan, recorded: readonly FrameShare[]): { sends: { frame: FrameShare; parts: PlanPart[] }[]; unrouted: PlanPart[] } {
  const wanted = planParts(plan);
  const sends = recorded
    .map((frame) => ({ frame, parts: wanted.filter((part) => frame.parts.includes(part)) }))
    .filter((send) => send.parts.length > 0);
  const routed = new Set(sends.flatMap((send) => send.parts));
  return { sends, unrouted: wanted.filter((part) => !routed.has(part)) };
}

/**
 * The record after a fill: each frame that filled holds the parts it was last given (a part is
 * held by one frame only). A frame that filled keeps its place in the record even when it holds
 * nothing any more: undo must still reach what it wrote.
 */
export function recordShares(recorded: readonly FrameShare[], filled: readonly FrameShare[]): FrameShare[] {
  const moved = new Set(filled.flatMap((share) => share.parts));
  const next: FrameShare[] = recorded.map((share) => ({ ...share, parts: share.parts.filter((part) => !moved.has(part)) }));
  for (const share of filled) {
    const known = next.find((other) => other.frameId === share.frameId && other.origin === share.origin);
    if (known) known.parts = [...new Set([...known.parts, ...share.parts])];
    else next.push({ frameId: share.frameId, origin: share.origin, parts: [...share.parts] });
  }
  return next;
}

/** A record read from storage: a frame recorded without parts (before parts were recorded) holds none. */
export function asShares(recorded: readonly FilledFrame[]): FrameShare[] {
  return recorded.map((frame) => ({ frameId: frame.frameId, origin: frame.origin, parts: Array.isArray(frame.parts) ? frame.parts : [] }));
}

/**
 * One report for the review screen from the frames that filled: a frame's "not found" for a part
 * it handed on to another frame is not kept (that frame's report says what became of it).
 */
export function withoutHandedOn(report: FillReport, handedOn: readonly PlanPart[]): FillReport {
  if (handedOn.length === 0) return report;
  const given = new Set(handedOn);
  return { ...report, skipped: report.skipped.filter((entry) => !partsOf(entry.target).some((part) => given.has(part))) };
}
