import type { FieldKey } from '../types';
import { describeControl } from './describe-control';
import { FIELD_RULES } from './field-rules';
import { controlKind, type Control } from './find-controls';
import { fold } from './fold-text';

// Older French forms ask "Code postal et ville" ("CP / Ville", "Code postal - Commune") in one box.
// A label that names two fields is known as neither, so the box was left empty: it takes both, as a
// person writes them, "59300 Valenciennes".

const POSTCODE = FIELD_RULES.find((rule) => rule.target === 'postcode')!;
const TOWN = FIELD_RULES.find((rule) => rule.target === 'city')!;

/** A text box whose label asks the postcode and the town (not someone's birth place). */
export function asksPostcodeAndTown(control: Control): boolean {
  const kind = controlKind(control);
  if (kind !== 'input' && kind !== 'textarea') return false;
  const label = fold(describeControl(control).label);
  return [POSTCODE, TOWN].every((rule) => rule.label.test(label) && !rule.negative?.test(label));
}

/** The box for both, among controls, when the form has no box of its own for either. */
export function postcodeAndTownBox(controls: Control[], hasOwnBox: boolean): Control | null {
  return hasOwnBox ? null : (controls.find(asksPostcodeAndTown) ?? null);
}

/** "59300 Valenciennes": what the plan has of both. */
export function postcodeAndTown(fields: Partial<Record<FieldKey, string>>): string | null {
  const parts = [fields.postcode, fields.city].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : null;
}
