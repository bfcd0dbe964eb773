import type { FieldKey } from '../types';
import { fitsControl } from './control-constraints';
import type { RuleTarget } from './field-rules';
import { controlKind, type Control } from './find-controls';

/**
 * The whole address for a form that asks it in one box and has no box for the postcode or the
 * town: "27 rue Jean Jaurès\n59300 Valenciennes" in a text area, "…, 59300 Valenciennes" on one
 * line, as a person writes it rather than lose the postcode and the town. Null when the form has a
 * box for either, when the plan has neither, or when the whole would not fit the box.
 */
export function wholeAddress(control: Control, fields: Partial<Record<FieldKey, string>>, chosen: ReadonlyMap<RuleTarget, Control>): { value: string; placed: FieldKey[] } | null {
  if (!fields.address || chosen.has('postcode') || chosen.has('city')) return null;
  const placed = (['postcode', 'city'] as const).filter((key) => fields[key]);
  if (placed.length === 0) return null;
  const town = placed.map((key) => fields[key]).join(' ');
  const multiline = controlKind(control) === 'textarea' || controlKind(control) === 'editable';
  const value = `${fields.address}${multiline ? '\n' : ', '}${town}`;
  return fitsControl(control, value) ? { value, placed } : null;
}
