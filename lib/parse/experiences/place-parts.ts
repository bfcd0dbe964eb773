// Whether a part of a job header is a place (the job's town), not its title or employer, and the
// town without what CVs write after it (an arrondissement, a contract in brackets).
import { isCountryName } from '../country-names';
import { withoutPostalDistrict } from '../eircode';
import { foldText } from '../fold-text';
import { CONTRACT_PART } from '../job-vocabulary';
import { LARGE_TOWNS } from '../town-vocabulary';
import { employerScore, hasJobWord } from './part-kinds';

/** A place: "Lyon", "Lyon (69)", "69003 Lyon", "Stockport", "London, UK", "Lyon 3e", "Dublin 11", "Paris (CDI)". */
export function looksLikePlace(text: string): boolean {
  if (/\b\d{5}\b|\(\d{2,3}\)|^[A-Z]{1,2}\d/.test(text)) return true;
  const words = withoutDistrict(withoutContractBracket(text)).split(/\s+/);
  return words.length <= 3 && words.every((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word) || /^(?:sur|en|le|la|les|de|du|upon|on)$/.test(word)) && !hasJobWord(text) && employerScore(text) === 0;
}

/** A town for sure, not a one-word employer ("Geodis"): a large town, or one with its postcode,
 *  département or district ("Voiron (38)", "Lyon 3e", "Dublin 11"). */
export function isKnownTown(text: string): boolean {
  const place = withoutContractBracket(text.trim());
  const town = withoutDistrict(place);
  return looksLikePlace(place) && (LARGE_TOWNS.has(foldText(town)) || town !== place || /\b\d{5}\b|\(\d{2,3}\)/.test(place));
}

/** "Paris (CDI)" -> "Paris", "Doncaster (DSA1)" -> "Doncaster", "Braga (Portugal)" -> "Braga": the
 *  contract, the site's code or the country in brackets after a town; and a note of the place after
 *  a large town ("Nantes (Atlantis)") or in lower case ("Corby (ready meals)", "Chenôve (8 salariés)"). */
export function withoutContractBracket(text: string): string {
  return text.replace(/\s*\(([^()]*)\)\s*$/, (whole, inside: string, at: number) => {
    const note = inside.trim();
    if (CONTRACT_PART.test(note) || SITE_CODE.test(note) || isCountryName(note)) return '';
    if (/^\d{2,3}$/.test(note)) return whole;
    const before = text.slice(0, at).trim();
    const townName = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:sur|en|le|la|les|de|du|upon|on)\s+\p{Lu}[\p{L}'’-]*)?$/u.test(before);
    return LARGE_TOWNS.has(foldText(before)) || (townName && /^(?:\p{Ll}|\d+\s+\p{Ll})/u.test(note)) ? '' : whole;
  });
}

/** A warehouse's or a store's code: "DSA1", "LBA4", "MAN2" (letters and a digit, no word). */
const SITE_CODE = /^(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,6}$/;

/** "Lyon 3e" -> "Lyon", "Dublin 11" -> "Dublin": the arrondissement or postal district after a town. */
function withoutDistrict(text: string): string {
  return withoutPostalDistrict(text.replace(/(?<=\p{L})\s+\d{1,2}(?:e|er|[èe]me)$/u, ''));
}
