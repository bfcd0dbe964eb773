import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { genderForms } from '../taxonomy/gender-forms';
import type { SiteAdapter } from './adapters/site-adapter';
import { FIELD_KEYS, type FieldKey } from '../types';
import { classifyControl, EVIDENCE_STRENGTH, type Classification } from './classify-control';
import { fitsControl } from './control-constraints';
import { describeControl } from './describe-control';
import type { RuleTarget } from './field-rules';
import { controlKind, findReadOnlyBoxes, isChoice, isEmpty, isSearchOrLoginForm, labelsOf, readValue, type Control } from './find-controls';
import { fillComboboxWithAny, isAutocompleteBox, saysValue, shownChoice } from './fill-combobox';
import { chooseInMenu } from './fill-menu';
import { noteWrite, rememberPlace, stillThere, writeValue, type FillRun } from './fill-journal';
import { fillList } from './fill-list';
import { fold } from './fold-text';
import { phoneForControl } from './format-phone';
import { hasNoChoiceYet, waitForOptions } from './wait-for-options';
import { addressPartsBeside, writeAddressParts } from './address-parts';
import { addressSuggestion } from './address-suggestion';
import { maxLengthOf } from './stated-length-limit';
import { wholeAddress } from './whole-address';
import { fillNumberedBoxes, numberedBoxesOf } from './numbered-boxes';
import { birthNameBeside, isOnlyIfDifferent } from './second-name-box';
import { jobSoughtFit } from './job-held-box';
import { isListBox } from './fill-plan';
import { callingCodeBoxOf, callingCodeFor } from './phone-code-and-number';
import { countryCodeAddonOf, countryCodeListOf, countryCodeOption, numberAfterCode, phoneBoxFit } from './phone-country-code';
import { isOnPageLoadChoice } from './untouched-select';
import { capitalisedLanguageName } from '../i18n/language-name';
import { namesLanguage } from './language-names';
import { bestOptionIndex, codedOptionIndex, pickCodedOption, pickOption, selectOptions } from './match-option';
import { namesLicence } from './fill-choices';
import { fillEducationLevel } from './fill-education-level';
import { chooseBySearch, removeAddedOptions, searchableWidgetOf } from './search-select-widget';
import { chooseDepartement } from './departement-of-postcode';
import { writeDepartementBox } from './departement-box';
import { asksPostcodeAndTown, postcodeAndTown, postcodeAndTownBox } from './postcode-and-town-box';
import { nationalDigits, phoneBoxesOf, writePhoneBoxes } from './phone-in-boxes';
import { emailDomainBoxOf, writeEmailParts } from './email-in-two-parts';
import { holdsOnlyCallingCode } from './calling-code-in-box';
import { pickCountryOfNumber } from './phone-country-menu';

/** Values a person types: a list under the same label is the country code or a title, not them. */
const TYPED_ONLY = new Set<RuleTarget>(['phone', 'email', 'emailConfirmation', 'firstName', 'lastName', 'fullName', 'address']);

/** Confirmed occupations a job picker is offered after the CV's title: each costs a wait for the
 *  page's suggestions. */
const PICKER_OCCUPATIONS = 2;

/** The control chosen for each target: the one with the strongest evidence; on a tie, the one in
 *  the form that asks for most of the profile (the application, not the job alert of the sidebar
 *  before it), then the first. */
