import { clickSafely } from './click-safely';
import { controlAt, placeOf } from './control-place';
import { emptyCopiedValues } from './copied-entry-values';
import { describeControl } from './describe-control';
import { degreeOptionIndex, levelOptionIndex } from './diploma-kind';
import { fillCombobox, isAutocompleteBox } from './fill-combobox';
import { entryFieldOf, groupHolds, rowElementOf, rowsOf, type GroupRow, type GroupSection } from './find-groups';
import { controlKind, controlType, isDisabled, readValue, type Control } from './find-controls';
import { undoSteps, writeChecked, writeValue, type FillRun, type UndoStep } from './fill-journal';
import { closeModal, listsEntry, openModalOf, saveModalEntry } from './fill-modal-entry';
import type { FillPlan } from './fill-plan';
import { fold } from './fold-text';
import { isYesNoList } from './yes-no-list';
import { asksForMonthOnly, dateForControl, dateListMiss, dateOptionIndex, parseCvDate, type DateSide } from './format-date';
import { periodText } from './period-box';
import { maxLengthOf } from './stated-length-limit';
import type { EntryField, GroupKind } from './group-rules';
import { closestLevel, levelOptionText, levelRank, wantedRank } from './language-levels';
import { capitalisedLanguageName } from '../i18n/language-name';
import { namesLanguage } from './language-names';
import { chooseInMenu } from './fill-menu';
import { takeLanguageRow } from './mother-tongue-row';
import { bestOptionIndex, selectOptions, type Chooser } from './match-option';
import { undoAddedEntry, type AddedEntryUndo } from './undo-added-entry';
import { isBlank } from './untouched-select';

type Experience = FillPlan['experiences'][number];
type Education = FillPlan['education'][number];
type Language = FillPlan['languages'][number];
type Entry = Experience | Education | Language;

/** What to do with one control of an entry. */
/** `choose`: an option of a custom select menu, picked once it is open (fill-menu.ts). */
type Decision = { write: string } | { tick: true } | { skip: string } | { choose: Chooser } | null;

const MAX_NEW_ENTRIES = 20;
const PRESENT_OPTION = /en cours|aujourd hui|a ce jour|actuel|present|current|now|ongoing/;

/** Report keys: "experience:0", "education:1", "language:en". */
const KINDS: { kind: GroupKind; entries: (plan: FillPlan) => Entry[]; key: (entry: Entry, index: number) => string }[] = [
  { kind: 'experience', entries: (plan) => plan.experiences, key: (_, index) => `experience:${index}` },
  { kind: 'education', entries: (plan) => plan.education, key: (_, index) => `education:${index}` },
  { kind: 'language', entries: (plan) => plan.languages, key: (entry) => `language:${(entry as Language).language}` },
];

/**
 * Fills the plan's experiences, education and languages into the page's repeatable groups: first
 * into the empty entries the page shows, then into new ones added with the group's own add button,
 * as a person does. An entry the page already holds is not added twice; a filled entry is never
 * overwritten. Undo removes the entries the fill added with their own remove buttons.
 */
export async function fillGroups(run: FillRun, groups: GroupSection[], handledLanguages: ReadonlySet<string>): Promise<void> {
  for (const { kind, entries, key } of KINDS) {
    const planned = entries(run.plan).filter((entry) => kind !== 'language' || !handledLanguages.has((entry as Language).language));
    if (planned.length === 0) continue;
    const group = groups.find((candidate) => candidate.rule.kind === kind);
    if (!group) {
      if (kind !== 'language') for (const [index, entry] of planned.entries()) run.report.skipped.push({ target: key(entry, index), reason: 'not-found' });
      continue;
    }
    await fillGroup(run, group, planned, (entry) => key(entry, entries(run.plan).indexOf(entry)));
  }
}

