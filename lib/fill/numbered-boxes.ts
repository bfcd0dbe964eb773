import { describeControl } from './describe-control';
import { controlKind, isEmpty, readValue, type Control } from './find-controls';
import { clickSafely } from './click-safely';
import { ADD_VERB, buttonName, CLICKABLE, REMOVE } from './find-groups';
import { writeValue, type FillRun } from './fill-journal';
import { fold } from './fold-text';

/**
 * A list asked one item per box: "Compétence 1", "Compétence 2", "Compétence 3" (or names
 * competence_1, competence_2…). Each value goes into the next empty box, in order; a box the person
 * filled stays theirs; a value already in a box is not written twice; what finds no box is
 * reported ("no-room").
 */
const NUMBER = /^(?:(.*?)\s+(?:n\s*)?(\d{1,2})|(\d{1,2})\s+(.*))$/;

/** The boxes of the numbered series the control belongs to, in page order; null when it is alone. */
export function numberedBoxesOf(control: Control, controls: Control[]): Control[] | null {
  const key = seriesKey(control);
  if (key === null) return null;
  const kind = controlKind(control);
  const boxes = controls.filter((other) => controlKind(other) === kind && seriesKey(other) === key && other.closest('form') === control.closest('form'));
  // "Compétence 1" alone is the first of a series the page lets one lengthen.
  return boxes.length >= 2 || /(^|\s)1$|^1\s/.test(fold(describeControl(control).label)) ? boxes : null;
}

/** Writes one value per box, adding a box with the page's own button ("+ Ajouter une compétence")
 *  when they are all taken; `target` names the list in the report ("skills:Excel"). */
export async function fillNumberedBoxes(run: FillRun, boxes: Control[], values: string[], target: string): Promise<void> {
  const held = new Set(boxes.map((box) => fold(readValue(box))).filter(Boolean));
  const free = boxes.filter((box) => isEmpty(box));
  let known = boxes;
  let canAdd = true;
  for (const value of values) {
    if (held.has(fold(value))) {
      run.report.skipped.push({ target: `${target}:${value}`, reason: 'already-present' });
      continue;
    }
    if (free.length === 0 && canAdd) {
      const added = await addBox(run, known, target);
      if (added) {
        known = [...known, added];
        free.push(added);
      } else canAdd = false;
    }
    const box = free.shift();
    if (!box) {
      run.report.skipped.push({ target: `${target}:${value}`, reason: 'no-room' });
      continue;
    }
    writeValue(run, box, value, `${target}:${value}`);
    run.report.filled.push(`${target}:${value}`);
  }
}

/** Clicks the series' add button and returns the box it added; undo removes the box with its own
 *  remove button, if it has one (else the box is only emptied). */
async function addBox(run: FillRun, boxes: Control[], target: string): Promise<Control | null> {
  const first = boxes[0]!;
  const key = seriesKey(first);
  const words = (key ?? '').replace(/^(label|name):/, '').split(/[\s_-]+/).map((word) => fold(word).replace(/s$/, '')).filter((word) => word.length > 3);
  const scope = first.closest('form') ?? first.ownerDocument.body;
  const button = [...scope.querySelectorAll<HTMLElement>(CLICKABLE)].find((candidate) => {
    const name = buttonName(candidate);
    return ADD_VERB.test(name) && words.some((word) => name.includes(word)) && run.isVisible(candidate);
  });
  if (!button) return null;
  clickSafely(button);
  await run.settle();
  const added = (numberedBoxesOf(first, run.scan()) ?? []).find((box) => !boxes.includes(box));
  if (!added) return null;
  const remove = removeButtonNear(added, boxes);
  // Pushed before the value's own undo step: undo runs last first, so the value goes, then the box.
  run.steps.push({
    target,
    undo: () => {
      if (remove?.isConnected) clickSafely(remove);
    },
  });
  return added;
}

/** A remove button ("Supprimer", "×") beside the box, in the part that holds no other box of it. */
function removeButtonNear(box: Control, others: Control[]): HTMLElement | null {
  let part: Element = box;
  for (let parent = box.parentElement; parent; parent = parent.parentElement) {
    const around = parent;
    if (others.some((other) => around.contains(other))) break;
    part = around;
  }
  return [...part.querySelectorAll<HTMLElement>(CLICKABLE)].find((button) => REMOVE.test(buttonName(button))) ?? null;
}

/** "competence" for "Compétence 1" / "Compétence n°2" / "1. Compétence", by label, else by name. */
function seriesKey(control: Control): string | null {
  const description = describeControl(control);
  const label = NUMBER.exec(fold(description.label));
  if (label) return `label:${label[1] ?? label[4]}`;
  const name = /^(.*?\D)[\s_-]*\d{1,2}$/.exec((control.getAttribute('name') ?? '').replace(/\[\]$/, ''));
  return name && !description.label ? `name:${name[1]}` : null;
}
