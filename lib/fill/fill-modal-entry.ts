import { clickSafely } from './click-safely';
import { controlKind, isDisabled, type Control } from './find-controls';
import { buttonName, removeButtonOf, type GroupSection } from './find-groups';
import { undoSteps, type FillRun, type UndoStep } from './fill-journal';
import type { FillPlan } from './fill-plan';
import { fold } from './fold-text';
import { pressKey } from './set-control-value';

/**
 * Entries added through a dialog: "Ajouter une expérience" opens a <dialog> (or an aria-modal box:
 * Bootstrap, MUI, DSFR) holding one entry's fields, and its "Enregistrer" appends a line to the
 * list under the group's heading. The fill does what a person does: fills the dialog, saves, and
 * checks the line appeared. A dialog the page does not close on save (a field it requires, a
 * value it refuses) is emptied and closed: never left open half-filled.
 */

const MODAL = 'dialog[open], [aria-modal="true"], [role="dialog"], [role="alertdialog"], .modal.show, .modal.in, .fr-modal--opened';
const CLICKABLE = 'button, [role="button"], input[type="button"], input[type="submit"], a[role="button"], a[href="#"], a:not([href])';
const SAVE = /^(enregistrer|sauvegarder|valider|ajouter|confirmer|appliquer|terminer|ok|save|add|confirm|apply|done|submit)(\s|$)/;
const CLOSE = /^(annuler|fermer|cancel|close|dismiss|[×✕✖╳]|x)(\s|$)/;

/** The dialog a control sits in, when it is one a person sees now. */
export function openModalOf(control: Control, isVisible: (element: Element) => boolean): Element | null {
  const modal = control.closest(MODAL);
  return modal && isVisible(modal) ? modal : null;
}

/** The entry's line is already in the list the dialog fills (the person added it): its title and
 *  employer, or its degree and school, are written there. */
export function listsEntry(group: GroupSection, entry: FillPlan['experiences'][number] | FillPlan['education'][number]): boolean {
  const [main, other] = 'title' in entry ? [entry.title, entry.employer] : [entry.degree, entry.school];
  if (!main) return false;
  const words = [main, other].filter((word): word is string => Boolean(word)).map(fold);
  return [...group.section.querySelectorAll('li, tr, article, [role="listitem"], [role="row"], .card, p, div')].some((line) => {
    if (line.querySelector('li, tr, article, [role="listitem"], [role="row"]')) return false;
    const text = fold(line.textContent ?? '');
    return words.every((word) => containsWords(text, word));
  });
}

/**
 * Saves the filled dialog. Returns the undo of the line it added (its own remove button), or null
 * when the page kept the dialog open or added no line: then what the fill wrote in it is taken
 * back and the dialog closed.
 */
export async function saveModalEntry(run: FillRun, group: GroupSection, modal: Element, rowSteps: UndoStep[], key: string): Promise<UndoStep | null> {
  const before = new Set(group.section.querySelectorAll('*'));
  const save = saveButtonOf(modal);
  if (save) {
    clickSafely(save);
    await run.settle();
  }
  const line = save ? addedLine(group, before) : null;
  if (!line || isOpen(run, modal)) {
    await undoSteps(rowSteps, run);
    await closeModal(run, modal);
    // The page added a line though it kept the dialog open: taken away again, with its button.
    if (line) removeLine(line, group);
    return null;
  }
  return {
    target: key,
    undo: async () => {
      if (!line.isConnected) return;
      const remove = removeButtonOf(line, group);
      // A line without a remove button stays: named, for the counsellor to take it away.
      if (!remove) return key;
      clickSafely(remove);
      await run.settle();
    },
  };
}

/** Closes a dialog the way a person does: its cancel or close button, else Escape. */
export async function closeModal(run: FillRun, modal: Element): Promise<void> {
  if (!isOpen(run, modal)) return;
  const close = buttonsOf(modal).find((button) => CLOSE.test(buttonName(button)) || /(^|\s)(btn-close|close|fr-btn--close)(\s|$)/.test(button.className?.toString() ?? '') || button.hasAttribute('data-bs-dismiss') || button.hasAttribute('data-dismiss'));
  if (close) clickSafely(close);
  else pressKey(modal as HTMLElement, 'Escape');
  await run.settle();
  if (isOpen(run, modal) && modal.tagName === 'DIALOG') (modal as HTMLDialogElement).close();
}

/** A React or Vue dialog is unmounted when it closes: gone is closed. */
function isOpen(run: FillRun, modal: Element): boolean {
  return modal.isConnected && run.isVisible(modal);
}

/** The button that saves the entry: one saying so, else the dialog's only submit button. */
function saveButtonOf(modal: Element): HTMLElement | null {
  const buttons = buttonsOf(modal).filter((button) => !CLOSE.test(buttonName(button)));
  // "Enregistrer" before "Enregistrer et ajouter une autre", which keeps the dialog open.
  const named = buttons.filter((button) => SAVE.test(buttonName(button))).sort((a, b) => buttonName(a).length - buttonName(b).length)[0];
  if (named) return named;
  const submits = buttons.filter((button) => (button.getAttribute('type') ?? (button.tagName === 'BUTTON' ? 'submit' : '')).toLowerCase() === 'submit');
  return submits.length === 1 ? submits[0]! : null;
}

function buttonsOf(modal: Element): HTMLElement[] {
  return [...modal.querySelectorAll<HTMLElement>(CLICKABLE)].filter((button) => !isDisabled(button as Control) && controlKind(button) === null);
}

/** The outermost element the save added under the group's heading, if it added one. */
function addedLine(group: GroupSection, before: Set<Element>): Element | null {
  const added = [...group.section.querySelectorAll('*')].filter((element) => !before.has(element) && (!element.parentElement || before.has(element.parentElement)));
  return added.length === 1 ? added[0]! : (added.find((element) => element.matches('li, tr, article, [role="listitem"], [role="row"]')) ?? null);
}

function removeLine(line: Element, group: GroupSection): void {
  const remove = removeButtonOf(line, group);
  if (remove) clickSafely(remove);
}

function containsWords(text: string, words: string): boolean {
  return ` ${text} `.includes(` ${words} `);
}