async function fillGroup(run: FillRun, group: GroupSection, entries: Entry[], keyOf: (entry: Entry) => string): Promise<void> {
  const rows = rowsOf(group, run.scan());
  // A select still on its page-load option ("janvier", this year) holds nothing the person chose.
  const freeRows = rows.filter((row) => row.fields.every(({ control }) => isBlank(control)));
  const heldRows = rows.filter((row) => !freeRows.includes(row));
  let addedCount = 0;
  let addBroken = false;
  for (const entry of entries) {
    const key = keyOf(entry);
    if (heldRows.some((row) => holds(row, entry, group.rule.kind))) {
      run.report.skipped.push({ target: key, reason: 'already-present' });
      continue;
    }
    let row: AddedRow | null = group.rule.kind === 'language' ? takeLanguageRow(freeRows, entry as Language) : (freeRows.shift() ?? null);
    let rowSteps = run.steps;
    let added: AddedEntryUndo | null = null;
    if (!row) {
      // Entries shown as lines of text, added through a dialog: the person's own line is there.
      if (rows.length === 0 && group.rule.kind !== 'language' && listsEntry(group, entry as Experience | Education)) {
        run.report.skipped.push({ target: key, reason: 'already-present' });
        continue;
      }
      if (!group.addButton || addedCount >= MAX_NEW_ENTRIES || addBroken) {
        run.report.skipped.push({ target: key, reason: addBroken ? 'add-failed' : group.addButton ? 'too-many' : 'no-room' });
        continue;
      }
      row = await addRow(run, group);
      if (!row) {
        // The entries after this one have no place either: each is named.
        run.report.skipped.push({ target: key, reason: 'add-failed' });
        addBroken = true;
        continue;
      }
      addedCount += 1;
      rowSteps = [];
      if (row.modal) {
        await fillModalEntry(run, group, row, row.modal, entry, key);
        continue;
      }
      added = undoAddedEntry(run, group, row, rowSteps, key);
      run.steps.push(added.step);
      const newRow = row;
      emptyCopiedValues(run, row, rowsOf(group, run.scan()).filter((other) => other.element !== newRow.element), key);
    }
    const written = await fillEntry(run, group, row, entry, key, rowSteps);
    added?.seal();
    // The row cannot say which entry it is (its language list lacks this language): it stays
    // free for the next entry, and nothing else of this one is written into it.
    if (written === null) freeRows.unshift(row);
    else if (written > 0) run.report.filled.push(key);
    else run.report.skipped.push({ target: key, reason: 'not-found' });
  }
}

/** One entry in the dialog the add button opened: filled, then saved; the dialog is never left
 *  open, and undo removes only the line the save added. */
async function fillModalEntry(run: FillRun, group: GroupSection, row: GroupRow, modal: Element, entry: Entry, key: string): Promise<void> {
  const modalSteps: UndoStep[] = [];
  let undo: UndoStep | null = null;
  try {
    const written = await fillEntry(run, group, row, entry, key, modalSteps);
    if (written) undo = await saveModalEntry(run, group, modal, modalSteps, key);
  } finally {
    if (!undo) {
      await undoSteps(modalSteps, run);
      await closeModal(run, modal);
    }
    // The dialog's fields are emptied for the next entry: not values the page lost.
    run.written = run.written.filter(({ control }) => !modal.contains(control));
  }
  if (undo) {
    run.steps.push(undo);
    run.report.filled.push(key);
  } else {
    run.report.skipped.push({ target: key, reason: 'add-failed' });
  }
}

/** An entry the fill added: in the group, or in the dialog the add button opened. */
type AddedRow = GroupRow & { modal?: Element };

/** Clicks the group's add button and returns the entry that appeared (in the group, or in a dialog
 *  it opened), or null if none did. */
