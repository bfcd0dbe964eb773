import { describeControl } from './describe-control';
import { controlKind, isEmpty, type Control } from './find-controls';
import { writeValue, type FillRun } from './fill-journal';
import { fold } from './fold-text';
import { pickOption } from './match-option';

// Some registration forms ask the e-mail address in two parts, "[identifiant] @ [domaine]", the
// domain typed or chosen from a list. The whole address does not go into the first part: each part
// goes to its box.

/** A box that is the address's domain by its own words ("Domaine", mail_domain), not a "Domaine
 *  d'activité" that happens to follow the e-mail. */
const DOMAIN_LABEL = /^(nom de )?(domaine|domain)$/;
const DOMAIN_NAME = /(mail|courriel).*(domain|domaine)|(domain|domaine).*(mail|courriel)/;

/** The domain's box right after the e-mail's: "@" printed between them, or a box named for it. */
export function emailDomainBoxOf(control: Control, controls: Control[]): Control | null {
  const next = controls[controls.indexOf(control) + 1];
  if (!next || (controlKind(next) !== 'input' && controlKind(next) !== 'select')) return null;
  if (controlKind(control) !== 'input' || !near(control, next)) return null;
  const description = describeControl(next);
  const own = DOMAIN_LABEL.test(fold(description.label)) || DOMAIN_NAME.test(fold(description.name));
  return textBetween(control, next).trim() === '@' || own ? next : null;
}

export type EmailPartsOutcome = 'filled' | 'not-empty' | 'no-matching-option' | 'wrong-format';

/** Writes the name part and the domain (an option of a domain list); nothing when either cannot be. */
export function writeEmailParts(run: FillRun, user: Control, domainBox: Control, email: string): EmailPartsOutcome {
  const at = email.lastIndexOf('@');
  if (at <= 0) return 'wrong-format';
  if (!isEmpty(user) || !isEmpty(domainBox)) return 'not-empty';
  const domain = email.slice(at + 1);
  let domainValue = domain;
  if (controlKind(domainBox) === 'select') {
    const option = pickOption(domainBox as HTMLSelectElement, [domain]);
    if (!option || fold(option.text) !== fold(domain)) return 'no-matching-option';
    domainValue = option.value;
  }
  writeValue(run, user, email.slice(0, at), 'email');
  writeValue(run, domainBox, domainValue, 'email');
  return 'filled';
}

/** Side by side: the same parent, or parents under one. */
function near(a: Element, b: Element): boolean {
  return a.parentElement === b.parentElement || a.parentElement?.parentElement === b.parentElement?.parentElement;
}

function textBetween(a: Element, b: Element): string {
  const range = a.ownerDocument.createRange();
  range.setStartAfter(a);
  range.setEndBefore(b);
  return range.toString();
}
