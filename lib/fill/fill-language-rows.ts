import { describeControl } from './describe-control';
import { controlKind, controlType, isChecked, isDisabled, readValue, type Control } from './find-controls';
import { writeChecked, writeValue, type FillRun } from './fill-journal';
import { chooseInMenu } from './fill-menu';
import { fold } from './fold-text';
import { closestLevel, levelOptionText, wantedRank } from './language-levels';
import { codeInName, namesLanguage } from './language-names';
import { selectOptions } from './match-option';
import { questionOf } from './radio-question';
import { rowHeaderOf } from './table-headers';
import { isBlank } from './untouched-select';

/** One language's level question: a native select, the radio buttons of one name, or a custom
 *  select menu (MUI Select, Angular Material) whose options are only there once it is open. */
type LevelQuestion = { kind: 'select'; select: HTMLSelectElement } | { kind: 'radios'; radios: HTMLInputElement[] } | { kind: 'menu'; menu: Control };

/** A menu says it asks for a level by its words: its options cannot be read before it is opened. */
const LEVEL_NAME = /niveau|level|maitrise|proficiency|cecrl|cefr/;

/**
 * Languages as rows, one per language, as training bodies' forms print them: a CEFR grid (a row
 * "Anglais" of radios A1…C2) or a level select per language ("Anglais [niveau]"). The row is
 * found by the words naming it (its row header, the controls' labels, their name) and the level
 * chosen on the common scale (language-levels.ts). A row already answered is left as it is.
 * Returns the languages that found their row; the journal holds how to undo each choice.
 */
export async function fillLanguageRows(run: FillRun, controls: Control[], languages: string[]): Promise<string[]> {
  const questions = levelQuestions(controls);
  const handled: string[] = [];
  for (const language of languages) {
    const question = questions.find((candidate) => namesOnly(candidate, language, languages.concat(KNOWN_ROWS), controls));
    if (!question) continue;
    handled.push(language);
    const key = `language:${language}`;
    const entry = run.plan.languages.find((planned) => planned.language === language);
    const rank = entry ? wantedRank(entry.level, entry.levelText) : null;
    if (question.kind === 'menu') {
      if (readValue(question.menu).trim() !== '') {
        run.report.skipped.push({ target: key, reason: 'not-empty' });
        continue;
      }
      // Opened in its own row: the options read are this menu's, whatever the other rows offer.
      const outcome = rank === null ? 'no-matching-option' : await chooseInMenu(run, question.menu, (options) => closestLevel(options.map(levelOptionText), rank, entry?.levelText), key);
      if (outcome === 'no-matching-option') {
        run.report.skipped.push({ target: key, reason: 'no-matching-option' });
        continue;
      }
    } else if (question.kind === 'select') {
      if (!isBlank(question.select)) {
        run.report.skipped.push({ target: key, reason: 'not-empty' });
        continue;
      }
      const options = selectOptions(question.select);
      const index = rank === null ? null : closestLevel(options.map(levelOptionText), rank, entry?.levelText);
      const option = index === null ? undefined : question.select.options[index];
      if (!option) {
        run.report.skipped.push({ target: key, reason: 'no-matching-option' });
        continue;
      }
      writeValue(run, question.select, option.value, key);
    } else {
      if (question.radios.some((radio) => isChecked(radio))) {
        run.report.skipped.push({ target: key, reason: 'not-empty' });
        continue;
      }
      const index = rank === null ? null : closestLevel(question.radios.map(levelText), rank, entry?.levelText);
      const radio = index === null ? undefined : question.radios[index];
      if (!radio) {
        run.report.skipped.push({ target: key, reason: 'no-matching-option' });
        continue;
      }
      writeChecked(run, radio, true, run.steps, key);
    }
    await run.tick();
    run.report.filled.push(key);
  }
  return handled;
}

/** Languages a grid often lists whatever the CV says: a row naming one of them is that language's. */
const KNOWN_ROWS = ['fr', 'en', 'de', 'es', 'it', 'pt', 'ar', 'zh', 'ru', 'nl'];

