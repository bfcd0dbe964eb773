import { describeControl } from './describe-control';
import { controlKind, controlType, isChecked, isEmpty, readValue, type Control } from './find-controls';
import { chooseInMenu } from './fill-menu';
import { rememberPlace, stillThere, writeChecked, writeValue, type FillRun } from './fill-journal';
import { fillLanguageRows } from './fill-language-rows';
import { fold } from './fold-text';
import { namesLanguage } from './language-names';
import { questionOf } from './radio-question';
import { setChecked } from './set-control-value';

const LICENCE_CONTEXT = /permis|licen[cs]e|driving|conduire|conduite/;
const LANGUAGE_CONTEXT = /(^|\s)langues?($|\s)|(^|\s)languages?($|\s)|linguisti/;
const CIVILITY_CONTEXT = /civilite|salutation|(^|\s)titre($|\s)|(^|\s)title($|\s)|genre|gender|sexe/;

/** True when a text names a licence category: "B", "Permis B", "B (voiture)", "Catégorie B". */
export function namesLicence(text: string, code: string): boolean {
  const folded = fold(text);
  const wanted = fold(code);
  if (!folded || !wanted) return false;
  const rest = folded.replace(/^(permis|licence|license|categorie|category|cat)\s+/, '');
  return rest === wanted || rest.startsWith(`${wanted} `);
}

/**
 * Ticks the checkboxes of the driving licences in the plan, inside a licence question (legend,
 * heading or name about "permis"), or labelled "Permis B" on their own. Returns the licences that
 * found their box.
 */
export async function tickLicences(run: FillRun, controls: Control[]): Promise<string[]> {
  const ticked: string[] = [];
  for (const licence of run.plan.drivingLicences) {
    const box = controls.find((control) => {
      if (controlType(control) === 'radio') return answersYesAbout(control, licence);
      if (controlType(control) !== 'checkbox') return false;
      const description = describeControl(control);
      const context = LICENCE_CONTEXT.test(fold(`${description.group} ${description.section} ${description.name} ${outerQuestions(control)}`));
      const label = description.label;
      if (namesLicence(label, licence) && (context || /^\s*(permis|licen[cs]e)/i.test(label))) return true;
      return context && fold((control as HTMLInputElement).value) === fold(licence) && !label.match(/\d{2}/);
    });
    if (!box) continue;
    ticked.push(licence);
    if (isChecked(box)) {
      run.report.skipped.push({ target: `drivingLicence:${licence}`, reason: 'already-present' });
      continue;
    }
    // "Permis B : ( ) Oui (•) Non" answered by the person: their answer, not the CV's, until they
    // or the counsellor change it.
    if (controlType(box) === 'radio' && radioGroup(box, controls).some((other) => other !== box && isChecked(other))) {
      run.report.skipped.push({ target: `drivingLicence:${licence}`, reason: 'not-empty' });
      continue;
    }
    writeChecked(run, box, true, run.steps, `drivingLicence:${licence}`);
    await run.tick();
    run.report.filled.push(`drivingLicence:${licence}`);
  }
  return ticked;
}

/** The legends of the questions around the box's own ("Do you have a driving licence?" around
 *  "Which categories?", revealed inside its "Yes" answer): two levels at most. */
function outerQuestions(control: Control): string {
  const legends: string[] = [];
  let fieldset = control.closest('fieldset')?.parentElement?.closest('fieldset') ?? null;
  for (let level = 0; fieldset && level < 2; level += 1, fieldset = fieldset.parentElement?.closest('fieldset') ?? null) {
    legends.push(fieldset.querySelector(':scope > legend')?.textContent ?? '');
  }
  return legends.join(' ');
}

/** The "Oui" of a yes/no question about this licence: "Permis B : ( ) Oui ( ) Non". */
function answersYesAbout(radio: Control, licence: string): boolean {
  const description = describeControl(radio);
  if (!/^(oui|yes)$/.test(fold(description.label)) && !/^(oui|yes|true|1)$/.test(fold((radio as HTMLInputElement).value))) return false;
  const asked = questionOf(radio);
  const question = fold(asked);
  const wanted = fold(licence);
  // "Accepteriez-vous de passer le permis C ?", "Je n'ai pas le permis B": a yes there is no licence held.
  if (!/permis|licen[cs]e/.test(question) || NOT_HELD.test(question)) return false;
  if (new RegExp(`(^|\\s)(permis|licen[cs]e|categorie) ${wanted}($|\\s)`).test(question)) return true;
  // "Permis de conduire B", "Permis poids lourd (C)": the one category written after the word.
  const after = asked.slice(asked.search(/permis|licen[cs]e/i));
  const codes = [...after.matchAll(CATEGORY_CODE)].map((match) => match[1]);
  return codes.length === 1 && codes[0] === licence.toUpperCase();
}

/** A question about a licence to take, not one held. */
const NOT_HELD = /passer|preparer|obtenir|en cours d obtention|financ|formation|(^|\s)(n|ne|pas|sans|aucun|not|without)(\s|$)|take|obtain|training/;
/** A category as forms write it, in capitals and on its own ("B", "(C)", "C1E"). */
const CATEGORY_CODE = /(?<![\p{L}\d])(AM|A1|A2|A|B1|BE|B|C1E|C1|CE|C|D1E|D1|DE|D)(?![\p{L}\d])/gu;

