import { describeControl } from './describe-control';
import { controlKind, type Control } from './find-controls';
import { writeValue, type FillRun } from './fill-journal';
import { fold } from './fold-text';
import { isBlank } from './untouched-select';

// Regional and municipal forms ask the town as a "Département" list, then a "Commune" list the page
// loads for the département chosen. The plan holds no département, but the postcode says it: the
// fill chooses it before the commune, or the commune list never loads.

const DEPARTEMENT = /(^|\s)departements?($|\s)/;
/** Someone's birth département, or another person's, is not the address's. */
export const NOT_THE_ADDRESS = /naissance|birth|natal|origine|employeur|entreprise|etablissement|souhait|recherch|mobilite/;

/** The département of a French postcode: "59" for 59300, "2A" / "2B" for Corsica, "974" overseas. */
export function departementOf(postcode: string): string | null {
  const digits = postcode.replace(/\s/g, '');
  if (!/^\d{5}$/.test(digits)) return null;
  if (digits.startsWith('20')) return Number(digits) < 20200 ? '2A' : '2B';
  if (/^9[78]/.test(digits)) return digits.slice(0, 3);
  return digits.slice(0, 2);
}

/**
 * Chooses, in the form of the town's control, the blank "Département" list's option for the plan's
 * postcode (undone with the fill). True when it chose one: the caller lets the page load its
 * communes.
 */
export function chooseDepartement(run: FillRun, town: Control): boolean {
  const code = departementOf(run.plan.fields.postcode ?? '');
  if (!code) return false;
  const form = town.closest('form, [role="form"]');
  const list = run.scan().find((control) => {
    if (controlKind(control) !== 'select' || control === town || control.closest('form, [role="form"]') !== form) return false;
    const description = describeControl(control);
    const words = fold(`${description.label} ${description.name}`);
    return DEPARTEMENT.test(words) && !NOT_THE_ADDRESS.test(fold(`${words} ${description.group} ${description.section}`));
  }) as HTMLSelectElement | undefined;
  if (!list || !isBlank(list)) return false;
  const option = optionFor(list, code);
  if (!option) return false;
  writeValue(run, list, option.value, 'postcode');
  return true;
}

/** The option that says the code ("59 - Nord", "Nord (59)"); by its value only in a list whose
 *  texts carry no code ("Nord" for value 59). */
function optionFor(list: HTMLSelectElement, code: string): HTMLOptionElement | undefined {
  const wanted = code.toLowerCase();
  const options = [...list.options].filter((option) => !option.disabled && option.value !== '');
  const codeInText = (option: HTMLOptionElement) => {
    const words = fold(option.text).split(' ');
    return words[0] === wanted || new RegExp(`\\(\\s*${wanted}\\s*\\)`, 'i').test(option.text);
  };
  const byText = options.find(codeInText);
  if (byText) return byText;
  const textsCarryCodes = options.some((option) => /^\s*(\d{2,3}|2[ab])\b|\(\s*(\d{2,3}|2[ab])\s*\)/i.test(option.text));
  return textsCarryCodes ? undefined : options.find((option) => option.value.toLowerCase() === wanted);
}
