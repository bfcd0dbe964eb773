import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { fitsControl } from './control-constraints';
import type { Control } from './find-controls';

/**
 * The phone number written the way this control accepts it. The plan holds E.164 (+33612345678),
 * which is kept unless the control constrains the shape: a `pattern` or `maxlength` E.164 does not
 * fit, or a placeholder showing a national example ("06 12 34 56 78"). Then the national form.
 */
export function phoneForControl(control: Control, value: string, nationalOnly = false): string {
  const parsed = value.startsWith('+') ? parsePhoneNumberFromString(value) : undefined;
  if (!parsed) return value;
  const national = parsed.formatNational();
  // `nationalOnly`: the country code is asked apart ("tel-national", a country-code list).
  const candidates = nationalOnly
    ? [national.replace(/[^\d]/g, ''), national, parsed.nationalNumber]
    : // Last, the digits after the country code: a box of nine digits wants no trunk 0.
      [value, national, national.replace(/[^\d+]/g, ''), parsed.formatInternational(), parsed.nationalNumber];
  const placeholder = (control.getAttribute('placeholder') ?? '').trim();
  if (/^0[\d .\-]{7,}$/.test(placeholder)) {
    // The example shows the national shape, with or without spaces.
    candidates.unshift(/\s/.test(placeholder) ? national : national.replace(/[^\d]/g, ''));
  }
  return candidates.find((text) => fitsControl(control, text)) ?? (nationalOnly ? candidates[0]! : value);
}