async function addRow(run: FillRun, group: GroupSection): Promise<AddedRow | null> {
  const before = new Set(run.scan());
  const inGroup = [...before].filter((control) => groupHolds(group, control));
  const places = inGroup.map(placeOf);
  clickSafely(group.addButton!);
  let now: Control[] = [];
  let fresh: Control[] = [];
  let old: Control[] = [];
  let inModal: Control[] = [];
  // Some pages build the entry after a round trip: wait up to a few hundred milliseconds.
  for (let attempt = 0; attempt < 10 && fresh.length === 0 && inModal.length === 0; attempt += 1) {
    await (attempt === 0 ? run.tick() : run.settle());
    now = run.scan();
    // A page that renders its whole list anew shows the entries it had as new elements: they are
    // the same entries, found again at their place, not part of the new one.
    old = inGroup.map((control, index) => (control.isConnected ? control : controlAt(places[index]!))).filter((control): control is Control => control !== null);
    fresh = now.filter((control) => !before.has(control) && !old.includes(control) && groupHolds(group, control));
    inModal = fresh.length > 0 ? [] : now.filter((control) => !before.has(control) && openModalOf(control, run.isVisible) !== null);
  }
  if (fresh.length === 0 && inModal.length > 0) {
    const modal = openModalOf(inModal[0]!, run.isVisible)!;
    const fields = entryFields(inModal.filter((control) => modal.contains(control)), group);
    if (fields.length > 0) return { element: modal, fields, modal };
    await closeModal(run, modal);
    return null;
  }
  const element = rowElementOf(fresh, group, old);
  if (!element) return null;
  return { element, fields: entryFields(now.filter((control) => element.contains(control)), group) };
}

function entryFields(controls: Control[], group: GroupSection): GroupRow['fields'] {
  return controls
    .map((control) => ({ control, field: entryFieldOf(control, group.rule) }))
    .filter((entry): entry is { control: Control; field: EntryField } => entry.field !== null);
}

/** True when a filled entry of the page already is this plan entry (same job, degree, language). */
function holds(row: GroupRow, entry: Entry, kind: GroupKind): boolean {
  const primary = row.fields.find(({ field }) => field === (kind === 'experience' ? 'title' : kind === 'education' ? 'degree' : 'language'));
  if (!primary) return false;
  const value = controlKind(primary.control) === 'select' ? selectedText(primary.control as HTMLSelectElement) : readValue(primary.control);
  if (kind === 'language') return namesLanguage(value, (entry as Language).language) || namesLanguage(readValue(primary.control), (entry as Language).language);
  const wanted = kind === 'experience' ? (entry as Experience).title : (entry as Education).degree;
  return fold(value) !== '' && fold(value) === fold(wanted);
}

/** How many fields of the row were written; null when a language row's language list lacks the
 *  entry's language, and nothing was written: a level without its language would be wrong. (An
 *  experience whose job list lacks its title still gets its employer and dates.) */