export function chooseControls(run: FillRun, controls: Control[]): Map<RuleTarget, Control> {
  const classified: { control: Control; target: RuleTarget; strength: number; fit: number; form: Element | null }[] = [];
  const formSize = new Map<Element | null, number>();
  for (const control of controls) {
    if (isChoice(control)) continue;
    const classification = classifyOnPage(control, run.adapter);
    if (!classification) continue;
    if (isSearchBox(control) && classification.target !== 'skills' && classification.target !== 'softSkills') continue;
    // A list beside a box ("Téléphone: [+33] [______]" under one label) is never where one types;
    // nor is a menu ("Phone Device Type: [Select One]").
    if ((controlKind(control) === 'select' || controlKind(control) === 'menu') && TYPED_ONLY.has(classification.target)) continue;
    const form = control.closest('form, [role="form"]');
    formSize.set(form, (formSize.get(form) ?? 0) + 1);
    // Between "Téléphone fixe" and "Téléphone portable", the one that suits the number.
    const description = classification.target === 'phone' ? describeControl(control) : undefined;
    // "Nom d'usage (si différent)" is for a second name: any other family-name box comes first.
    const fit = description
      ? phoneBoxFit(`${description.label} ${description.name}`, run.plan.fields.phone)
      : classification.target === 'lastName' && isOnlyIfDifferent(control)
        ? -1
        : classification.target === 'jobTitle'
          ? jobSoughtFit(control, controls)
          : 0;
    classified.push({ control, target: classification.target, strength: EVIDENCE_STRENGTH[classification.by], fit, form });
  }
  const best = new Map<RuleTarget, (typeof classified)[number]>();
  for (const entry of classified) {
    const current = best.get(entry.target);
    // A box that fits worse than any other (the job held's, "Nom d'usage (si différent)") is the last
    // resort, however strong its evidence (autocomplete="organization-title" is a job title).
    const better =
      !current ||
      (current.fit < 0 && entry.fit >= 0) ||
      ((current.fit < 0) === (entry.fit < 0) && entry.strength > current.strength) ||
      (entry.strength === current.strength &&
        (entry.fit > current.fit || (entry.fit === current.fit && formSize.get(entry.form)! > formSize.get(current.form)!)));
    if (better) best.set(entry.target, entry);
  }
  // "Code postal et ville" in one box, when the form has no box of its own for either.
  const both = postcodeAndTownBox(controls.filter((control) => !isChoice(control)), best.has('postcode') || best.has('city'));
  if (both) best.set('postcode', { control: both, target: 'postcode', strength: EVIDENCE_STRENGTH.label, fit: 0, form: both.closest('form, [role="form"]') });
  const lastName = best.get('lastName');
  // Beside "Nom de naissance", the name goes there.
  const birthName = lastName && lastName.fit < 0 ? birthNameBeside(lastName.control, controls) : null;
  if (lastName && birthName) best.set('lastName', { ...lastName, control: birthName });
  // The only job box is the one beside an employer: the job held, where the job sought never goes.
  if ((best.get('jobTitle')?.fit ?? 0) < 0) best.delete('jobTitle');
  return new Map([...best].map(([target, { control }]) => [target, control]));
}

/**
 * The single-value fields (identity, contact, job title) and the lists that go into one control
 * (skills, soft skills; licences and languages as text when the page has no boxes for them).
 * A non-empty field is left alone and reported as a conflict, unless the user chose to replace it.
 */