/** Selects and radio groups whose options are levels (two or more say a level). */
function levelQuestions(controls: Control[]): LevelQuestion[] {
  const questions: LevelQuestion[] = [];
  const seen = new Set<string>();
  for (const control of controls) {
    if (isDisabled(control)) continue;
    if (controlKind(control) === 'select' && !(control as HTMLSelectElement).multiple) {
      const options = selectOptions(control as HTMLSelectElement).map((option) => (option.placeholder ? '' : `${option.text} ${option.value}`));
      if (isLevelList(options)) questions.push({ kind: 'select', select: control as HTMLSelectElement });
    } else if (controlKind(control) === 'menu') {
      const description = describeControl(control);
      if (LEVEL_NAME.test(fold(`${description.label} ${description.name}`))) questions.push({ kind: 'menu', menu: control });
    } else if (controlType(control) === 'radio') {
      const name = control.getAttribute('name');
      if (!name || seen.has(name)) continue;
      seen.add(name);
      const radios = controls.filter((other) => controlType(other) === 'radio' && other.getAttribute('name') === name && other.getRootNode() === control.getRootNode()) as HTMLInputElement[];
      if (radios.length > 1 && isLevelList(radios.map(levelText))) questions.push({ kind: 'radios', radios });
    }
  }
  return questions;
}

function isLevelList(texts: string[]): boolean {
  // Any wanted level finds an option on a true level scale; a list of towns or months never does.
  return closestLevel(texts, 3) !== null || closestLevel(texts, 5) !== null;
}

/** A radio's level words: its label (or the column header its label falls back on) and value. */
function levelText(radio: HTMLInputElement): string {
  return `${describeControl(radio).label} ${radio.value}`;
}

/**
 * True when the question's row names this language and no other: the row header, the control's
 * label, name ("niveau_anglais") and legend, every radio's label ("Anglais B1"). A question naming two
 * languages ("Langue maternelle / étrangère") is no one language's row.
 */
function namesOnly(question: LevelQuestion, language: string, others: string[], all: Control[]): boolean {
  const controls: Control[] = question.kind === 'select' ? [question.select] : question.kind === 'menu' ? [question.menu] : question.radios;
  const texts = controls.flatMap((control) => {
    const description = describeControl(control);
    return [rowHeaderOf(control), description.label, description.name, controlType(control) === 'radio' ? questionOf(control) : description.group];
  });
  // A row named only by a code in its controls' names ("niveau_en") is that language's too.
  const names = controls.map((control) => control.getAttribute('name') || control.id);
  const namedBy = (words: string[], code: string) => words.some((text) => namesLanguage(text, code)) || names.some((name) => codeInName(name, code));
  // "Anglais" written beside a level labelled only "Niveau" (a grid of rows, MUI's Typography then
  // its Select): the row's own words, when the controls' words name no language.
  const saysAny = [language, ...others].some((code) => namedBy(texts, code));
  const words = saysAny ? texts : [...texts, ...rowWords(controls, all)];
  const named = (code: string) => namedBy(words, code);
  if (!named(language)) return false;
  return !others.some((other) => other !== language && named(other));
}

/**
 * The words of the row around a question, its caption ("Anglais") among them: the text of each
 * part of the page around its first control that holds no other control (four levels at most,
 * never a whole form or section), less what a menu shows and its open list.
 */
function rowWords(own: Control[], all: Control[]): string[] {
  const others = all.filter((control) => !own.includes(control));
  const words: string[] = [];
  let node = own[0]?.parentElement ?? null;
  for (let level = 0; node && level < 4; level += 1, node = node.parentElement) {
    if (node.matches('form, fieldset, section, article, main, body, dialog, [role="dialog"], [role="group"], [role="radiogroup"]')) break;
    if (others.some((control) => node!.contains(control))) break;
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('[role="listbox"], [role="combobox"], [aria-haspopup="listbox"], select, option').forEach((part) => part.remove());
    const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 120) break;
    words.push(text);
  }
  return words.filter(Boolean);
}
