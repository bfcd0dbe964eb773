import { controlKind, controlType, isChecked, isChoice, isDisabled, readValue, type Control } from './find-controls';
import type { GroupRow } from './find-groups';
import { writeChecked, writeValue, type FillRun, type UndoStep } from './fill-journal';

/**
 * An entry the add button copied from another one, values and all (jQuery's `.clone()`, a
 * `cloneNode` of a filled block): what repeats another entry's value in the same field is that
 * entry's, not something the person wrote in a block that did not exist a moment ago. It is
 * emptied before the entry is written, so the new entry never shows the previous job's title,
 * employer or end date beside its own. Page defaults that no other entry repeats (a country, a
 * contract type) stay. Undo does not write the copy back: a block the page gives no way to remove
 * is left empty, the fill's values gone from it too.
 */
export function emptyCopiedValues(run: FillRun, row: GroupRow, others: GroupRow[], key: string): void {
  const steps: UndoStep[] = [];
  for (const { control, field } of row.fields) {
    if (field === 'ignored' || isDisabled(control)) continue;
    const kind = controlKind(control);
    if (controlType(control) === 'checkbox') {
      if (isChecked(control) && others.some((other) => sameField(other, field).some(isChecked))) writeChecked(run, control, false, steps);
      continue;
    }
    // A radio's value is its answer, not something typed; a list's option is left as it is.
    if ((kind !== 'input' && kind !== 'textarea' && kind !== 'editable') || isChoice(control)) continue;
    const value = readValue(control).trim();
    if (value === '' || !others.some((other) => sameField(other, field).some((copied) => readValue(copied).trim() === value))) continue;
    writeValue(run, control, '', `${key}.${field}`, steps);
  }
}

function sameField(row: GroupRow, field: string): Control[] {
  return row.fields.filter((candidate) => candidate.field === field).map(({ control }) => control);
}