export async function fillFields(
  run: FillRun,
  chosen: Map<RuleTarget, Control>,
  handled: { licences: boolean; languages: boolean; skills?: readonly string[] },
): Promise<void> {
  const { plan, report } = run;
  for (const control of chosen.values()) rememberPlace(control);
  for (const [target, chosenControl] of chosen) {
    // A page may render its whole form anew after a change: write into the control it shows now.
    const control = stillThere(chosenControl) ?? chooseControls(run, run.scan()).get(target);
    if (!control) {
      report.skipped.push({ target, reason: 'not-found' });
      continue;
    }
    if (isListBox(target)) {
      // Skills ticked in a checklist are not written again in the free-text box beside it; the
      // qualities go with the skills when the form has no box of their own.
      const qualities = chosen.has('softSkills') ? [] : plan.softSkills.filter((quality) => !handled.skills?.includes(quality));
      const values =
        target === 'skills' ? [...plan.skills.filter((skill) => !handled.skills?.includes(skill)), ...qualities] : target === 'softSkills' ? plan.softSkills : plan.certifications;
      // "Compétence 1", "Compétence 2": one value per box.
      const boxes = numberedBoxesOf(control, run.scan());
      if (values.length > 0 && boxes) await fillNumberedBoxes(run, boxes, values, target);
      else if (values.length > 0) await fillList(run, control, values, target);
      // The report names a quality as one ("softSkills:veiller aux détails") wherever it went.
      if (qualities.length > 0) renameEntries(report, 'skills', 'softSkills', qualities);
      continue;
    }
    if (target === 'drivingLicences') {
      if (!handled.licences && plan.drivingLicences.length > 0) await fillLicenceControl(run, control);
      continue;
    }
    if (target === 'languages') {
      if (!handled.languages && plan.languages.length > 0) {
        const values = plan.languages.map((language) => spokenLanguage(language, run.pageLanguage));
        // A list may name them by code ("en", "EN", "eng"): its option is found by the language itself.
        const codeOf = new Map(values.map((value, index) => [value, plan.languages[index]!.language]));
        await fillList(run, control, values, 'languages', (list, value) => languageOption(list, codeOf.get(value) ?? '') ?? (list.multiple ? pickOption(list, [value], 0.85) : pickOption(list, [value])));
      }
      continue;
    }
    if (target === 'civility') continue;
    if (target === 'educationLevel') {
      await fillEducationLevel(run, control);
      continue;
    }
    // A confirmation repeats the e-mail box: not when that box keeps another address.
    if (target === 'emailConfirmation' && chosen.has('email') && !report.filled.includes('email') && !holdsEmail(chosen.get('email')!, plan.fields.email)) {
      report.skipped.push({ target, reason: 'email-kept' });
      continue;
    }
    // An address asked in parts (number, type of way in boxes of their own), or in one box with no
    // box for the postcode or the town: then all of it goes there.
    // "Département" then "Commune": the commune list loads once the postcode's département is chosen.
    if (target === 'city' && chooseDepartement(run, control)) await run.settle();
    const addressParts = target === 'address' ? addressPartsBeside(control, run.scan()) : null;
    const whole = target === 'address' && !addressParts ? wholeAddress(control, plan.fields, chosen) : null;
    const withTown = target === 'postcode' && asksPostcodeAndTown(control);
    // A phone field whose country button shows another country: the number's country first, so
    // that the number goes after its own code.
    if (target === 'phone' && plan.fields.phone && (isEmpty(control) || holdsOnlyCallingCode(control))) await pickCountryOfNumber(run, control, plan.fields.phone);
    const value = whole?.value ?? (withTown ? postcodeAndTown(plan.fields) : valueFor(run, target, control));
    if (value === null) continue;
    const key = target;
    const picker = isAutocompleteBox(control);
    const menu = controlKind(control) === 'menu';
    // A job picker or menu is offered the CV's title, then the confirmed occupations as titles.
    // A list that looks values up as they are typed (its options come from the site) too.
    const searchable = controlKind(control) === 'select' && searchableWidgetOf(control as HTMLSelectElement) !== null;
    const values = (picker || menu || searchable) && target === 'jobTitle' ? [value, ...run.plan.occupations.slice(0, PICKER_OCCUPATIONS).map(occupationAsTitle)] : [value];
    // A picker may show its choice beside an emptied box: that is a value the page holds. A list
    // holds a code ("59606") and shows its option ("Valenciennes (59300)"): the option is what it says.
    const list = controlKind(control) === 'select' ? (control as HTMLSelectElement) : null;
    const shown = picker ? readValue(control).trim() || shownChoice(control) : list ? chosenText(list) : readValue(control);
    // A phone box the page opens with "+33 " holds no number yet.
    const empty = picker ? shown === '' : isEmpty(control) || (target === 'phone' && holdsOnlyCallingCode(control));
    const holds =
      picker || menu ? saysValue(shown, values)
      : list ? sameValue(control, value) || listSays(list, values)
      : sameValue(control, value) || (target === 'phone' && samePhone(shown, plan.fields.phone ?? value));
    if (!empty && !holds) {
      if (!overwriteAllowed(run, target)) {
        if (isFieldKey(target)) report.conflicts.push({ key: target, pageValue: shown, suggested: value });
        report.skipped.push({ target: key, reason: 'not-empty' });
        continue;
      }
    } else if (!empty) {
      continue; // already holds this value
    }
    // "[identifiant] @ [domaine]": each part in its box.
    const domainBox = target === 'email' && plan.fields.email ? emailDomainBoxOf(control, run.scan()) : null;
    if (domainBox) {
      const outcome = writeEmailParts(run, control, domainBox, plan.fields.email!);
      if (outcome === 'filled') report.filled.push(key);
      else report.skipped.push({ target: key, reason: outcome });
      continue;
    }
    // "06 12 34 56 78" asked in five boxes: each takes its digits.
    const phoneBoxes = target === 'phone' ? phoneBoxesOf(control, run.scan(), nationalDigits(plan.fields.phone)) : null;
    if (phoneBoxes) {
      if (writePhoneBoxes(run, phoneBoxes, nationalDigits(plan.fields.phone))) report.filled.push(key);
      else report.skipped.push({ target: key, reason: 'not-empty' });
      continue;
    }
    // A picker's or a menu's own list decides what it takes.
    const misfit = controlKind(control) === 'select' || menu || picker ? null : misfitOf(control, value);
    if (misfit) {
      // A person could not type it: a UK postcode in a five-digit French box would block the form.
      report.skipped.push({ target: key, reason: misfit });
      continue;
    }
    if (controlKind(control) === 'select') {
      // The page may still be loading the list (the communes of the postcode just written).
      if (hasNoChoiceYet(control as HTMLSelectElement)) await waitForOptions(control as HTMLSelectElement);
      const option = pickOption(control as HTMLSelectElement, [value]);
      if (option) {
        writeValue(run, control, option.value, key);
      } else {
        // None of its options says it: its widget may fetch more from the site as one types.
        const previous = readValue(control);
        const looked = searchable ? await chooseBySearch(run, control as HTMLSelectElement, values) : null;
        if (looked?.status !== 'chosen') {
          report.skipped.push({ target: key, reason: 'no-matching-option' });
          continue;
        }
        noteWrite(run, control, looked.value, previous, key, run.steps, (list) => removeAddedOptions(list as HTMLSelectElement, looked.added));
      }
    } else if (menu) {
      const outcome = await chooseInMenu(run, control, (options) => bestOptionIndex(options, values), key);
      // A choice the menu does not show is reported by keepValues, after the page re-rendered.
      if (outcome === 'no-matching-option') {
        report.skipped.push({ target: key, reason: 'no-matching-option' });
        continue;
      }
    } else if (picker) {
      // The postcode tells apart two towns of one name in a list of communes; an address search
      // suggests whole addresses, the person's being the one in their postcode or town.
      const choose = target === 'address' ? (options: Element[], street: string) => addressSuggestion(options, street, plan.fields) : undefined;
      const outcome = await fillComboboxWithAny(run, control, values, key, [run.plan.fields.postcode ?? ''], choose);
      if (outcome.status === 'no-matching-option' || outcome.status === 'ambiguous-option') {
        report.skipped.push({ target: key, reason: outcome.status });
        continue;
      }
    } else {
      // An address asked in parts: the number, index and type of way go to their own boxes.
      writeValue(run, control, addressParts ? writeAddressParts(run, addressParts, value) : value, key);
      if (target === 'phone') setCountryCode(run, control);
    }
    await run.tick();
    // "59300 Valenciennes" in one box stands for what the plan had of both.
    if (withTown) report.filled.push(...(['postcode', 'city'] as const).filter((part) => plan.fields[part]));
    else report.filled.push(key);
    if (whole) report.filled.push(...whole.placed);
  }
  // "Département" typed beside the postcode: the postcode's, once the postcode or town is written.
  const place = report.filled.includes('postcode') || report.filled.includes('city') ? (chosen.get('postcode') ?? chosen.get('city')) : undefined;
  const placeNow = place ? stillThere(place) : null;
  if (placeNow) writeDepartementBox(run, placeNow);
  const fullName = report.filled.includes('fullName');
  // A box the site locked with its own value (the account's e-mail) is there: said so, not "not found".
  let locked: Set<RuleTarget> | null = null;
  const lockedTargets = () => (locked ??= new Set(findReadOnlyBoxes(run.root, run.isVisible).map((box) => classifyOnPage(box, run.adapter)?.target).filter((target): target is RuleTarget => target !== undefined)));
  for (const key of Object.keys(plan.fields) as FieldKey[]) {
    if (fullName && (key === 'firstName' || key === 'lastName')) continue;
    if (!chosen.has(key) && !report.filled.includes(key)) report.skipped.push({ target: key, reason: lockedTargets().has(key) ? 'read-only' : 'not-found' });
  }
  if (plan.skills.length > (handled.skills?.length ?? 0) && !chosen.has('skills')) report.skipped.push({ target: 'skills', reason: 'not-found' });
  if (plan.softSkills.length > 0 && !chosen.has('softSkills') && !chosen.has('skills')) report.skipped.push({ target: 'softSkills', reason: 'not-found' });
  // Certificates never go into the skills box: a form without a box for them is told, not guessed.
  if (plan.certifications.length > 0 && !chosen.has('certifications')) report.skipped.push({ target: 'certifications', reason: 'not-found' });
}

