import type { SiteAdapter } from './adapters/site-adapter';
import { controlAt, placeOf, type ControlPlace } from './control-place';
import { controlKind, controlType, isChecked, labelsOf, readValue, type Control, type VisibilityCheck } from './find-controls';
import type { FillPlan, FillReport } from './fill-plan';
import { restoreMarkup, setChecked, setControlValue } from './set-control-value';

/** One way back: `undo` undoes one change the fill made, and returns the target when it left the
 *  control alone because the person changed it since the fill (undo never takes back their own
 *  edit). `target` names the change ("phone", "experience:0.title", a box's label) should undo fail. */
export interface UndoStep {
  target: string;
  undo: () => void | string | Promise<void | string>;
}

/** What undoing needs of the run: its pauses, and its report, where a step that failed is named. */
export type UndoRun = Pick<FillRun, 'tick' | 'settle' | 'report'>;

/** Everything one fill needs and records as it goes. */
export interface FillRun {
  root: Document;
  plan: FillPlan;
  report: FillReport;
  /** Undo steps, in the order the changes were made. */
  steps: UndoStep[];
  /** Every value written (and the one it replaced), to check the page kept them after re-rendering. */
  written: { control: Control; value: string; previous: string; target: string }[];
  isVisible: VisibilityCheck;
  settle: () => Promise<void>;
  /**
   * Lets the page render between two writes, as it does between two keystrokes of a person: a
   * component whose handlers close over the last render would otherwise lose the first write.
   */
  tick: () => Promise<void>;
  adapter: SiteAdapter | null;
  /** The fillable controls now (the page changes as groups are added). */
  scan: () => Control[];
  /** The page's language ("fr", "en"…), for values written as words. */
  pageLanguage: string;
  highlight: (control: Control) => void;
}

/**
 * Writes a value and records the exact previous one (the markup, for a rich-text region) so undo
 * puts it back. `steps` is where the undo goes: the run's, or a new entry's own list.
 */
export function writeValue(run: FillRun, control: Control, value: string, target: string, steps: UndoStep[] = run.steps): void {
  rememberPlace(control);
  const before = readValue(control);
  if (controlKind(control) !== 'editable') {
    setControlValue(control, value);
    noteWrite(run, control, value, before, target, steps);
    return;
  }
  const previous = control.innerHTML;
  setControlValue(control, value);
  steps.push({
    target,
    undo: () => {
      const current = stillThere(control);
      if (current) restoreMarkup(current, previous);
    },
  });
  recordWritten(run, control, value, before, target);
  run.highlight(control);
}

/**
 * Records a value already written into a text control, typed or chosen from a page's list: undo
 * puts `previous` back (then runs `afterUndo`, for what the page keeps beside the box), keepValues
 * checks the page kept `written`.
 */
export function noteWrite(
  run: FillRun,
  control: Control,
  written: string,
  previous: string,
  target: string,
  steps: UndoStep[] = run.steps,
  afterUndo?: (control: Control) => void | Promise<void>,
): void {
  rememberPlace(control);
  const shown = readValue(control);
  // A control the page has since removed is not written: its stale handlers would revive it.
  steps.push({
    target,
    undo: async () => {
      const current = stillThere(control);
      if (!current) return;
      const now = readValue(current);
      if (now !== previous && editedSince(now, [written, shown])) return target;
      setControlValue(current, previous);
      await afterUndo?.(current);
    },
  });
  recordWritten(run, control, written, previous, target);
  run.highlight(control);
}

/**
 * Notes a written value for keepValues: the one the page shows (it may have reformatted it), or
 * the one written when the page emptied the control at once (a picker that erases on blur what was
 * not chosen from its list): that is a value lost, not an empty one kept.
 */
export function recordWritten(run: FillRun, control: Control, written: string, previous: string, target: string): void {
  rememberPlace(control);
  const shown = readValue(control);
  run.written.push({ control, value: shown.trim() === '' && written.trim() !== '' ? written : shown, previous, target });
}

/** `target` names the answer in the report ("drivingLicences", "language:en") should undo be
 *  unable to take it back; the box's label otherwise. */
export function writeChecked(run: FillRun, input: Control, checked: boolean, steps: UndoStep[] = run.steps, target?: string): void {
  const previous = isChecked(input);
  if (previous === checked) return;
  rememberPlace(input);
  setChecked(input as HTMLInputElement, checked);
  const answer = checked && controlType(input) === 'radio';
  steps.push({
    target: target ?? boxName(input),
    undo: async () => {
      const current = stillThere(input);
      if (!current || isChecked(current) === previous) return;
      // Ticked back by the person since (a box they unticked): theirs to keep.
      if (isChecked(current) !== checked) return boxName(current);
      setChecked(current as HTMLInputElement, previous);
      if (!answer) return;
      // No event takes a radio group back to "no answer": a page whose state holds the answer
      // (React's `checked={state === value}`, Vue's v-model) ticks it again. Said, not claimed undone.
      await run.tick();
      const now = stillThere(input);
      if (now && isChecked(now)) (run.report.irreversible ??= []).push(target ?? boxName(now));
    },
  });
  run.highlight(input);
}

/** What a person reads beside a box ("Permis B"), to name it when undo leaves it to them. */
function boxName(box: Control): string {
  const label = labelsOf(box).map((found) => found.textContent?.replace(/\s+/g, ' ').trim() ?? '').find(Boolean);
  return label || box.getAttribute('aria-label') || (box as HTMLInputElement).value || (box as HTMLInputElement).name;
}

/** Where each control the fill met sat, to find it again once a framework re-created it. */
const places = new WeakMap<Control, ControlPlace>();

/** Notes where a control sits now (before a write that may make the page render anew). */
export function rememberPlace(control: Control): void {
  if (control.isConnected) places.set(control, placeOf(control));
}

/**
 * The control, or the one the page rendered in its place (same id, else same name and position in
 * the same form): a framework may re-create a field, or the whole form. A control removed for good
 * is not written: its stale handlers could revive old state.
 */
export function stillThere(control: Control): Control | null {
  if (control.isConnected) return control;
  const place = places.get(control);
  return place ? controlAt(place) : null;
}

/**
 * Runs undo steps last first, letting the page render between two (steps that click, for chips
 * and entries, wait for the page themselves), then once more at the end. Returns the targets left
 * as the person changed them since the fill, each once. A step that fails (the page broke its
 * control) does not stop the others; its target is named in the report's `notRestored`.
 */
export async function undoSteps(steps: UndoStep[], run: UndoRun): Promise<string[]> {
  const editedTargets = new Set<string>();
  for (const step of [...steps].reverse()) {
    try {
      const kept = await step.undo();
      if (typeof kept === 'string') editedTargets.add(kept);
    } catch {
      const failed = (run.report.notRestored ??= []);
      if (!failed.includes(step.target)) failed.push(step.target);
    }
    await run.tick();
  }
  await run.settle();
  return [...editedTargets];
}

/** The control no longer shows what the fill wrote, nor the page's own shaping of it ("06 12 34 56
 *  78" for "0612345678", a capital added): the person typed something else since. */
export function editedSince(current: string, written: string[]): boolean {
  const plain = (text: string) => text.normalize('NFKD').replace(/[^\p{L}\p{N}@]/gu, '').toLowerCase();
  return !written.some((value) => plain(value) === plain(current));
}
