// The candidate's town written with its region or country and no postcode, as LinkedIn prints it
// under the headline: "Lille, Hauts-de-France, France", "Région de Nantes, France", "Leeds, England,
// United Kingdom", "Lyon et périphérie". The first part is the town.
import type { TextLine } from '../types';
import { foldedWords } from './entry-parts';
import { foldText } from './fold-text';
import { isCountryName } from './country-names';
import { JOB_WORDS } from './job-vocabulary';
import { NOT_A_TOWN, REGIONS, UK_COUNTY } from './town-vocabulary';
import { withoutOutwardCode } from './uk-outward-code';

export interface TownWithRegion {
  town: string;
  line: TextLine;
}

/** "Villeneuve-d'Ascq", "La Roche-sur-Yon", "Saint-Étienne", "Newcastle upon Tyne". */
const TOWN_SHAPE = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:sur|sous|en|le|la|les|lès|de|du|des|upon|on)\s+)?\p{Lu}[\p{L}'’-]*){0,2}$/u;
/** How LinkedIn widens a town to its area: "Région de Lille", "Lyon et périphérie", "Greater Leeds Area". */
const AREA = /^(?:r[ée]gion\s+de\s+|greater\s+)|\s+(?:et\s+p[ée]riph[ée]rie|area|metropolitan\s+area)$/giu;

const isRegion = (text: string) => REGIONS.has(foldText(text).replace(/\s+/g, ' ').trim());

export function readTownWithRegion(lines: TextLine[]): TownWithRegion | undefined {
  for (const line of lines) {
    const text = withoutOutwardCode(line.text.trim());
    if (/@|\d/.test(text)) continue;
    const parts = text.split(/\s*,\s*/);
    const town = parts[0]!.replace(AREA, '').trim();
    const rest = parts.slice(1);
    // Alone, a town needs its area words ("Lyon et périphérie"); otherwise a region or a country after it.
    const widened = town !== parts[0]!.trim();
    const placed = rest.length > 0 && rest.length <= 2 && rest.every((part) => isRegion(part) || isCountryName(part) || UK_COUNTY.test(part));
    if (!(placed || (widened && rest.every((part) => isCountryName(part))))) continue;
    if (!TOWN_SHAPE.test(town) || NOT_A_TOWN.test(town) || isRegion(town) || isCountryName(town)) continue;
    if (foldedWords(town).some((word) => JOB_WORDS.has(word))) continue;
    return { town, line };
  }
  return undefined;
}
