import { degreeOptionIndex, highestDegree } from './diploma-kind';
import { controlKind, type Control } from './find-controls';
import { chooseInMenu } from './fill-menu';
import { writeValue, type FillRun } from './fill-journal';
import { selectOptions } from './match-option';
import { isBlank } from './untouched-select';

/**
 * "Niveau d'études", "Dernier diplôme obtenu": one control for the person's highest diploma, on the
 * form itself rather than in a training block. A list gets the option naming that diploma, its kind
 * ("BTS / DUT") or its level ("Bac +2"); a box to type in gets the diploma as the CV names it. A
 * CV whose diplomas have no known level (a professional title) leaves a list to the person.
 */
export async function fillEducationLevel(run: FillRun, control: Control): Promise<void> {
  const degrees = run.plan.education.map((education) => education.degree);
  const degree = highestDegree(degrees) ?? (degrees.length === 1 ? degrees[0]! : null);
  if (!degree) return;
  if (!isBlank(control)) {
    run.report.skipped.push({ target: 'educationLevel', reason: 'not-empty' });
    return;
  }
  const kind = controlKind(control);
  if (kind === 'menu') {
    const outcome = await chooseInMenu(run, control, (options) => degreeOptionIndex(options, degree), 'educationLevel');
    if (outcome === 'chosen') run.report.filled.push('educationLevel');
    else run.report.skipped.push({ target: 'educationLevel', reason: outcome });
    return;
  }
  if (kind === 'select') {
    const select = control as HTMLSelectElement;
    const index = degreeOptionIndex(selectOptions(select), degree);
    if (index === null) {
      run.report.skipped.push({ target: 'educationLevel', reason: 'no-matching-option' });
      return;
    }
    writeValue(run, control, select.options[index]!.value, 'educationLevel');
  } else {
    writeValue(run, control, degree, 'educationLevel');
  }
  run.report.filled.push('educationLevel');
}
