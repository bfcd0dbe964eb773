// The parts of one job's header ("Cariste – Leroy Merlin, Lyon") given to title, employer and town:
// the order CVs mostly use, unless a later part is clearly more of a title than the first.
import { cleanPart } from '../entry-parts';
import { withoutPostalDistrict } from '../eircode';
import { splitEmployerConnector } from '../employer-connector';
import { readInterimParts } from '../interim-parts';
import { CONTRACT_PART, MILITARY_SERVICE } from '../job-vocabulary';
import { cleanEmployer, cleanTitle, withoutSchool } from './clean-parts';
import { ROLE_CONTRACT } from './line-patterns';
import { employerScore, hasJobWord, titleScore } from './part-kinds';
import { townAmong } from './job-site';
import { looksLikePlace, withoutContractBracket } from './place-parts';

/** Field labels of a job written as a form: "Poste : Aide-soignante", "Employer: Sunrise Care Home". */
const ENTRY_LABEL = /^(?:poste(?:\s+occup[ée])?|intitul[ée](?:\s+du\s+poste)?|fonction|employeur|entreprise|soci[ée]t[ée]|structure|[ée]tablissement|lieu|p[ée]riode|dates?|job\s+title|title|position|role|employer|company|organi[sz]ation|location|period)\s*:\s*/i;

export function assignParts(headerParts: string[]): { title: string | null; employer: string | null; location: string | null } {
  const unlabelled = headerParts.map((part) => part.replace(ENTRY_LABEL, '')).filter((part) => part.trim() !== '' && !ENTRY_LABEL.test(`${part}:`));
  const allParts = readInterimParts(unlabelled.flatMap((part) => splitEmployerConnector(part) ?? [part]), looksLikePlace);
  // "Stage – Agent de quai", "Préparateur – CDI depuis 2021": the contract is neither title nor employer.
  let parts = allParts.filter((part) => !CONTRACT_PART.test(part.trim()));
  // "Service militaire – Conducteur, 12e RC": beside a trade, conscription is neither either.
  const military = (part: string) => MILITARY_SERVICE.test(part.trim());
  if (parts.some((part) => !military(part) && hasJobWord(part))) parts = parts.filter((part) => !military(part));
  // "Stage – Leroy Merlin, Lyon", "Volunteer, Oxfam Shop, Leeds": when the rest is an employer
  // and its town (no trade named), the kind of placement is the title.
  const employerAndTown = parts.length === 2 ? looksLikePlace(parts[1]!) : parts.length === 1 && employerScore(parts[0]!) > 0;
  if (ROLE_CONTRACT.test(allParts[0]?.trim() ?? '') && employerAndTown && !parts.some(hasJobWord)) parts = [allParts[0]!, ...parts];
  if (parts.length === 0) return { title: allParts[0] ? cleanTitle(allParts[0]) : null, employer: null, location: null };
  const scored = parts.map((part, index) => ({ part, index, title: titleScore(part), employer: employerScore(part) }));
  // The first part is the title unless another part is clearly more of a title; a place never is.
  let titlePart = scored.find((candidate) => !(candidate.index > 0 && looksLikePlace(candidate.part))) ?? scored[0]!;
  for (const candidate of scored.slice(1, 3)) {
    if (looksLikePlace(candidate.part) && candidate.title === 0) continue;
    const margin = candidate.title - candidate.employer - (titlePart.title - titlePart.employer);
    if (margin > 0) titlePart = candidate;
  }
  let rest = scored.filter((candidate) => candidate !== titlePart);
  // "Maçon VRD – chef d'équipe · Eiffage Route, Toulouse": a part naming a role right after the
  // title, with an employer still to come, says more of the title, not who employed.
  const qualifier = rest[0];
  const laterEmployer = rest.slice(1).some((candidate) => !looksLikePlace(candidate.part) || candidate.employer > 0);
  let title = cleanTitle(titlePart.part);
  if (qualifier && qualifier.index === titlePart.index + 1 && hasJobWord(qualifier.part) && qualifier.employer === 0 && qualifier.title > 0 && laterEmployer && !/^\p{Lu}{2,}/u.test(qualifier.part.trim())) {
    title = `${title} – ${cleanTitle(qualifier.part)}`;
    rest = rest.slice(1);
  }
  const employerPart = rest.find((candidate) => !(candidate.index > 0 && looksLikePlace(candidate.part) && candidate.employer === 0 && candidate !== rest[0])) ?? null;
  const locationPart = townAmong(rest.filter((candidate) => candidate !== employerPart && candidate.index > (employerPart?.index ?? 0) && looksLikePlace(candidate.part)));
  // "Intérim (Lille)": once its bracket is read, a contract word is left, which is no employer.
  const employerText = employerPart ? withoutSchool(cleanEmployer(employerPart.part)) : null;
  const employer = employerText && !CONTRACT_PART.test(employerText) ? employerText : null;
  const location = locationPart ? withoutPostalDistrict(cleanPart(withoutContractBracket(locationPart.part))) : employerPart ? bracketPlace(employerPart.part) : null;
  return { title, employer, location };
}

/** The place in brackets after an employer: "chez ADMR (Douai)", "Leroy Merlin (Lesquin)". */
function bracketPlace(text: string): string | null {
  const bracket = /\(([^()]+)\)\s*$/.exec(text)?.[1]?.trim();
  if (!bracket || !/\p{L}/u.test(bracket) || CONTRACT_PART.test(bracket)) return null;
  return looksLikePlace(bracket) ? bracket : null;
}
