// Many boxes limit their length in words or with a counter rather than a maxlength: "500
// caractères maximum" under a skills textarea, a "0 / 300" counter a script keeps. A script then
// cuts what passes the limit, or the form refuses it on submit. A person writes within it: so does
// the fill, and what did not fit is reported, never cut silently.

import { describeControl } from './describe-control';
import type { Control } from './find-controls';
import { fold } from './fold-text';

const NUMBER = '(\\d{1,2} \\d{3}|\\d{2,5})';
const UNIT = '(?:caracteres|caractere|characters|character|chars|car|signes)';
const STATED = [
  new RegExp(`${NUMBER} ${UNIT}(?: espaces compris)? (?:au )?(?:maximum|max)`),
  new RegExp(`(?:maximum|max|au plus|limite a|limitee a|jusqu a|up to|no more than|at most) (?:de )?${NUMBER} ${UNIT}`),
];
/** A counter: "0 / 500", "12/300 caractères". */
const COUNTER = /^\s*(\d+)\s*\/\s*(\d{2,5})\s*(caract\S*|characters?|car\.?|signes)?\s*$/i;

/** The most the box takes: its maxlength, or less when its help or its counter says so. */
export function maxLengthOf(control: Control): number | null {
  const attribute = Number(control.getAttribute('maxlength') ?? 'NaN');
  const limits = [Number.isFinite(attribute) && attribute > 0 ? attribute : null, statedMaxLength(control)].filter((limit): limit is number => limit !== null);
  return limits.length > 0 ? Math.min(...limits) : null;
}

/** The limit said in the box's label or help, or shown by a counter right after it. */
export function statedMaxLength(control: Control): number | null {
  const description = describeControl(control);
  const words = fold(`${description.label} ${description.hint}`);
  for (const pattern of STATED) {
    const found = pattern.exec(words)?.[1];
    if (found) return Number(found.replace(/\s/g, ''));
  }
  return counterLimit(control);
}

/** A counter among the elements after the box, in its parent or the parent's parent. */
function counterLimit(control: Control): number | null {
  for (let holder: Element | null = control, steps = 0; holder && steps < 2; holder = holder.parentElement, steps++) {
    for (let next = holder.nextElementSibling; next; next = next.nextElementSibling) {
      // Past the next box, a counter is that box's; and scanning on would read the whole rest of
      // the form for every box filled.
      if (next.matches('input, textarea, select, label') || next.querySelector('input, textarea, select') !== null) return null;
      const candidates = [next, ...next.querySelectorAll('*')];
      for (const candidate of candidates) {
        const match = COUNTER.exec(candidate.textContent ?? '');
        if (match && Number(match[1]) <= Number(match[2])) return Number(match[2]);
      }
    }
  }
  return null;
}