/** Report entries "skills:<value>" of these values become "softSkills:<value>". */
function renameEntries(report: FillRun['report'], from: string, to: string, values: string[]): void {
  const moved = new Set(values.map((value) => `${from}:${value}`));
  const rename = (target: string) => (moved.has(target) ? `${to}${target.slice(from.length)}` : target);
  report.filled = report.filled.map(rename);
  report.skipped = report.skipped.map((entry) => ({ ...entry, target: rename(entry.target) }));
}

function holdsEmail(control: Control, email: string | undefined): boolean {
  return email !== undefined && readValue(control).trim().toLowerCase() === email.toLowerCase();
}

function valueFor(run: FillRun, target: RuleTarget, control: Control): string | null {
  const fields = run.plan.fields;
  if (target === 'fullName') {
    if (!fields.firstName || !fields.lastName) return null;
    // "Nom et prénom" asks for the family name first; "Prénom et nom", "Full name" the given name.
    const label = fold(describeControl(control).label);
    return /^(votre )?nom($|\s)/.test(label) ? `${fields.lastName} ${fields.firstName}` : `${fields.firstName} ${fields.lastName}`;
  }
  if (target === 'emailConfirmation') return fields.email ?? null;
  // The CV's own title was dropped but an occupation confirmed: the occupation is the job sought.
  if (target === 'jobTitle' && !fields.jobTitle && run.plan.occupations[0]) return occupationAsTitle(run.plan.occupations[0]);
  if (!isFieldKey(target)) return null;
  const value = fields[target];
  if (value === undefined) return null;
  if (target !== 'phone') return value;
  // A fixed "+33" in front of the box: only the rest, without the trunk 0 ("6 12 34 56 78").
  const addon = countryCodeAddonOf(control);
  if (addon) {
    const rest = numberAfterCode(value, addon);
    if (rest === null) run.report.skipped.push({ target, reason: 'wrong-format' });
    return rest;
  }
  // A code box of its own that holds another country's code (the person's, the page's default):
  // the number cannot be written behind it.
  const codeBox = callingCodeBoxOf(control);
  const heldCode = codeBox ? readValue(codeBox).replace(/\D/g, '').replace(/^00/, '') : '';
  if (heldCode && numberAfterCode(value, heldCode) === null) {
    run.report.skipped.push({ target, reason: 'wrong-format' });
    return null;
  }
  // "tel-national", or a country-code list beside the box: the number without its country code.
  const national = /(^|\s)tel-national(\s|$)/.test(control.getAttribute('autocomplete') ?? '') || countryCodeListOf(control) !== null || codeBox !== null;
  // A French page's national shapes are French; an English page's may be British or American.
  return phoneForControl(control, value, national, run.pageLanguage === 'fr' ? 'FR' : undefined);
}

