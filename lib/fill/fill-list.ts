import { describeControl } from './describe-control';
import { controlKind, isEmpty, readValue, type Control } from './find-controls';
import { writeValue, type FillRun } from './fill-journal';
import { addTag, removeTag, tagWidgetOf, type TagOutcome } from './fill-tag-input';
import { fold } from './fold-text';
import { chooseInMenu } from './fill-menu';
import { bestOptionIndex, pickOption } from './match-option';
import { chosenValues, syncSelectWidget } from './sync-select-widget';

/**
 * Writes a list (skills, soft skills…) into one control the way the control takes it: one chip
 * per value in a tag input, the options of a multiple select, or one text with the separator the
 * field asks for ("séparées par des virgules", "one per line"), as much as fits its maxlength.
 * `target` names the list in the report: "skills:Excel".
 */
export async function fillList(run: FillRun, control: Control, values: string[], target: string): Promise<void> {
  const kind = controlKind(control);
  if (kind === 'select') return fillMultipleSelect(run, control as HTMLSelectElement, values, target);
  if (kind === 'menu') return fillMenu(run, control, values, target);
  if (kind === 'input') {
    const widget = tagWidgetOf(control);
    const first = widget && values[0] !== undefined ? await addTag(widget, values[0], run) : null;
    if (widget && first && first.status !== 'not-a-tag-input') {
      const record = (outcome: TagOutcome, value: string) => {
        if (outcome.status === 'added') {
          for (const chip of outcome.chips) run.steps.push(async () => void (await removeTag(widget, chip, run.settle)));
          run.report.filled.push(`${target}:${value}`);
          run.highlight(control);
        } else {
          run.report.skipped.push({ target: `${target}:${value}`, reason: outcome.status === 'present' ? 'already-present' : 'rejected-by-page' });
        }
      };
      record(first, values[0]!);
      for (const value of values.slice(1)) record(await addTag(widget, value, run), value);
      return;
    }
  }
  if (!isEmpty(control)) {
    run.report.skipped.push({ target, reason: 'not-empty' });
    return;
  }
  const separator = separatorFor(control);
  const maxLength = Number(control.getAttribute('maxlength') ?? 'NaN');
  const kept: string[] = [];
  for (const value of values) {
    const text = [...kept, value].join(separator);
    if (Number.isFinite(maxLength) && maxLength > 0 && text.length > maxLength) {
      run.report.skipped.push({ target: `${target}:${value}`, reason: 'too-long' });
      continue;
    }
    kept.push(value);
  }
  if (kept.length === 0) return;
  writeValue(run, control, kept.join(separator), target);
  run.report.filled.push(...kept.map((value) => `${target}:${value}`));
  if (readValue(control).trim() === '') run.report.skipped.push({ target, reason: 'rejected-by-page' });
}

/** The separator the field asks for in its label or hint; one per line in a text area by default. */
export function separatorFor(control: Control): string {
  const description = describeControl(control);
  const words = fold(`${description.label} ${description.hint}`);
  const multiline = controlKind(control) !== 'input';
  if (/point virgule|semicolon/.test(words) || /;/.test(description.hint)) return '; ';
  if (/virgule|comma/.test(words)) return ', ';
  if (multiline && /ligne|line/.test(words)) return '\n';
  return multiline ? '\n' : ', ';
}

function fillMultipleSelect(run: FillRun, select: HTMLSelectElement, values: string[], target: string): void {
  if (!select.multiple) {
    const option = pickOption(select, values.slice(0, 1));
    if (!option || !isEmpty(select)) {
      run.report.skipped.push({ target, reason: option ? 'not-empty' : 'no-matching-option' });
      return;
    }
    writeValue(run, select, option.value, target);
    run.report.filled.push(`${target}:${values[0]}`);
    return;
  }
  const previous = [...select.options].map((option) => option.selected);
  const previousValues = chosenValues(select);
  let changed = false;
  for (const value of values) {
    const option = pickOption(select, [value], 0.85);
    if (!option) {
      run.report.skipped.push({ target: `${target}:${value}`, reason: 'no-matching-option' });
      continue;
    }
    if (!option.selected) {
      option.selected = true;
      changed = true;
    }
    run.report.filled.push(`${target}:${value}`);
  }
  if (!changed) return;
  const chosen = chosenValues(select);
  const announce = (values: string[]) => {
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // Tom Select and Choices.js do not follow the list's change: shown the same choices.
    syncSelectWidget(select, values);
  };
  announce(chosen);
  run.highlight(select);
  run.steps.push(() => {
    [...select.options].forEach((option, index) => {
      option.selected = previous[index] ?? false;
    });
    announce(previousValues);
  });
}

/** A custom select menu holds one choice: the first value, as a single native select does. */
async function fillMenu(run: FillRun, menu: Control, values: string[], target: string): Promise<void> {
  if (!isEmpty(menu)) {
    run.report.skipped.push({ target, reason: 'not-empty' });
    return;
  }
  const outcome = await chooseInMenu(run, menu, (options) => bestOptionIndex(options, values.slice(0, 1)), target);
  if (outcome === 'no-matching-option') run.report.skipped.push({ target, reason: 'no-matching-option' });
  else run.report.filled.push(`${target}:${values[0]}`);
}