async function fillEntry(run: FillRun, group: GroupSection, row: GroupRow, entry: Entry, key: string, steps: UndoStep[]): Promise<number | null> {
  const tiedToList = group.rule.kind === 'language';
  const primary = tiedToList ? row.fields.find(({ field }) => field === group.rule.primary) : undefined;
  if (primary && !isDisabled(primary.control) && isBlank(primary.control)) {
    const decision = decide(run, group.rule.kind, entry, primary.field, primary.control);
    if (decision && 'skip' in decision) {
      run.report.skipped.push({ target: `${key}.${primary.field}`, reason: decision.skip });
      return null;
    }
  }
  // Text and selects first, then ticks: ticking "poste actuel" may disable the end date. A list of
  // degree kinds before the degree's other boxes ("Field of Study"), which follow what it took.
  const ordered = [...row.fields].sort((a, b) => Number(isTick(a.control)) - Number(isTick(b.control)) || Number(isDegreeList(b)) - Number(isDegreeList(a)));
  const degreeList = row.fields.find(isDegreeList);
  let degreeUnplaced = false;
  let written = 0;
  const levelRadios = ordered.filter(({ control, field }) => field === 'level' && controlType(control) === 'radio');
  for (const { control, field } of ordered) {
    if (field === 'ignored' || isDisabled(control)) continue;
    if (controlType(control) === 'radio') continue;
    if (!isBlank(control)) continue;
    // "Degree: [no option for a CACES]": the diploma is not the entry's field of study either.
    if (degreeUnplaced && field === 'degree') continue;
    const decision = decide(run, group.rule.kind, entry, field, control);
    if (!decision) continue;
    if ('skip' in decision) {
      run.report.skipped.push({ target: `${key}.${field}`, reason: decision.skip });
      if (degreeList?.control === control) degreeUnplaced = true;
      continue;
    }
    if ('tick' in decision) writeChecked(run, control, true, steps);
    else if ('choose' in decision) {
      const outcome = await chooseInMenu(run, control, decision.choose, `${key}.${field}`, steps);
      if (outcome === 'no-matching-option') {
        run.report.skipped.push({ target: `${key}.${field}`, reason: 'no-matching-option' });
        if (degreeList?.control === control) degreeUnplaced = true;
        // A language menu without the language: the row is not this entry's (see above).
        if (tiedToList && field === group.rule.primary && written === 0) return null;
        continue;
      }
    } else if (isAutocompleteBox(control)) {
      // A job or town picker inside the entry: an option of its list, or nothing.
      const outcome = await fillCombobox(run, control, decision.write, `${key}.${field}`, [], steps);
      if (outcome.status === 'no-matching-option' || outcome.status === 'ambiguous-option') {
        run.report.skipped.push({ target: `${key}.${field}`, reason: outcome.status });
        continue;
      }
    } else if (longerThanAllowed(control, decision.write)) {
      // A person cannot type past the box's limit: the site would cut the value or refuse it.
      run.report.skipped.push({ target: `${key}.${field}`, reason: 'too-long' });
      continue;
    } else writeValue(run, control, decision.write, `${key}.${field}`, steps);
    await run.tick();
    written += 1;
  }
  if (levelRadios.length > 0 && group.rule.kind === 'language') {
    const language = entry as Language;
    const rank = wantedRank(language.level, language.levelText);
    const index = rank === null ? null : closestLevel(levelRadios.map(({ control }) => `${describeControl(control).label} ${(control as HTMLInputElement).value}`), rank, language.levelText);
    const radio = index === null ? null : levelRadios[index];
    if (radio && !levelRadios.some(({ control }) => (control as HTMLInputElement).checked)) {
      writeChecked(run, radio.control, true, steps, `${key}.level`);
      written += 1;
    }
  }
  await run.tick();
  return written;
}