/** Sets the country-code list beside a phone box to the number's country, unless the person chose
 *  another one. */
function setCountryCode(run: FillRun, control: Control): void {
  const list = countryCodeListOf(control);
  const phone = run.plan.fields.phone;
  const codeBox = phone && !list ? callingCodeBoxOf(control) : null;
  // A box of its own for the code ("Indicatif [+33]"): written when empty, a person's code kept.
  const code = codeBox && isEmpty(codeBox) ? callingCodeFor(codeBox, phone!) : null;
  if (codeBox && code) writeValue(run, codeBox, code, 'phoneCountryCode');
  if (!list || !phone) return;
  const option = countryCodeOption(list, phone);
  // A page default ("United States (+1)" marked selected) may be changed; a person's choice not.
  if (!option || option.selected || !isOnPageLoadChoice(list)) return;
  writeValue(run, list, option.value, 'phoneCountryCode');
}

/** A licence question as one control: a select of categories, or a text box ("B, C"). */
async function fillLicenceControl(run: FillRun, control: Control): Promise<void> {
  const licences = run.plan.drivingLicences;
  if (!isEmpty(control)) {
    run.report.skipped.push({ target: 'drivingLicences', reason: 'not-empty' });
    return;
  }
  if (controlKind(control) === 'menu') {
    const outcome = await chooseInMenu(run, control, (options) => codedOptionIndex(options, (text) => namesLicence(text, licences[0]!)), `drivingLicence:${licences[0]}`);
    if (outcome === 'no-matching-option') run.report.skipped.push({ target: 'drivingLicences', reason: 'no-matching-option' });
    else run.report.filled.push(`drivingLicence:${licences[0]}`);
    return;
  }
  if (controlKind(control) === 'select') {
    const select = control as HTMLSelectElement;
    if (select.multiple) {
      // "B - Véhicule léger": the category is the option's leading code, not its words.
      await fillList(run, control, licences, 'drivingLicence', (list, licence) => pickCodedOption(list, (text) => namesLicence(text, licence)));
      return;
    }
    const option = pickCodedOption(select, (text) => namesLicence(text, licences[0]!));
    if (!option) {
      run.report.skipped.push({ target: 'drivingLicences', reason: 'no-matching-option' });
      return;
    }
    writeValue(run, control, option.value, 'drivingLicences');
    run.report.filled.push(`drivingLicence:${licences[0]}`);
    return;
  }
  writeValue(run, control, licences.join(', '), 'drivingLicences');
  run.report.filled.push(...licences.map((licence) => `drivingLicence:${licence}`));
}

