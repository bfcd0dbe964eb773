// Fill, "Replace" on a conflict, and undo, from the review screen, with what the last fill reported:
// the page's values the CV's would have replaced (conflicts), what found no place in the form, and
// what the undo cannot take back. Nothing is written without the person's confirmed decisions.
import { useEffect, useState } from 'preact/hooks';
import { buildFillPlan, type Decisions } from '../lib/fill/build-fill-plan';
import { emptyFillPlan, fillPlanIsEmpty, isListBox, type FillPlan, type FillReport } from '../lib/fill/fill-plan';
import type { CvProfile } from '../lib/types';
import type { FillResponse } from '../utils/messages';
import { conflictsOf, type ConflictKey, type FillConflict } from './FillConflicts';
import { failureNotice, filledNotice } from './review-notices';
import { sendToBackground } from './send-to-background';
import { actionableSkips, describeTarget } from './UnfilledList';
import type { Translate } from './use-settings';

interface Options {
  tabId: number | null;
  profile: CvProfile | null;
  /** The CV's reading: another one makes the last fill's report about someone else. */
  runId: string | null;
  decisions: Decisions;
  setDecisions: (next: Decisions) => void;
  setNotice: (notice: string | null) => void;
  t: Translate;
  language: 'fr' | 'en';
}

/** What undo cannot take back: a fill adds its own; a fill that failed wrote nothing, so what earlier
 *  fills could not take back still holds. */
export type Irreversible = { target: string; plan: FillPlan }[];

export function afterFill(irreversible: Irreversible, response: FillResponse | undefined, plan: FillPlan): Irreversible {
  if (!response?.ok) return irreversible;
  return [...irreversible, ...(response.report.irreversible ?? []).map((target) => ({ target, plan }))];
}

/** Undo's answer names what the fills could not take back, and what undo found it could not (a
 *  radio the page ticks again from its own state): the notice says both. */
export function afterUndo(irreversible: Irreversible, response: FillResponse | undefined, plan: FillPlan | undefined): Irreversible {
  return plan ? afterFill(irreversible, response, plan) : irreversible;
}

/**
 * What the review screen says after an undo: the form is back as before, except what the page keeps
 * (a menu with no empty choice), what the person changed since (theirs, kept), and what undo tried
 * and failed to put back (the page broke the control): each named, to correct by hand.
 */
export function undoNotice(response: FillResponse | undefined, irreversible: Irreversible, plan: FillPlan | undefined, t: Translate, language: 'fr' | 'en'): string {
  if (!response?.ok) return failureNotice(response, t);
  const name = (targets: string[]) => (plan ? [...new Set(targets.map((target) => describeTarget(target, plan, t, language)))] : []);
  const kept = keptByUndo(afterUndo(irreversible, response, plan), t, language);
  const edited = name(response.editedSince ?? []);
  const failed = name(response.report.notRestored ?? []);
  const undone =
    kept.length > 0 ? t('review.status.undone-except', { fields: kept.join(', ') })
    : failed.length > 0 ? t('review.status.undone-except-failed', { fields: failed.join(', ') })
    : t('review.status.undone');
  const failedToo = kept.length > 0 && failed.length > 0 ? ` ${t('review.status.undo-failed', { fields: failed.join(', ') })}` : '';
  return `${undone}${failedToo}${edited.length > 0 ? ` ${t('review.status.undone-kept-edits', { fields: edited.join(', ') })}` : ''}`;
}

/** Those targets as the counsellor knows them, each once. */
export function keptByUndo(irreversible: Irreversible, t: Translate, language: 'fr' | 'en'): string[] {
  return [...new Set(irreversible.map(({ target, plan }) => describeTarget(target, plan, t, language)))];
}

export function useFill({ tabId, profile, runId, decisions, setDecisions, setNotice, t, language }: Options) {
  const [conflicts, setConflicts] = useState<FillConflict[]>([]);
  const [unfilled, setUnfilled] = useState<{ skipped: FillReport['skipped']; plan: FillPlan } | null>(null);
  /** What the fills since the last undo wrote that undo cannot take back, each with the plan that
   *  names it: undo puts the page back as before the first of them. */
  const [irreversible, setIrreversible] = useState<Irreversible>([]);
  // A new CV read in the tab (or its data cleared): the last fill's report is about another one.
  useEffect(() => {
    setUnfilled(null);
    setConflicts([]);
    setIrreversible([]);
  }, [runId]);

  const fill = async () => {
    if (!profile || tabId === null) return;
    const plan = buildFillPlan(profile, decisions);
    if (fillPlanIsEmpty(plan)) {
      setNotice(t('review.status.fill-nothing'));
      return;
    }
    const response = (await sendToBackground({ target: 'background', type: 'fill', tabId, plan })) as FillResponse;
    setNotice(response?.ok ? filledNotice(response, t) : failureNotice(response, t));
    setConflicts(response?.ok ? conflictsOf(response.report) : []);
    setUnfilled(response?.ok ? { skipped: actionableSkips(response.report), plan } : null);
    setIrreversible(afterFill(irreversible, response, plan));
  };

  /** The user chose the CV's value over what the page held: fill that one field (or the skills or
   *  savoir-être box with the confirmed list), explicitly. */
  const replace = async (key: ConflictKey) => {
    if (!profile || tabId === null) return;
    let single: FillPlan;
    if (isListBox(key)) {
      // The box gets what the fill would have written in it: the qualities go with the skills
      // when the page has no savoir-être box of its own.
      const plan = buildFillPlan(profile, decisions);
      single = { ...emptyFillPlan(), softSkills: plan.softSkills, ...(key === 'skills' ? { skills: plan.skills } : {}), overwrite: [key] };
    } else {
      const rowKey = `field:${key}`;
      const next = { ...decisions, [rowKey]: { ...decisions[rowKey], status: 'accepted' as const, overwrite: true } };
      setDecisions(next);
      single = { ...emptyFillPlan(), fields: { [key]: buildFillPlan(profile, next).fields[key] }, overwrite: [key] };
    }
    const response = (await sendToBackground({ target: 'background', type: 'fill', tabId, plan: single })) as FillResponse;
    setNotice(response?.ok ? filledNotice(response, t) : failureNotice(response, t));
    setConflicts(conflicts.filter((conflict) => conflict.key !== key));
  };

  /** The user keeps the page's value: the conflict is set aside, nothing is written. */
  const keep = (key: ConflictKey) => setConflicts(conflicts.filter((c) => c.key !== key));

  const undo = async () => {
    if (tabId === null) return;
    const response = (await sendToBackground({ target: 'background', type: 'undo', tabId })) as FillResponse;
    const plan = irreversible.at(-1)?.plan ?? unfilled?.plan;
    setNotice(undoNotice(response, irreversible, plan, t, language));
    if (response?.ok) {
      setUnfilled(null);
      setIrreversible([]);
    }
  };

  return { conflicts, unfilled, fill, replace, keep, undo };
}
