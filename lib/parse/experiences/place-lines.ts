// A line of a job's header that only says where the job was: "Nantes, Pays de la Loire, France"
// (LinkedIn, under the dates), "City: Lyon | Country: France" / "Ville : Nantes | Pays : France"
// (Europass 2024, above or under the dates), "Région de Paris, France", "CDI · Lyon, France" (Welcome
// to the Jungle, with the contract). Neither the title nor the employer of that job or the next; its
// town is the job's place.
import { isCountryName, namesCountry } from '../country-names';
import { splitParts } from '../entry-parts';
import { foldText } from '../fold-text';
import { CONTRACT_PART } from '../job-vocabulary';
import { REGIONS } from '../town-vocabulary';
import { hasJobWord } from './part-kinds';
import { isKnownTown, looksLikePlace } from './place-parts';

/** Europass 2024: "City: Lyon | Country: France", "Ville : Nantes | Pays : France", "City: Brno Country: Czechia". */
const LABELLED_PLACE = /^\s*(?:city|town|ville|localit[ée])\s*:\s*([^|:\t]+?)\s*(?:(?:[|·,\t]\s*|\s+)(?:country|pays)\s*:\s*([^|:\t]+?))?\s*(?:[|·\t].*)?$/i;
/** How LinkedIn widens a town to its area: "Région de Lille", "Lyon et périphérie", "Greater Leeds Area". */
const AREA = /^(?:r[ée]gion\s+de\s+|greater\s+)|\s+(?:et\s+p[ée]riph[ée]rie|area|metropolitan\s+area)$/giu;

export function isPlaceLine(text: string): boolean {
  if (LABELLED_PLACE.test(text)) return true;
  const all = splitParts(text);
  // "CDI · Lyon, France" (Welcome to the Jungle): the contract beside the place says no more of
  // title or employer. The place must then be a town for sure ("Stage · Decathlon" names a firm).
  const parts = all.filter((part) => !CONTRACT_PART.test(part.trim()));
  if (parts.length === 0) return false;
  if (parts.length < all.length && parts.length === 1) return isKnownTown(parts[0]!) || isCountryName(parts[0]!);
  if (parts.length === 1) return isKnownTown(parts[0]!);
  // A region beside the town, or a town known as one: "Trattoria Da Michele, Napoli, Italy" is an employer.
  const region = parts.slice(0, -1).some((part) => REGIONS.has(foldText(part).replace(/\s+/g, ' ')) || /^r[ée]gion\b/i.test(part));
  return parts.length <= 3 && namesCountry(parts) && !parts.some(hasJobWord) && (region || isKnownTown(parts[0]!));
}

/** The town of a place line: "Lyon" for "City: Lyon | Country: France" or "Lyon, Auvergne-Rhône-Alpes, France". */
export function townOfPlaceLine(text: string): string | null {
  const labelled = LABELLED_PLACE.exec(text);
  const town = (labelled ? labelled[1]! : splitParts(text).find((part) => !CONTRACT_PART.test(part.trim())) ?? '').replace(AREA, '').trim();
  return town === '' || isCountryName(town) || REGIONS.has(foldText(town).replace(/\s+/g, ' ')) ? null : town;
}

/** "Stage · Messimy", "CDD – Villeurbanne": a contract and one name that may be a town. Under a line
 *  that already names the job and its employer, the name is the town. */
export function isContractAndPlace(text: string): boolean {
  const all = splitParts(text);
  const parts = all.filter((part) => !CONTRACT_PART.test(part.trim()));
  return parts.length === 1 && all.length > 1 && looksLikePlace(parts[0]!);
}