/** The option of a list that names the language: "Anglais", "English", "en", "EN" for "en". */
function languageOption(list: HTMLSelectElement, code: string): HTMLOptionElement | null {
  if (!code) return null;
  return [...list.options].find((option) => !option.disabled && (namesLanguage(option.text, code) || namesLanguage(option.value, code))) ?? null;
}

/** "Anglais (B2)" on a French page: a spoken language as a person writes it in a text box. */
function spokenLanguage(language: { language: string; level: string | null; levelText?: string | null }, pageLanguage: string): string {
  const level = language.level ?? language.levelText;
  return `${capitalisedLanguageName(language.language, pageLanguage || 'fr')}${level ? ` (${level})` : ''}`;
}

/** "préparateur de commandes/préparatrice de commandes" -> "Préparateur de commandes": one form, as a
 *  person writes a title (the referential's labels give both genders, lower case). */
function occupationAsTitle(label: string): string {
  const form = genderForms(label)[0] ?? label;
  return form.charAt(0).toUpperCase() + form.slice(1);
}

/** Why the control would not take the value as it stands: longer than its maxlength, or not of
 *  its pattern. Null when it fits. */
function misfitOf(control: Control, value: string): 'too-long' | 'wrong-format' | null {
  // A limit said in words ("50 caractères maximum") binds as a maxlength does.
  const maxLength = maxLengthOf(control);
  if (maxLength !== null && value.length > maxLength) return 'too-long';
  return fitsControl(control, value) ? null : 'wrong-format';
}

/** What a control is for: the site adapter's word first, then the control's own description. */
export function classifyOnPage(control: Control, adapter: SiteAdapter | null): Classification | null {
  const hint = adapter?.fields?.find((field) => control.matches(field.selector));
  return hint ? { target: hint.target, by: 'autocomplete' } : classifyControl(describeControl(control));
}

function isSearchBox(control: Control): boolean {
  if (control.closest('[role="search"], search') !== null) return true;
  return control.getAttribute('type') === 'search' && !isSelectOnSearchInput(control);
}

/** Ant Design builds its select on an <input type="search">: read-only, it is a menu; searchable,
 *  a combobox opening a listbox, named by its own <label>, in a form that does not search. */
function isSelectOnSearchInput(control: Control): boolean {
  if (controlKind(control) === 'menu') return true;
  const form = control.closest('form, [role="form"]');
  return control.getAttribute('role') === 'combobox' && control.getAttribute('aria-haspopup') === 'listbox' && labelsOf(control).length > 0 && (form === null || !isSearchOrLoginForm(form));
}

function overwriteAllowed(run: FillRun, target: RuleTarget): boolean {
  if (isFieldKey(target)) return run.plan.overwrite.includes(target);
  if (target === 'fullName') return run.plan.overwrite.includes('firstName') || run.plan.overwrite.includes('lastName');
  if (target === 'emailConfirmation') return run.plan.overwrite.includes('email');
  return false;
}

/** The text of the option a list has chosen (its code when it has no text). */
function chosenText(list: HTMLSelectElement): string {
  const option = [...list.options].find((candidate) => candidate.selected);
  return option ? option.text.trim() || option.value : readValue(list);
}

/** The option chosen is the one the fill would choose for one of the values (same matching). */
function listSays(list: HTMLSelectElement, values: string[]): boolean {
  const chosen = selectOptions(list).filter((_option, index) => list.options[index]!.selected);
  return bestOptionIndex(chosen, values) !== null;
}

function sameValue(control: Control, value: string): boolean {
  return fold(readValue(control)) === fold(value) || readValue(control).replace(/\s/g, '') === value.replace(/\s/g, '');
}

/** "06 12 34 56 78" on the page and "+33612345678" in the plan: one number, read in the plan's country. */
function samePhone(shown: string, planned: string): boolean {
  const wanted = parsePhoneNumberFromString(planned, 'FR');
  if (!wanted) return false;
  const held = parsePhoneNumberFromString(shown, wanted.country ?? 'FR');
  return held !== undefined && held.number === wanted.number;
}

function isFieldKey(target: RuleTarget): target is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(target);
}
