// The country a phone number written without its international prefix is read in first: the
// CV's language's, unless the CV places the candidate in France (a +33 number, a French postcode
// or département, "France" in the header), in Belgium, Switzerland or Luxembourg, or in Ireland.
// extract-phone tries the other countries after it.
import type { CountryCode } from 'libphonenumber-js/max';
import type { CvSection, Language, TextLine } from '../types';
import { EIRCODE, irishTown } from './eircode';
import type { LocationSuggestion } from './extract-location';

const FRANCE = /(?<![\p{L}])France(?![\p{L}])/iu;

const IRELAND = /(?<![\p{L}])(?:ireland|[ée]ire)(?![\p{L}])|\+\s?353|00\s?353/iu;
/** Belgium, Switzerland and Luxembourg by name, in the languages their CVs are written in. */
const NEIGHBOURS: [RegExp, CountryCode][] = [
  [/(?<![\p{L}])(?:belgique|belgi[eë]|belgium)(?![\p{L}])/iu, 'BE'],
  [/(?<![\p{L}])(?:suisse|schweiz|switzerland|svizzera)(?![\p{L}])/iu, 'CH'],
  [/(?<![\p{L}])(?:luxembourg|luxemburg)(?![\p{L}])/iu, 'LU'],
];
/** How Belgium ("0470 12 34 56", "02 512 34 56") and Switzerland ("079 123 45 67") group a national
 *  number, which France writes in pairs ("04 70 12 34 56"). */
const BELGIAN_GROUPS = /(?<!\d)0(?:\d{3}|\d)[\s./](?:\d{2}|\d{3})[\s.]\d{2}[\s.]\d{2}(?![\s.]?\d)/;
const SWISS_GROUPS = /(?<!\d)0\d{2}[\s./]\d{3}[\s.]\d{2}[\s.]\d{2}(?![\s.]?\d)/;

export function phoneCountry(language: Language, lines: TextLine[], sections: CvSection[], location: LocationSuggestion): CountryCode {
  if (lines.some((line) => /\+\s?33|0033/.test(line.text))) return 'FR';
  if (location.postcode && /^\d{5}$/.test(location.postcode.value)) return 'FR';
  const header = sections.filter((section) => section.kind === 'header').flatMap((section) => section.lines);
  // A French CV from Belgium or Switzerland: "0470 12 34 56" under "1000 Bruxelles" is Belgian,
  // though it would also read as a French landline.
  const neighbour = neighbourCountry(header, lines, location);
  if (neighbour) return neighbour;
  // An Irish address (an Eircode, a county, Dublin's district): "085 765 4321" is an Irish mobile.
  if (location.postcode && EIRCODE.test(location.postcode.value)) return 'IE';
  if (header.some((line) => IRELAND.test(line.text) || line.text.split(/\t|\s[|•·]\s/).some((segment) => irishTown(segment) !== null))) return 'IE';
  if (language === 'fr') return 'FR';
  if (location.city && /\((?:\d{2}|2[AB]|97\d)\)/.test(location.city.evidence.text)) return 'FR';
  if (header.some((line) => FRANCE.test(line.text))) return 'FR';
  return 'GB';
}

/** The neighbour a header names, or whose four-digit postcode it gives with a number grouped its way. */
function neighbourCountry(header: TextLine[], lines: TextLine[], location: LocationSuggestion): CountryCode | null {
  if (header.some((line) => FRANCE.test(line.text))) return null;
  const named = NEIGHBOURS.find(([name]) => header.some((line) => name.test(line.text)))?.[1];
  if (named) return named;
  if (!location.postcode || !/^(?:L-?)?\d{4}$/.test(location.postcode.value)) return null;
  if (/^L/.test(location.postcode.value)) return 'LU';
  if (lines.some((line) => SWISS_GROUPS.test(line.text))) return 'CH';
  if (lines.some((line) => BELGIAN_GROUPS.test(line.text))) return 'BE';
  return null;
}
