import { controlKind, isEmpty, type Control } from './find-controls';

/**
 * A native select still on the option the page opened it on, when the page marked none as chosen:
 * old forms without a "Mois"/"Année" placeholder open on "janvier" and this year. That first option
 * is the browser's default, not something the person chose. An option the page marked `selected`
 * (a form shown again with what the person sent) is a choice and is kept.
 */
export function isUntouchedSelect(control: Control): boolean {
  if (controlKind(control) !== 'select') return false;
  const select = control as HTMLSelectElement;
  if (select.multiple || select.selectedIndex !== 0) return false;
  return ![...select.options].some((option) => option.defaultSelected);
}

/** Nothing the person wrote or chose: an empty control, or a select on its page-load default. */
export function isBlank(control: Control): boolean {
  return isEmpty(control) || isUntouchedSelect(control);
}
