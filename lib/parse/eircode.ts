// Irish addresses end with an Eircode: a routing key (a letter and two digits, or "D6W") and four
// characters ("14 Castle Avenue, Clondalkin, Dublin 22, D22 X7K4", "Bray, Co. Wicklow A98 X2Y3").
// The letters B, G, I, J, L, M, O, Q, S, U and Z are never used, which keeps French and UK codes,
// phone numbers and references out.
export const EIRCODE = /(?<![A-Za-z0-9])((?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})(?![A-Za-z0-9])/;

/** The county ("Co. Kildare", "County Cork") or the country after an Irish town: no town. */
export const IRISH_COUNTY = /^(?:co\.?|county)\s+\p{Lu}[\p{L}'’-]*$|^(?:ireland|[ée]ire|republic of ireland)$/iu;

/** "Dublin 22" -> "Dublin": Dublin's postal district is no part of the town's name. */
export function withoutPostalDistrict(town: string): string {
  return town.replace(/^(Dublin)\s+\d{1,2}W?$/i, '$1');
}

const IRISH_STREET = /\s(?:Street|St|Road|Rd|Lane|Avenue|Ave|Drive|Close|Court|Crescent|Terrace|Grove|Way|Square|Row|Gardens|Heights|Lawn|Walk|Rise|Place|Park|View|Green|Manor|Downs|Estate)$/;

/** The town of an Irish address without an Eircode: Dublin when its postal district ends it, as an
 *  arrondissement names Paris ("12 Main Street, Ballymun, Dublin 11", "Drumcondra, Dublin 9,
 *  Ireland"), else the part before the county ("22 Oak Park, Swords, Co. Dublin"). A suburb before
 *  a district ("Ballymun") is no town of its own. */
export function irishTown(text: string): string | null {
  const parts = text.split(/\s*,\s*/).map((part) => part.trim().replace(/\.$/, '')).filter(Boolean);
  while (parts.length > 1 && /^(?:ireland|[ée]ire|republic of ireland)$/i.test(parts.at(-1)!)) parts.pop();
  if (/^Dublin\s+(?:[1-9]|1\d|2[0-4]|6W)$/i.test(parts.at(-1) ?? '')) return 'Dublin';
  if (parts.length < 2 || !IRISH_COUNTY.test(parts.at(-1)!)) return null;
  const town = parts.at(-2)!;
  // "Main Street, Co. Cork", "Oak Park, Co. Meath": a street or an estate, not the town.
  return /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(town) && !IRISH_STREET.test(town) ? town : null;
}
