import { clickSafely } from './click-safely';
import { isChecked, readValue, type Control } from './find-controls';
import { removeButtonOf, type GroupRow, type GroupSection } from './find-groups';
import { rememberPlace, stillThere, undoSteps, type FillRun, type UndoStep } from './fill-journal';

const ENTRY_CONTROLS = 'input, select, textarea, [contenteditable="true"], [contenteditable=""]';

/** The undo of an entry the fill added, and `seal`, to call once the entry is filled. */
export interface AddedEntryUndo {
  step: UndoStep;
  seal: () => void;
}

/**
 * Undo of an entry the fill added with the group's add button: its own remove button ("Supprimer",
 * "Retirer", a × named by aria-label), found again when the page has rendered the entry anew; its
 * fields emptied when it has none. An entry the person wrote in since the fill is theirs: only what
 * the fill wrote is taken back, and the entry's key returned, as undo does for any edited field.
 */
export function undoAddedEntry(run: FillRun, group: GroupSection, row: GroupRow, rowSteps: UndoStep[], key: string): AddedEntryUndo {
  const first = row.fields[0]?.control;
  const depth = first ? levelsBetween(first, row.element) : -1;
  let sealed: { control: Control; state: string }[] = [];
  const seal = () => {
    const controls = row.element.isConnected ? [...row.element.querySelectorAll<Control>(ENTRY_CONTROLS)] : row.fields.map(({ control }) => control);
    controls.forEach(rememberPlace);
    sealed = controls.map((control) => ({ control, state: stateOf(control) }));
  };
  const undo = async (): Promise<string | void> => {
    const edited = sealed.some(({ control, state }) => {
      const current = stillThere(control);
      return current !== null && stateOf(current) !== state;
    });
    if (edited) {
      await undoSteps(rowSteps, run);
      return key;
    }
    const element = row.element.isConnected ? row.element : renderedAgain(first, depth);
    const button = element ? removeButtonOf(element, group) : null;
    if (element && button) {
      clickSafely(button);
      await run.settle();
      if (!element.isConnected) return;
    }
    await undoSteps(rowSteps, run);
  };
  return { step: { target: key, undo }, seal };
}

/** What a person sees in a control: its value and, for a box, its tick. */
function stateOf(control: Control): string {
  return `${readValue(control)}|${String(isChecked(control))}`;
}

function levelsBetween(control: Element, ancestor: Element): number {
  let levels = 0;
  for (let node: Element | null = control; node && node !== ancestor; node = node.parentElement) levels += 1;
  return levels;
}

/** The entry the page rendered in place of the one the fill added: as far above the new copy of
 *  its first control as the entry was above the control. */
function renderedAgain(first: Control | undefined, depth: number): Element | null {
  const current = first ? stillThere(first) : null;
  if (!current || depth < 0) return null;
  let element: Element | null = current;
  for (let level = 0; element && level < depth; level += 1) element = element.parentElement;
  return element && element !== element.ownerDocument.body ? element : null;
}
