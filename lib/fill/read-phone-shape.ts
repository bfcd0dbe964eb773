import { fold } from './fold-text';

/**
 * The shape a phone box shows it wants, read the way a person reads it: an input mask in its
 * placeholder ("__ __ __ __ __", "99.99.99.99.99"), an example ("Ex : 06 12 34 56 78", "e.g.
 * +44 7700 900123") in its placeholder or help text, a count of digits ("10 chiffres") and whether
 * spaces are refused ("sans espace").
 */
export interface PhoneShape {
  /** The shape to pour the digits into: '#' for a digit, anything else kept as it is ("## ## ## ## ##"). */
  layout: string | null;
  /** The layout starts with its country code ("+33 # ## ## ## ##" from a mask "+33 _ __ __ __ __"). */
  countryCode: string | null;
  /** The layout is an example (a national one starts with 0), not a mask of blanks. */
  fromExample: boolean;
  /** How many digits the box wants, said in words. */
  digits: number | null;
  /** Spaces, dots and dashes refused ("sans espace", "digits only"). */
  digitsOnly: boolean;
}

// A blank slot of a mask: Inputmask "_" or "9", jQuery Mask "0" or "#", a plain "X". French
// forms often write the first pair as an example: "06 xx xx xx xx", "01.XX.XX.XX.XX".
const MASK = /^(\+\d{1,3}[ .\-]?|0\d[ .\-]?(?=[_#Xx]))?(?:\(?[_9#Xx0]+\)?[ .\-/]?){2,}$/;
// An example after "Ex :", "exemple", "e.g.", "par ex." or alone: at least 8 digits with separators.
// No slash: "01/01/1990" is a date.
const EXAMPLE = /(\+?\(?\d[\d .\-()]{6,}\d)/;
const DIGIT_COUNT = /(?<![\p{L}\d])(\d{1,2})\s*(?:chiffres|digits|numbers)(?![\p{L}\d])/iu;
const DIGITS_ONLY = /sans (espace|point|tiret|separateur)|without (spaces?|dots?|dashes?|separators?)|no (spaces?|separators?)|digits only|chiffres uniquement|uniquement (des |de )?chiffres|seulement (des |de )?chiffres/;

export function readPhoneShape(placeholder: string, hint: string): PhoneShape {
  const shown = placeholder.trim();
  const mask = MASK.test(shown) && /[_#Xx]|9{2}|0{2}/.test(shown.replace(/^\+\d{1,3}/, '')) ? shown : null;
  const countryCode = mask ? (/^\+(\d{1,3})/.exec(mask)?.[1] ?? null) : null;
  const words = `${placeholder} ${hint}`;
  // The placeholder first: the help text may repeat it.
  const example = mask ? null : (exampleIn(placeholder) ?? exampleIn(hint));
  const count = DIGIT_COUNT.exec(words)?.[1];
  return {
    layout: mask ? blanksToSlots(mask, countryCode) : example ? example.replace(/\d/g, '#') : null,
    countryCode,
    fromExample: example !== null,
    digits: count ? Number(count) : null,
    digitsOnly: DIGITS_ONLY.test(fold(words)),
  };
}

/** "+33 _ __ __" -> "+33 # ## ##": the country code stays written, every blank becomes a slot. */
function blanksToSlots(mask: string, countryCode: string | null): string {
  const prefix = countryCode ? `+${countryCode}` : '';
  // "06 xx…": the first pair, written as an example, is two slots like the others.
  return prefix + mask.slice(prefix.length).replace(/^0\d/, '##').replace(/[_9#Xx0]/g, '#');
}

function exampleIn(text: string): string | null {
  // "10 chiffres" is a count, not the start of an example.
  const found = EXAMPLE.exec(text.replace(new RegExp(DIGIT_COUNT.source, 'giu'), ' '))?.[1]?.trim();
  if (!found) return null;
  return found.replace(/\D/g, '').length >= 8 ? found : null;
}
