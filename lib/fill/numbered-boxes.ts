import { describeControl } from './describe-control';
import { controlKind, isEmpty, readValue, type Control } from './find-controls';
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
  return boxes.length >= 2 ? boxes : null;
}

/** Writes one value per box; `target` names the list in the report ("skills:Excel"). */
export function fillNumberedBoxes(run: FillRun, boxes: Control[], values: string[], target: string): void {
  const held = new Set(boxes.map((box) => fold(readValue(box))).filter(Boolean));
  const free = boxes.filter((box) => isEmpty(box));
  for (const value of values) {
    if (held.has(fold(value))) {
      run.report.skipped.push({ target: `${target}:${value}`, reason: 'already-present' });
      continue;
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

/** "competence" for "Compétence 1" / "Compétence n°2" / "1. Compétence", by label, else by name. */
function seriesKey(control: Control): string | null {
  const description = describeControl(control);
  const label = NUMBER.exec(fold(description.label));
  if (label) return `label:${label[1] ?? label[4]}`;
  const name = /^(.*?\D)[\s_-]*\d{1,2}$/.exec((control.getAttribute('name') ?? '').replace(/\[\]$/, ''));
  return name && !description.label ? `name:${name[1]}` : null;
}
