import { describeControl } from './describe-control';
import type { Control } from './find-controls';
import { fold } from './fold-text';

/**
 * French forms ask "Nom de naissance" and "Nom d'usage (si différent)": the second box is only for
 * a name other than the first. The CV's name goes into the first one; the second stays for the
 * person to fill if they use another name.
 */
const ONLY_IF_DIFFERENT = /(^|\s)(si (il est |elle est )?different(e)?|if different|le cas echeant|s il y a lieu|if applicable|if any)(\s|$)/;
const BIRTH_NAME = /(^|\s)(nom de naissance|nom de famille de naissance|nom patronymique|birth (sur)?name|surname at birth)(\s|$)/;
const NOT_THE_NAME = /date|lieu|place|pays|country|ville|city|commune|departement|county/;

/** A family-name box asked only when the name differs from another one. */
export function isOnlyIfDifferent(control: Control): boolean {
  const description = describeControl(control);
  return ONLY_IF_DIFFERENT.test(fold(`${description.label} ${description.hint}`));
}

/** The birth-name box in the same form as an "if different" name box, if the form asks one. */
export function birthNameBeside(control: Control, controls: Control[]): Control | null {
  const form = control.closest('form, [role="form"]');
  return (
    controls.find((other) => {
      if (other === control || other.closest('form, [role="form"]') !== form) return false;
      const label = fold(describeControl(other).label);
      return BIRTH_NAME.test(label) && !NOT_THE_NAME.test(label);
    }) ?? null
  );
}
