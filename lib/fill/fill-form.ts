import type { FieldKey } from '../types';
import { classifyControl } from './classify-control';
import { describeControl } from './describe-control';
import type { FillPlan, FillReport } from './fill-plan';
import { findControls, type Control } from './find-controls';
import { addTag, removeTags } from './fill-tag-input';
import { fold, pickOption, setChecked, setControlValue } from './set-control-value';

export interface FillOutcome {
  report: FillReport;
  /** Puts every touched control back as it was, chips and ticks included. */
  undo: () => Promise<void>;
}

export interface FillContext {
  /** Waits for the page to re-render (a frame or two). */
  settle: () => Promise<void>;
}

const defaultContext: FillContext = {
  settle: () => new Promise((resolve) => setTimeout(resolve, 30)),
};

/**
 * The generic fill: every control is classified from its own markup (autocomplete, labels, names)
 * and written like a person would. Non-empty fields are never overwritten unless the plan says the
 * user chose to; they are reported as conflicts instead.
 */
export async function fillForm(root: Document, plan: FillPlan, context: FillContext = defaultContext): Promise<FillOutcome> {
  const report: FillReport = { filled: [], skipped: [], conflicts: [] };
  const restore: (() => void | Promise<void>)[] = [];
  const controls = findControls(root);
  const done = new Set<string>();

  for (const control of controls) {
    if (isChoice(control)) continue;
    const classification = classifyControl(describeControl(control));
    if (!classification) continue;
    const target = classification.target;
    if (target === 'skills' || target === 'softSkills') {
      const values = target === 'skills' ? plan.skills : plan.softSkills;
      if (values.length === 0 || done.has(target)) continue;
      done.add(target);
      await fillList(control, values, target, report, restore, context);
      continue;
    }
    const value = plan.fields[target];
    if (value === undefined || done.has(target)) continue;
    done.add(target);
    const current = control.value.trim();
    if (current !== '' && fold(current) !== fold(value) && !plan.overwrite.includes(target)) {
      report.conflicts.push({ key: target, pageValue: current, suggested: value });
      report.skipped.push({ target, reason: 'not-empty' });
      continue;
    }
    const previous = control.value;
    if (control.tagName === 'SELECT') {
      const option = pickOption(control as HTMLSelectElement, value);
      if (!option) {
        report.skipped.push({ target, reason: 'no-matching-option' });
        continue;
      }
      setControlValue(control, option.value);
    } else {
      setControlValue(control, value);
    }
    restore.push(() => setControlValue(control, previous));
    report.filled.push(target);
    highlight(control);
  }

  for (const licence of plan.drivingLicences) {
    const box = findLicenceCheckbox(controls, licence);
    if (!box) {
      report.skipped.push({ target: `drivingLicence:${licence}`, reason: 'not-found' });
      continue;
    }
    if (box.checked) continue;
    setChecked(box, true);
    restore.push(() => setChecked(box, false));
    report.filled.push(`drivingLicence:${licence}`);
  }

  for (const key of Object.keys(plan.fields) as FieldKey[]) {
    if (!done.has(key)) report.skipped.push({ target: key, reason: 'not-found' });
  }

  // Frameworks may re-render after our events: check the values held, write again once if not.
  await context.settle();
  return {
    report,
    undo: async () => {
      for (const step of restore.reverse()) await step();
    },
  };
}

async function fillList(
  control: Control,
  values: string[],
  target: 'skills' | 'softSkills',
  report: FillReport,
  restore: (() => void | Promise<void>)[],
  context: FillContext,
): Promise<void> {
  const previous = control.value;
  if (control.tagName === 'TEXTAREA') {
    if (previous.trim() !== '') {
      report.skipped.push({ target, reason: 'not-empty' });
      return;
    }
    setControlValue(control, values.join('\n'));
    restore.push(() => setControlValue(control, previous));
    report.filled.push(...values.map((value) => `${target}:${value}`));
    return;
  }
  const chips: Element[] = [];
  for (const value of values) {
    const added = await addTag(control, value, context.settle);
    if (added === null) {
      // Not a tag input after all: a plain text field takes the list, comma-separated.
      if (chips.length === 0 && previous.trim() === '') {
        setControlValue(control, values.join(', '));
        restore.push(() => setControlValue(control, previous));
        report.filled.push(...values.map((v) => `${target}:${v}`));
        return;
      }
      report.skipped.push({ target: `${target}:${value}`, reason: 'rejected-by-page' });
      continue;
    }
    chips.push(...added);
    report.filled.push(`${target}:${value}`);
  }
  restore.push(() => removeTags(chips));
}

const LICENCE_GROUP = /permis|licen[cs]e|driving/i;

function findLicenceCheckbox(controls: Control[], licence: string): HTMLInputElement | null {
  const wanted = fold(licence);
  for (const control of controls) {
    if (control.tagName !== 'INPUT' || (control as HTMLInputElement).type !== 'checkbox') continue;
    const box = control as HTMLInputElement;
    const description = describeControl(control);
    const label = fold(description.label);
    const inLicenceGroup = LICENCE_GROUP.test(`${description.group} ${description.name}`);
    const value = fold(box.value);
    if (label === wanted || label === `permis ${wanted}` || label === `licence ${wanted}` || label.startsWith(`${wanted} `)) {
      if (inLicenceGroup || label.startsWith('permis') || LICENCE_GROUP.test(box.name)) return box;
    }
    if (inLicenceGroup && value === wanted) return box;
  }
  return null;
}

// instanceof fails for controls of a same-origin iframe (another realm): compare tags and types.
function isChoice(control: Control): boolean {
  return control.tagName === 'INPUT' && ['checkbox', 'radio'].includes((control as HTMLInputElement).type);
}

function highlight(control: Control): void {
  const previous = control.style.outline;
  control.style.outline = '3px solid #2e7d32';
  setTimeout(() => {
    control.style.outline = previous;
  }, 1500);
}
