// An employer line set over several jobs ("Brookfield House Care Home" then two roles): read once,
// its employer and town go to the jobs under it that name none.
import { cleanPart, splitParts } from '../entry-parts';
import { cleanEmployer } from './clean-parts';
import { isRegionOrCountry, withoutSites } from './job-site';
import { looksLikePlace } from './place-parts';

export interface EmployerLine {
  text: string;
  employer: string;
  location: string | null;
}

/** An employer line set over several jobs keeps its town apart: "Auchan, Villeneuve-d'Ascq". */
export function readEmployerLine(text: string): EmployerLine {
  const parts = splitParts(text);
  // "Apex Robotics – Lyon, France" (Europass), "Kiabi, Lille, Hauts-de-France": the country or
  // region after the town is no more the place than the town is part of the employer.
  while (parts.length >= 3 && isRegionOrCountry(parts[parts.length - 1]!) && looksLikePlace(parts[parts.length - 2]!) && !isRegionOrCountry(parts[parts.length - 2]!)) parts.pop();
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && last && looksLikePlace(last)) {
    // "Securitas – Gare du Nord, Paris": the site worked on between the employer and its town is neither.
    return { text, employer: cleanEmployer(withoutSites(parts.slice(0, -1)).join(', ')) ?? cleanPart(text), location: cleanPart(last) };
  }
  return { text, employer: cleanEmployer(cleanPart(text)) ?? cleanPart(text), location: null };
}
