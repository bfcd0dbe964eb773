import { describeControl } from './describe-control';
import { controlKind, isEmpty, readValue, type Control } from './find-controls';
import { noteWrite, rememberPlace, stillThere, writeValue, type FillRun } from './fill-journal';
import { addTag, chipTexts, leaveTagInput, removeTag, tagWidgetOf, type TagOutcome, type TagWidget } from './fill-tag-input';
import { isListBox } from './fill-plan';
import { fold } from './fold-text';
import { maxLengthOf } from './stated-length-limit';
import { chooseInMenu } from './fill-menu';
import { bestOptionIndex, pickOption } from './match-option';
import { pickInSelect2 } from './pick-in-select2';
import { chooseBySearch, removeAddedOptions, searchableWidgetOf } from './search-select-widget';
import { chosenValues, syncSelectWidget } from './sync-select-widget';

/**
 * Writes a list (skills, soft skills…) into one control the way the control takes it: one chip
 * per value in a tag input, the options of a multiple select, or one text with the separator the
 * field asks for ("séparées par des virgules", "one per line"), as much as fits its maxlength.
 * `target` names the list in the report: "skills:Excel".
 */
export async function fillList(run: FillRun, control: Control, values: string[], target: string, optionFor?: OptionFinder): Promise<void> {
  const kind = controlKind(control);
  if (kind === 'select') return fillMultipleSelect(run, control as HTMLSelectElement, values, target, optionFor);
  if (kind === 'menu') return fillMenu(run, control, values, target);
  // A tag box holding what the person was typing ("Soudure TIG", not yet a chip): typing the CV's
  // values would erase it; theirs unless they chose the CV's list (the not-empty case below).
  if (kind === 'input' && (isEmpty(control) || mayReplace(run, target))) {
    const widget = tagWidgetOf(control);
    const first = widget && values[0] !== undefined ? await addTag(widget, values[0], run) : null;
    if (widget && first && first.status !== 'not-a-tag-input') {
      const record = (outcome: TagOutcome, value: string) => {
        if (outcome.status === 'added') {
          for (const chip of outcome.chips) run.steps.push({ target: `${target}:${value}`, undo: () => takeChipBack(run, widget, chip, `${target}:${value}`) });
          run.report.filled.push(`${target}:${value}`);
          run.highlight(control);
        } else {
          run.report.skipped.push({ target: `${target}:${value}`, reason: outcome.status === 'present' ? 'already-present' : 'rejected-by-page' });
        }
      };
      record(first, values[0]!);
      for (const value of values.slice(1)) record(await addTag(widget, value, run), value);
      leaveTagInput(widget);
      return;
    }
  }
  const separator = separatorFor(control);
  if (!isEmpty(control) && !mayReplace(run, target)) {
    run.report.skipped.push({ target, reason: 'not-empty' });
    // What the person wrote in their skills box is theirs: the counsellor sees both and chooses.
    if (isListBox(target)) (run.report.listConflicts ??= []).push({ target, pageValue: readValue(control).trim(), suggested: values.join(separator) });
    return;
  }
  // Its maxlength, or the limit its help or counter states.
  const maxLength = maxLengthOf(control);
  const kept: string[] = [];
  for (const value of values) {
    const text = [...kept, value].join(separator);
    if (maxLength !== null && text.length > maxLength) {
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

/** Undo of one chip: removed as the page lets a person; one the page gives no way to remove stays,
 *  and undo says so rather than claim the form is as before. */
async function takeChipBack(run: FillRun, widget: TagWidget, chip: string, target: string): Promise<void> {
  if (await removeTag(widget, chip, run.settle, 'last')) return;
  if (chipTexts(widget).some((text) => fold(text) === fold(chip))) (run.report.irreversible ??= []).push(target);
}

/** The counsellor chose the CV's list over the box's text (after a conflict). */
function mayReplace(run: FillRun, target: string): boolean {
  return isListBox(target) && run.plan.overwrite.includes(target);
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

/** The option of a list that stands for one value; by default the closest by words. */
export type OptionFinder = (select: HTMLSelectElement, value: string) => HTMLOptionElement | null;

const closestOption: OptionFinder = (select, value) => pickOption(select, [value], 0.85);

async function fillMultipleSelect(run: FillRun, select: HTMLSelectElement, values: string[], target: string, optionFor: OptionFinder = closestOption): Promise<void> {
  // A list whose widget fetches its options from the site as one types is looked up in it.
  const searchable = searchableWidgetOf(select) !== null;
  if (!select.multiple) {
    const option = optionFor === closestOption ? pickOption(select, values.slice(0, 1)) : optionFor(select, values[0] ?? '');
    if (!isEmpty(select)) {
      run.report.skipped.push({ target, reason: 'not-empty' });
      return;
    }
    if (option) {
      writeValue(run, select, option.value, target);
    } else {
      const looked = searchable ? await chooseBySearch(run, select, values.slice(0, 1)) : null;
      if (looked?.status !== 'chosen') {
        run.report.skipped.push({ target, reason: 'no-matching-option' });
        return;
      }
      noteWrite(run, select, looked.value, '', target, run.steps, (list) => removeAddedOptions(list as HTMLSelectElement, looked.added));
    }
    run.report.filled.push(`${target}:${values[0]}`);
    return;
  }
  // Only the options the fill chose are undone: what the person chose before or since stays.
  const ticked: { option: string; value: string }[] = [];
  const added: HTMLOptionElement[] = [];
  let untold = false;
  for (const value of values) {
    const option = optionFor(select, value);
    if (!option) {
      const looked = searchable ? await chooseBySearch(run, select, [value]) : null;
      if (looked?.status === 'chosen') {
        // The widget ticked it in the list itself.
        ticked.push({ option: looked.value, value });
        added.push(...looked.added);
        run.report.filled.push(`${target}:${value}`);
      } else {
        run.report.skipped.push({ target: `${target}:${value}`, reason: 'no-matching-option' });
      }
      continue;
    }
    if (!option.selected) {
      // Picked in Select2's dropdown, which tells the page; else ticked, and told below.
      if (!pickInSelect2(select, option.value)) {
        option.selected = true;
        untold = true;
      }
      ticked.push({ option: option.value, value });
    }
    run.report.filled.push(`${target}:${value}`);
  }
  if (ticked.length === 0) return;
  const announce = (list: HTMLSelectElement) => {
    list.dispatchEvent(new Event('input', { bubbles: true }));
    list.dispatchEvent(new Event('change', { bubbles: true }));
    // Tom Select and Choices.js do not follow the list's change: shown the same choices.
    syncSelectWidget(list, chosenValues(list));
  };
  rememberPlace(select);
  if (untold) announce(select);
  run.highlight(select);
  run.steps.push({
    target,
    undo: () => {
      const list = stillThere(select) as HTMLSelectElement | null;
      if (!list) return;
      const chosenNow = (value: string) => [...list.options].some((option) => option.value === value && option.selected);
      const unchosen = ticked.find(({ option }) => !chosenNow(option));
      const still = [...list.options].filter((option) => option.selected && ticked.some((entry) => entry.option === option.value));
      if (still.length > 0) {
        still.forEach((option) => (option.selected = false));
        announce(list);
      }
      removeAddedOptions(list, added);
      // The person unchose one of them since: left as it is, and named ("drivingLicence:C").
      if (unchosen) return `${target}:${unchosen.value}`;
    },
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
