import { describeControl } from './describe-control';
import type { Control } from './find-controls';
import { fold } from './fold-text';

/**
 * Application forms ask the job the person holds ("Current employer" then "Job title") as well as
 * the one they apply for ("Position applied for"). The job sought, which the counsellor confirmed,
 * goes only where the form asks for it: a bare "Job title" box beside an employer box is the job
 * held, and a box that says "sought" or "applied for" is preferred to one that does not.
 */
const SAYS_SOUGHT = /recherch|souhait|vise|desire|sought|wanted|desired|target|applied|applying|looking for|seeking|candidat/;
const EMPLOYER = /(^|\s)(employeur|entreprise|societe|employer|company|organi[sz]ation|firm)(\s|$)/;

/** 1 for a box that says it asks the job sought, -1 for one beside an employer box (a job held), 0 else. */
export function jobSoughtFit(control: Control, controls: Control[]): number {
  const description = describeControl(control);
  if (SAYS_SOUGHT.test(fold(`${description.label} ${description.hint}`))) return 1;
  const index = controls.indexOf(control);
  const form = control.closest('form, [role="form"]');
  const beside = [controls[index - 1], controls[index + 1]].filter((other): other is Control => other !== undefined && other.closest('form, [role="form"]') === form);
  return beside.some((other) => EMPLOYER.test(fold(nameShown(other)))) ? -1 : 0;
}

/** What names a box to a person: its label, else its placeholder (quick-apply forms have no labels). */
function nameShown(control: Control): string {
  const description = describeControl(control);
  return description.label.trim() || (control.getAttribute('placeholder') ?? '');
}