function decide(run: FillRun, kind: GroupKind, entry: Entry, field: EntryField, control: Control): Decision {
  const type = controlType(control);
  if (kind === 'experience') {
    const experience = entry as Experience;
    if (field === 'current') return experience.end === 'present' ? { tick: true } : null;
    if (field === 'period') {
      const written = periodText(experience.start, experience.end, `${control.getAttribute('placeholder') ?? ''} ${describeControl(control).hint}`, run.pageLanguage);
      return written === null ? { skip: 'date-too-vague' } : { write: written };
    }
    if (field === 'title') return text(control, experience.title);
    if (field === 'employer') return experience.employer ? text(control, experience.employer) : null;
    if (field === 'start') return date(run, control, experience.start);
    if (field === 'end') {
      if (experience.end !== 'present') return date(run, control, experience.end, 'end');
      if (type !== 'select') return null;
      const present = fromList(control, (options) => indexOrNull(options.findIndex((option) => PRESENT_OPTION.test(fold(option.text)))));
      return present && 'skip' in present ? null : present;
    }
    return null;
  }
  if (kind === 'education') {
    const education = entry as Education;
    if (field === 'degree') {
      // "Diplôme obtenu : Oui / Non" asks whether, not which: the person's to answer.
      if (isYesNoList(control)) return null;
      if (controlKind(control) !== 'select' && controlKind(control) !== 'menu') return { write: education.degree };
      return fromList(control, (options) => degreeOptionIndex(options, education.degree));
    }
    if (field === 'level') return fromList(control, (options) => levelOptionIndex(options, education.degree));
    if (field === 'school') return education.school ? text(control, education.school) : null;
    if (field === 'year') return date(run, control, education.end);
    return null;
  }
  const language = entry as Language;
  if (field === 'language') {
    if (type === 'select' || type === 'menu') {
      return fromList(control, (options) =>
        indexOrNull(options.findIndex((option) => !option.disabled && (namesLanguage(option.text, language.language) || namesLanguage(option.value, language.language)))),
      );
    }
    return { write: capitalisedLanguageName(language.language, run.pageLanguage || 'fr') };
  }
  if (field === 'level') {
    const rank = wantedRank(language.level, language.levelText);
    if (rank === null) return null;
    if (type === 'select' || type === 'menu') {
      return fromList(control, (options) => closestLevel(options.map(levelOptionText), rank, language.levelText));
    }
    const textLevel = language.level ?? language.levelText;
    return textLevel && levelRank(textLevel) !== null ? { write: textLevel } : null;
  }
  return null;
}

function text(control: Control, value: string): Decision {
  const kind = controlKind(control);
  if (kind !== 'select' && kind !== 'menu') return { write: value };
  return fromList(control, (options) => bestOptionIndex(options, [value]));
}

/** The option `chooser` names: written at once in a native select, picked later in a custom menu. */
function fromList(control: Control, chooser: Chooser): Decision {
  if (controlKind(control) === 'menu') return { choose: chooser };
  const select = control as HTMLSelectElement;
  const index = chooser(selectOptions(select));
  return index === null ? { skip: 'no-matching-option' } : { write: select.options[index]!.value };
}

function indexOrNull(index: number): number | null {
  return index >= 0 ? index : null;
}

function date(run: FillRun, control: Control, value: string | null, side: DateSide = 'start'): Decision {
  const parsed = parseCvDate(value);
  if (!parsed) return null;
  // A year or month asked in a custom menu (MUI Select): its option, picked once it is open.
  if (controlKind(control) === 'menu') {
    const description = describeControl(control);
    // "Mois de début" for a year-only date: the month is the person's to give.
    if (parsed.month === null && asksForMonthOnly(description)) return { skip: 'date-too-vague' };
    return { choose: (options) => dateOptionIndex(options, description, parsed, side) };
  }
  const format = run.adapter?.dateFormats?.find((hint) => control.matches(hint.selector))?.format;
  const description = describeControl(control);
  const written = dateForControl(control, description, parsed, format, side);
  if (written !== null) return { write: written };
  return { skip: controlType(control) === 'select' ? dateListMiss(control as HTMLSelectElement, description, parsed) : 'date-too-vague' };
}

function selectedText(select: HTMLSelectElement): string {
  return select.options[select.selectedIndex]?.text ?? '';
}

/** An entry's degree asked as a list (of kinds, of the site's diplomas), not typed. */
function isDegreeList({ control, field }: { control: Control; field: EntryField }): boolean {
  return field === 'degree' && (controlKind(control) === 'select' || controlKind(control) === 'menu') && !isYesNoList(control);
}

/** A text box or area whose limit the value passes: its maxlength, or one its help ("30
 *  caractères max.") or its counter ("0 / 30") states, as for single boxes. */
function longerThanAllowed(control: Control, value: string): boolean {
  const kind = controlKind(control);
  const maxLength = kind === 'input' || kind === 'textarea' ? maxLengthOf(control) : null;
  return maxLength !== null && value.length > maxLength;
}

function isTick(control: Control): boolean {
  return controlType(control) === 'checkbox';
}
