// The town of a job among the places its header names after the employer. Security, cleaning,
// retail and interim jobs name the site they worked on between the employer and the town
// ("Securitas – Stade de France, Saint-Denis", "ONET – Gare Saint-Lazare, Paris 8e"): the site
// is no town; a country or region after the town ("Lyon, France") is none either.
import { isCountryName } from '../country-names';
import { foldText } from '../fold-text';
import { REGIONS } from '../town-vocabulary';
import { isKnownTown } from './place-parts';

/** A site's kind, written first ("Stade de France", "Gare de Lyon", "Centre commercial Rosny 2")
 *  or last ("Dublin Airport", "Wembley Stadium"). Followed or preceded by a space: "Port-Vendres"
 *  and "Parc-sur-Mer" are towns. */
const SITE_FIRST = /^(?:stade|gare|a[ée]roport|h[ôo]pital|centre|center|zone|zi|za|zac|zae|parc|campus|usine|entrep[ôo]t|site|plate-?forme|d[ée]p[ôo]t|chantier|r[ée]sidence|clinique|ehpad|march[ée]|mus[ée]e|th[ée][âa]tre|palais|tour|terminal|base|port\s+(?:de|du|des|autonome)|quai|station|salle|piscine|camping|domaine|ch[âa]teau\s+(?:de|du|des))\s/i;
const SITE_LAST = /\s(?:stadium|airport|hospital|centre|center|park|station|arena|terminal|depot|warehouse|campus|mall|shopping\s+centre|retail\s+park|business\s+park)$/i;

export function isSiteName(text: string): boolean {
  const trimmed = text.trim();
  return SITE_FIRST.test(trimmed) || SITE_LAST.test(trimmed);
}

/** The parts naming the employer, without the sites named after it: "Securitas, Gare du Nord". */
export function withoutSites(parts: string[]): string[] {
  return parts.filter((part, index) => index === 0 || !isSiteName(part));
}

export const isRegionOrCountry = (text: string) => isCountryName(text) || REGIONS.has(foldText(text).replace(/\s+/g, ' ').trim());

/** Of the places after the employer, the job's town: a town for sure if one is named (with its
 *  postcode, département or a large town), else the last that is no site, region or country,
 *  since CVs end a header with the town. Null when only a site is named. */
export function townAmong<T extends { part: string }>(places: T[]): T | null {
  if (places.length <= 1) return places[0] && !isSiteName(places[0].part) ? places[0] : null;
  const towns = places.filter((place) => !isSiteName(place.part) && !isRegionOrCountry(place.part));
  return towns.find((place) => isKnownTown(place.part)) ?? towns.at(-1) ?? places.find((place) => !isSiteName(place.part)) ?? null;
}