/**
 * Ticks the spoken languages offered as checkboxes under a "Langues" question, then gives their
 * level to languages listed as rows (fill-language-rows.ts). Returns the languages placed.
 */
export async function tickLanguages(run: FillRun, controls: Control[]): Promise<string[]> {
  const ticked: string[] = [];
  for (const { language } of run.plan.languages) {
    const box = controls.find((control) => {
      if (controlType(control) !== 'checkbox') return false;
      const description = describeControl(control);
      if (!LANGUAGE_CONTEXT.test(fold(`${description.group} ${description.section} ${description.name}`))) return false;
      return namesLanguage(description.label, language) || namesLanguage((control as HTMLInputElement).value, language);
    });
    if (!box) continue;
    ticked.push(language);
    if (!isChecked(box)) {
      writeChecked(run, box, true);
      await run.tick();
      run.report.filled.push(`language:${language}`);
    }
  }
  const unplaced = run.plan.languages.map(({ language }) => language).filter((language) => !ticked.includes(language));
  return [...ticked, ...(await fillLanguageRows(run, controls, unplaced))];
}

/** "Madame", "Mme", "Mrs", "F" -> 'f'; "Monsieur", "M.", "Mr", "H" -> 'm'; anything else null. */
export function civilityOf(text: string): 'f' | 'm' | null {
  const folded = fold(text);
  if (/^(mme|madame|mrs|ms|miss|mlle|mademoiselle|female|femme|woman|f)$/.test(folded)) return 'f';
  if (/^(m|mr|monsieur|male|homme|man|h)$/.test(folded)) return 'm';
  return null;
}

/**
 * The civility, only when the plan carries one (it is never guessed from a first name): a radio
 * button of a civility question, or the option of a civility select.
 */
export async function chooseCivility(run: FillRun, controls: Control[], selects: Control[]): Promise<void> {
  const wanted = run.plan.civility ? civilityOf(run.plan.civility) : null;
  if (!wanted) return;
  const radio = controls.find((control) => {
    if (controlType(control) !== 'radio') return false;
    const description = describeControl(control);
    if (!CIVILITY_CONTEXT.test(fold(`${questionOf(control)} ${description.name}`))) return false;
    return civilityOf(description.label) === wanted || civilityOf((control as HTMLInputElement).value) === wanted;
  });
  if (radio) {
    const group = radioGroup(radio, controls);
    const previous = group.find((candidate) => isChecked(candidate)) ?? null;
    if (previous && previous !== radio) {
      run.report.skipped.push({ target: 'civility', reason: 'not-empty' });
      return;
    }
    if (previous === radio) return;
    rememberPlace(radio);
    setChecked(radio as HTMLInputElement, true);
    // No person can untick a radio back to none: a framework's state (Vue's v-model, React's) keeps
    // the choice whatever undo does to the box, so the review screen says so.
    (run.report.irreversible ??= []).push('civility');
    run.steps.push({
      target: 'civility',
      undo: () => {
        const current = stillThere(radio);
        // The person ticked another one since: theirs to keep.
        if (!current || !isChecked(current)) return 'civility';
        // Untick through the property, as the page found them. Never a change event on an unticked
        // radio: Vue's v-model takes any radio's change as the choice of that radio.
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(current), 'checked')?.set;
        setter?.call(current, false);
      },
    });
    run.highlight(radio);
    run.report.filled.push('civility');
    return;
  }
  const menu = selects.find((control) => controlKind(control) === 'menu');
  if (menu) {
    if (!isEmpty(menu)) {
      if (civilityOf(readValue(menu)) !== wanted) run.report.skipped.push({ target: 'civility', reason: 'not-empty' });
      return;
    }
    const outcome = await chooseInMenu(run, menu, (options) => {
      const index = options.findIndex((option) => !option.disabled && (civilityOf(option.text) === wanted || civilityOf(option.value) === wanted));
      return index >= 0 ? index : null;
    }, 'civility');
    if (outcome === 'no-matching-option') run.report.skipped.push({ target: 'civility', reason: 'no-matching-option' });
    else run.report.filled.push('civility');
    return;
  }
  const select = selects.find((control) => controlKind(control) === 'select') as HTMLSelectElement | undefined;
  if (!select) return;
  const option = [...select.options].find((candidate) => civilityOf(candidate.text) === wanted || civilityOf(candidate.value) === wanted);
  if (!option) {
    run.report.skipped.push({ target: 'civility', reason: 'no-matching-option' });
    return;
  }
  if (select.value === option.value) return;
  if (!isEmpty(select)) {
    run.report.skipped.push({ target: 'civility', reason: 'not-empty' });
    return;
  }
  writeValue(run, select, option.value, 'civility');
  run.report.filled.push('civility');
}

function radioGroup(radio: Control, controls: Control[]): Control[] {
  const name = radio.getAttribute('name');
  if (!name) return [radio];
  return controls.filter((control) => controlType(control) === 'radio' && control.getAttribute('name') === name && control.getRootNode() === radio.getRootNode());
}
