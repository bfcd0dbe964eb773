// A line of a job's header that only says where the job was: "Nantes, Pays de la Loire, France"
// (LinkedIn, under the dates), "City: Lyon | Country: France" / "Ville : Nantes | Pays : France"
// (Europass 2024, above or under the dates), "Région de Paris, France". Neither the title nor the
// employer of that job or the next; its town is the job's place.
import { isCountryName, namesCountry } from '../country-names';
import { splitParts } from '../entry-parts';
import { foldText } from '../fold-text';
import { REGIONS } from '../town-vocabulary';
import { hasJobWord } from './part-kinds';
import { isKnownTown } from './place-parts';

/** Europass 2024: "City: Lyon | Country: France", "Ville : Nantes | Pays : France", "City: Brno Country: Czechia". */
const LABELLED_PLACE = /^\s*(?:city|town|ville|localit[ée])\s*:\s*([^|:\t]+?)\s*(?:(?:[|·,\t]\s*|\s+)(?:country|pays)\s*:\s*([^|:\t]+?))?\s*(?:[|·\t].*)?$/i;
/** How LinkedIn widens a town to its area: "Région de Lille", "Lyon et périphérie", "Greater Leeds Area". */
const AREA = /^(?:r[ée]gion\s+de\s+|greater\s+)|\s+(?:et\s+p[ée]riph[ée]rie|area|metropolitan\s+area)$/giu;

export function isPlaceLine(text: string): boolean {
  if (LABELLED_PLACE.test(text)) return true;
  const parts = splitParts(text);
  if (parts.length === 1) return isKnownTown(parts[0]!);
  // A region beside the town, or a town known as one: "Trattoria Da Michele, Napoli, Italy" is an employer.
  const region = parts.slice(0, -1).some((part) => REGIONS.has(foldText(part).replace(/\s+/g, ' ')) || /^r[ée]gion\b/i.test(part));
  return parts.length <= 3 && namesCountry(parts) && !parts.some(hasJobWord) && (region || isKnownTown(parts[0]!));
}

/** The town of a place line: "Lyon" for "City: Lyon | Country: France" or "Lyon, Auvergne-Rhône-Alpes, France". */
export function townOfPlaceLine(text: string): string | null {
  const labelled = LABELLED_PLACE.exec(text);
  const town = (labelled ? labelled[1]! : splitParts(text)[0] ?? '').replace(AREA, '').trim();
  return town === '' || isCountryName(town) || REGIONS.has(foldText(town).replace(/\s+/g, ' ')) ? null : town;
}
