// Fills made one after another before an undo (the counsellor replaced a field after the fill):
// undo takes them all back, the latest first. What none of them could take back is said, including
// what undo itself finds it could not (a radio the page ticks again from its own state), which each
// fill's undo adds to that fill's report.
import type { FillOutcome } from './fill-form';
import type { FillReport } from './fill-plan';

export interface SuccessiveFills {
  reports: FillReport[];
  undo: () => Promise<string[]>;
}

export function addFill(previous: SuccessiveFills | null, outcome: FillOutcome): SuccessiveFills {
  if (!previous) return { reports: [outcome.report], undo: outcome.undo };
  return {
    reports: [...previous.reports, outcome.report],
    undo: async () => [...(await outcome.undo()), ...(await previous.undo())],
  };
}

/** The report undo answers with, read after the undo: the latest fill's, naming what any of the
 *  fills (or their undo) could not take back, and what undo failed to put back. */
export function reportAfterUndo(fills: SuccessiveFills): FillReport {
  const latest = fills.reports.at(-1)!;
  const irreversible = [...new Set(fills.reports.flatMap((report) => report.irreversible ?? []))];
  const notRestored = [...new Set(fills.reports.flatMap((report) => report.notRestored ?? []))];
  return { ...latest, ...(irreversible.length > 0 ? { irreversible } : {}), ...(notRestored.length > 0 ? { notRestored } : {}) };
}
