// A phone box with a country picker of its own: a flag button in the box's field (Material UI's
// input adornment, as mui-tel-input draws it; intl-tel-input's flag) that opens a list of countries
// ("Belgique +32"), the chosen country's code shown beside the box, which takes the national number
// only. A site that opens on another country than the number's: the country is picked first, as a
// person would, then the number typed after it (fill-fields.ts).

import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { clickSafely } from './click-safely';
import { optionText } from './fill-combobox';
import type { FillRun } from './fill-journal';
import type { Control } from './find-controls';
import { fold } from './fold-text';
import { countryCodeAddonOf } from './phone-country-code';
import { pick, pressKey } from './set-control-value';

const OPENER = 'button, [role="button"], [role="combobox"], [aria-haspopup]';
const OPTION = '[role="option"], [role="menuitem"]';
const LIST = '[role="listbox"], [role="menu"]';
const COUNTRY_WORDS = /countr|pays|indicatif|dial|calling|flag|drapeau/;
/** How long the list may take to show once the button is pressed (a fade, a lazy list). */
const OPEN_MS = 1_000;

/** The country button inside the phone box's own field (the wrapper that holds no other box). */
export function countryMenuOf(control: Control): HTMLElement | null {
  let field: Element | null = control.parentElement;
  for (let level = 0; field && level < 3; level++, field = field.parentElement) {
    const boxes = [...field.querySelectorAll('input:not([type="hidden"]), select, textarea')].filter((box) => box !== control);
    if (boxes.length > 0) return null;
    const button = [...field.querySelectorAll<HTMLElement>(OPENER)].find((candidate) => candidate !== control && opensCountries(candidate));
    if (button) return button;
  }
  return null;
}

/** A country button: one that opens a list and says countries by its name or class, or any
 *  button that shows a flag (the first mui-tel-input buttons said nothing else). */
function opensCountries(button: HTMLElement): boolean {
  const flag = /flag|drapeau/i.test(`${button.className} ${button.innerHTML}`);
  const popup = button.getAttribute('aria-haspopup');
  const opens = button.getAttribute('role') === 'combobox' || popup === 'listbox' || popup === 'menu' || popup === 'true';
  if (!opens) return flag && button.matches('button, [role="button"]');
  const said = fold(`${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('title') ?? ''} ${button.className}`);
  return flag || COUNTRY_WORDS.test(said);
}

/** The calling code the field shows now: beside the box, or on the button ("France: +33"). */
function shownCallingCode(control: Control, button: HTMLElement): string | null {
  const addon = countryCodeAddonOf(control);
  if (addon) return addon;
  const said = `${button.textContent ?? ''} ${button.getAttribute('title') ?? ''} ${button.getAttribute('aria-label') ?? ''}`;
  return /\+\s?(\d{1,4})(?!\d)/.exec(said)?.[1] ?? null;
}

/**
 * Picks the number's country in the field's country list when the field shows another country's
 * code; the undo picks the one it showed before. True when the field now shows the number's code
 * (or already did, or has no country button): the number can be written.
 */
export async function pickCountryOfNumber(run: FillRun, control: Control, e164: string): Promise<boolean> {
  const parsed = parsePhoneNumberFromString(e164);
  const button = countryMenuOf(control);
  if (!parsed || !button) return true;
  const shown = shownCallingCode(control, button);
  if (shown === null || shown === parsed.countryCallingCode) return true;
  const options = await openList(run, button);
  const index = countryOptionIndex(options, parsed.countryCallingCode, parsed.country ?? '');
  if (index === null) {
    await closeList(run, button);
    return false;
  }
  const previous = options.find((option) => isSelected(option));
  const previousText = previous ? optionText(previous) : null;
  pick(options[index]!);
  await run.settle();
  await closeList(run, button);
  const now = countryMenuOf(control) ?? button;
  if (shownCallingCode(control, now) !== parsed.countryCallingCode) return false;
  run.steps.push({
    target: 'phoneCountryCode',
    undo: async () => {
      // The person chose another country since, or the page lost the button: left as it is.
      const current = control.isConnected ? countryMenuOf(control) : null;
      if (!current || !previousText || shownCallingCode(control, current) !== parsed.countryCallingCode) return;
      const offered = await openList(run, current);
      const back = offered.find((option) => optionText(option) === previousText);
      if (back) pick(back);
      await run.settle();
      await closeList(run, current);
    },
  });
  run.highlight(button);
  return true;
}

/** Presses the button and waits for its list's options: the list it names (aria-controls), else
 *  a list that was not shown before the press (a menu rendered in a portal). */
async function openList(run: FillRun, button: HTMLElement): Promise<Element[]> {
  const doc = button.ownerDocument;
  const before = new Set([...doc.querySelectorAll(LIST)].filter((list) => run.isVisible(list)));
  clickSafely(button);
  const started = Date.now();
  for (;;) {
    await run.settle();
    const named = (button.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean).map((id) => doc.getElementById(id));
    const lists = named.some(Boolean) ? (named.filter(Boolean) as Element[]) : [...doc.querySelectorAll(LIST)].filter((list) => !before.has(list));
    const options = lists.filter((list) => run.isVisible(list)).flatMap((list) => [...list.querySelectorAll(OPTION)]).filter((option) => run.isVisible(option));
    if (options.length > 0 || Date.now() - started >= OPEN_MS) return options;
  }
}

async function closeList(run: FillRun, button: HTMLElement): Promise<void> {
  if (button.getAttribute('aria-expanded') !== 'true') return;
  const focused = button.ownerDocument.activeElement as HTMLElement | null;
  pressKey(focused && focused !== button.ownerDocument.body ? focused : button, 'Escape');
  await run.settle();
}

function isSelected(option: Element): boolean {
  return option.getAttribute('aria-selected') === 'true' || /(^|\s)(Mui-selected|iti__active|selected)(\s|$)/.test(option.className);
}

/** The option of the number's calling code ("+33", data-dial-code="33"); between countries that
 *  share one ("+1"), the one of the number's country, by its code in the option's id or data, else
 *  the first. */
export function countryOptionIndex(options: Element[], callingCode: string, country: string): number | null {
  const code = new RegExp(`\\+\\s?${callingCode}(?!\\d)`);
  const matching = options.filter((option) => option.getAttribute('data-dial-code') === callingCode || code.test(optionText(option)));
  if (matching.length === 0) return null;
  const iso = country.toLowerCase();
  const named = matching.find((option) => {
    const said = `${option.id} ${option.getAttribute('data-country-code') ?? ''} ${option.getAttribute('data-value') ?? ''}`.toLowerCase();
    return iso !== '' && new RegExp(`(^|[^a-z])${iso}($|[^a-z])`).test(said);
  });
  return options.indexOf(named ?? matching[0]!);
}
