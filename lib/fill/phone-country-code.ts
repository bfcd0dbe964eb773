// A phone box beside a country-code list ("+33", "France (+33)", "Indicatif"): the number goes in
// national form and the list is set to the number's country, or the form sends +1 followed by a
// French number. Also which of several phone boxes suits the number (mobile or landline).

import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/min';
import { fold } from './fold-text';
import type { Control } from './find-controls';

const CALLING_CODE = /\+\s?\d{1,4}(?!\d)/;
const COUNTRY_CODE_NAME = /indicatif|country.?code|calling.?code|dial|prefix|code pays|phone.?country|country/;

/** The country-code list of the same field as the phone box, nearest first; null when none. */
export function countryCodeListOf(control: Control): HTMLSelectElement | null {
  const countries = countryListBeside(control);
  if (countries) return countries;
  let scope: Element | null = control.parentElement;
  for (let level = 0; scope && level < 3; level++, scope = scope.parentElement) {
    const lists = [...scope.querySelectorAll('select')].filter((list) => list !== control && isCountryCodeList(list));
    if (lists.length === 1) return lists[0]!;
    if (lists.length > 1 || scope.matches('form, fieldset, [role="form"]')) return null;
  }
  return null;
}

/**
 * A list of countries by their ISO codes ("FR", "BE" under "France", "Belgique"), no calling code
 * shown, as the phone box's only companion in its wrapper: the number's country, which a page
 * defaults to its first (Belgium) while the box takes a French number. A country list elsewhere
 * (the address's) is not the phone's.
 */
function countryListBeside(control: Control): HTMLSelectElement | null {
  const controls = [...(control.parentElement?.querySelectorAll('input:not([type="hidden"]), select, textarea') ?? [])];
  const list = controls.length === 2 ? controls.find((other) => other !== control) : undefined;
  if (list?.tagName !== 'SELECT') return null;
  const options = [...(list as HTMLSelectElement).options].filter((option) => option.value.trim() !== '');
  const iso = options.filter((option) => /^[A-Z]{2}$/i.test(option.value.trim()));
  return iso.length >= 2 && iso.length === options.length ? (list as HTMLSelectElement) : null;
}

function isCountryCodeList(list: HTMLSelectElement): boolean {
  const said = fold(`${list.name} ${list.id} ${list.getAttribute('aria-label') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' '));
  const coded = [...list.options].filter((option) => CALLING_CODE.test(option.text) || /^\+?\d{1,4}$/.test(option.value.trim())).length;
  return coded >= 2 && (coded >= list.options.length / 2 || COUNTRY_CODE_NAME.test(said));
}

/** The calling code shown as fixed text beside the box (a Bootstrap add-on "+33", or the text the
 *  box is described by): the person types only the rest. Digits of the code, or null. */
export function countryCodeAddonOf(control: Control): string | null {
  const described = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const root = control.getRootNode() as Document | ShadowRoot;
  const beside = [control.previousElementSibling, control.nextElementSibling, ...described.map((id) => root.getElementById?.(id) ?? null)];
  for (const element of beside) {
    if (!element || element.matches('input, select, textarea, button')) continue;
    const code = /^[^\p{L}\d+]*\+\s?(\d{1,4})\s*$/u.exec(element.textContent ?? '')?.[1];
    if (code) return code;
  }
  return null;
}

/** The number without its country code and trunk 0 ("612345678"), when `code` is its country's;
 *  null when the add-on names another country (the number cannot be written behind it). */
export function numberAfterCode(e164: string, code: string): string | null {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed || parsed.countryCallingCode !== code) return null;
  return parsed.nationalNumber;
}

/** The list's option for the number's country: "+33", "France (+33)", value "33", "FR". */
export function countryCodeOption(list: HTMLSelectElement, e164: string): HTMLOptionElement | null {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return null;
  const code = parsed.countryCallingCode;
  const sameCode = [...list.options].filter((option) => {
    const value = option.value.trim().replace(/^00/, '+');
    return new RegExp(`\\+\\s?${code}(?!\\d)`).test(option.text) || value === code || value === `+${code}`;
  });
  const country = parsed.country?.toLowerCase();
  const byCountry = [...list.options].find((option) => country !== undefined && option.value.trim().toLowerCase() === country);
  if (byCountry && (sameCode.length === 0 || sameCode.includes(byCountry))) return byCountry;
  // "+1" is the United States and Canada: the one that names the country, else the first.
  return sameCode.find((option) => country !== undefined && fold(option.text).includes(country)) ?? sameCode[0] ?? null;
}

const MOBILE_BOX = /portable|mobile|cell|gsm|(^|[^a-z])port($|[^a-z])/;
const LANDLINE_BOX = /fixe|domicile|landline|home|maison|bureau|(^|[^a-z])work($|[^a-z])|professionnel/;

/** How well a phone box suits the number: 1 a mobile box for a mobile number (or a landline box for
 *  a landline), -1 the other way round, 0 when the box or the number does not say. */
export function phoneBoxFit(boxWords: string, e164: string | undefined): number {
  const kind = e164 ? numberKind(parsePhoneNumberFromString(e164)) : undefined;
  if (!kind) return 0;
  const words = fold(boxWords);
  const says = MOBILE_BOX.test(words) ? 'mobile' : LANDLINE_BOX.test(words) ? 'landline' : undefined;
  if (!says) return 0;
  return says === kind ? 1 : -1;
}

/** Mobile or landline, for the countries whose numbering says so by its first digit. The content
 *  script carries libphonenumber's min metadata, which holds no number types (getType). */
function numberKind(parsed: PhoneNumber | undefined): 'mobile' | 'landline' | undefined {
  if (!parsed) return undefined;
  const national = parsed.nationalNumber;
  const mobileStart: Record<string, RegExp> = { '33': /^[67]/, '32': /^4/, '41': /^7[5-9]/, '44': /^7/, '352': /^6/ };
  const rule = mobileStart[parsed.countryCallingCode];
  if (!rule) return undefined;
  return rule.test(national) ? 'mobile' : 'landline';
}
