// The country a phone number written without its international prefix is read in first: the
// CV's language's, unless the CV places the candidate in France (a +33 number, a French postcode
// or département, "France" in the header). extract-phone tries the other countries after it.
import type { CountryCode } from 'libphonenumber-js/max';
import type { CvSection, Language, TextLine } from '../types';
import type { LocationSuggestion } from './extract-location';

const FRANCE = /(?<![\p{L}])France(?![\p{L}])/iu;

export function phoneCountry(language: Language, lines: TextLine[], sections: CvSection[], location: LocationSuggestion): CountryCode {
  if (language === 'fr') return 'FR';
  if (lines.some((line) => /\+\s?33|0033/.test(line.text))) return 'FR';
  if (location.postcode && /^\d{5}$/.test(location.postcode.value)) return 'FR';
  if (location.city && /\((?:\d{2}|2[AB]|97\d)\)/.test(location.city.evidence.text)) return 'FR';
  const header = sections.filter((section) => section.kind === 'header').flatMap((section) => section.lines);
  if (header.some((line) => FRANCE.test(line.text))) return 'FR';
  return 'GB';
}
