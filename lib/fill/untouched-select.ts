import { controlKind, isEmpty, type Control } from './find-controls';

/** The select still shows the option the page loaded it with (the one it marked `selected`, else
 *  the first): not a choice the person made since. */
export function isOnPageLoadChoice(select: HTMLSelectElement): boolean {
  const selected = select.options[select.selectedIndex];
  if (!selected) return true;
  const defaults = [...select.options].filter((option) => option.defaultSelected);
  return defaults.length === 0 ? select.selectedIndex === 0 : defaults.includes(selected);
}

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
