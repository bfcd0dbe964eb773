import { describeControl } from './describe-control';
import { controlKind, controlType, isChecked, type Control } from './find-controls';
import { writeChecked, writeValue, type FillRun } from './fill-journal';
import { fold } from './fold-text';
import { questionOf } from './radio-question';
import { isBlank } from './untouched-select';

// The driving licence, not a work, residence, hunting or boat permit, a CACES or a building permit.
const DRIVING_LICENCE = /permis de condui(re|te)|driv(ing|er s|ers) licen[cs]e|driving permit|(^|\s)permis$|titulaire (du|d un) permis($|\s)/;
const OTHER_QUESTION = /travail|work|sejour|residence|chasse|bateau|boat|peche|caces|cariste|construire|vehicul|vehicle|voiture|(^|\s)car($|\s)|moyen de locomotion|numero|number|date/;
// "Êtes-vous sans permis ?", "Je n'ai pas le permis": a "yes" there would say the opposite.
const NEGATED = /(^|\s)(n|ne|pas|sans|aucun|not|without)(\s|$)/;
const CATEGORY_NAMED = /(^|\s)(permis|licen[cs]e|categories?|category|cat) (am|a1|a2|a|b1|be|b|c1e|c1|ce|c|d1e|d1|de|d)($|\s)/;

/**
 * "Avez-vous le permis de conduire ? ( ) Oui ( ) Non": most forms show the categories only once
 * "Oui" is chosen. For a job seeker whose plan holds licences, answers "Oui" (undoable) so the
 * categories appear; returns true when it did, and the caller scans the page again. Never answers
 * "Non": a plan without licences may just be a CV that does not mention them. An answer already
 * given on the page is left alone. A lone box "J'ai le permis de conduire" is ticked the same way.
 */
export async function answerLicenceQuestion(run: FillRun, controls: Control[]): Promise<boolean> {
  if (run.plan.drivingLicences.length === 0) return false;
  if (answerLicenceSelect(run, controls)) return true;
  const yes = controls.find((control) => (controlType(control) === 'radio' && saysYes(control) && asksForLicence(fold(questionOf(control)))) || statesLicence(control, controls));
  if (!yes) return false;
  const group = questionGroup(yes, controls);
  const answered = group.find((radio) => isChecked(radio));
  if (answered) {
    if (answered !== yes) run.report.skipped.push({ target: 'drivingLicences', reason: 'not-empty' });
    return false;
  }
  writeChecked(run, yes, true, run.steps, 'drivingLicences');
  run.report.filled.push('drivingLicences');
  return true;
}

/** The same question asked with a list: "Permis de conduire : [Choisir] [Oui] [Non]". */
function answerLicenceSelect(run: FillRun, controls: Control[]): boolean {
  for (const control of controls) {
    if (controlKind(control) !== 'select') continue;
    const description = describeControl(control);
    if (!asksForLicence(fold(description.label || description.group))) continue;
    const select = control as HTMLSelectElement;
    const yes = [...select.options].find((option) => !option.disabled && /^(oui|yes)$/.test(fold(option.text)));
    if (!yes) continue;
    if (!isBlank(control)) {
      if (select.value !== yes.value) run.report.skipped.push({ target: 'drivingLicences', reason: 'not-empty' });
      return false;
    }
    writeValue(run, control, yes.value, 'drivingLicences');
    run.report.filled.push('drivingLicences');
    return true;
  }
  return false;
}

/** "Oui" / "Yes" by its label, or by its value when it has no label of its own. */
function saysYes(radio: Control): boolean {
  const label = fold(describeControl(radio).label);
  if (label) return /^(oui|yes)$/.test(label);
  return /^(oui|yes|true|1)$/.test(fold((radio as HTMLInputElement).value));
}

/** A question about holding a driving licence at all, naming no category ("Permis B ?" is asked
 *  per category, by tickLicences). */
function asksForLicence(question: string): boolean {
  if (!DRIVING_LICENCE.test(question) || OTHER_QUESTION.test(question) || NEGATED.test(question)) return false;
  // "permis de conduire" would read as category DE.
  return !CATEGORY_NAMED.test(question.replace(/permis de condui(re|te)/g, 'permis'));
}

/** A lone checkbox whose own label says the person holds a driving licence: not one of several
 *  boxes of one name (categories whose words the page does not give, read as their legend's). */
function statesLicence(box: Control, controls: Control[]): boolean {
  if (controlType(box) !== 'checkbox') return false;
  const name = box.getAttribute('name');
  if (name && controls.some((other) => other !== box && controlType(other) === 'checkbox' && other.getAttribute('name') === name)) return false;
  return asksForLicence(fold(describeControl(box).label));
}

/** The radios answering the same question; a checkbox stands alone. */
function questionGroup(radio: Control, controls: Control[]): Control[] {
  const name = radio.getAttribute('name');
  if (!name || controlType(radio) !== 'radio') return [radio];
  return controls.filter((control) => controlType(control) === 'radio' && control.getAttribute('name') === name && control.getRootNode() === radio.getRootNode());
}
