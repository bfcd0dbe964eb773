// Interim jobs name the agency and the missions rather than one employer and one title:
// "Intérim Adecco — missions : cariste chez Decathlon, préparatrice chez Auchan",
// "Intérimaire (Manpower) - missions de manutentionnaire". The agency is the employer; the first
// mission's trade is the title; the client firms after it are neither employer nor town.
import { foldedWords } from './entry-parts';
import { JOB_WORDS } from './job-vocabulary';

/** "missions : cariste", "missions de manutentionnaire", "mission en tant que cariste". */
const MISSION = /^missions?\s*(?::\s*|(?:de|d['’]|en(?:\s+tant\s+que)?|comme|of|as)\s+)(.+)$/iu;
/** A status that says how one was hired, not what one did nor for whom. */
const STATUS = /^(?:int[ée]rim(?:aire)?|travail\s+temporaire|missions?\s+(?:d['’]|en\s+)?int[ée]rim|temp(?:orary)?(?:\s+work(?:er)?)?|agency\s+work(?:er)?)$/iu;
/** "Intérim Adecco", "Intérim chez Manpower", "Missions d'intérim via Adecco et Randstad": the
 *  status then the agency's name. */
const STATUS_THEN_AGENCY = /^((?:missions?\s+(?:d['’]|en\s+)?)?int[ée]rim(?:aire)?|temp)\s+(?:chez\s+|at\s+|via\s+|par\s+|through\s+|[-–—:]\s*)?(\p{Lu}.*)$/iu;
/** "Intérimaire (Manpower)": the status with the agency in brackets. */
const STATUS_WITH_AGENCY = /^(.+?)\s*\(([^()]+)\)$/u;
/** "Chauffeur PL en intérim (Manpower, Adecco)", "Cariste intérimaire (Synergie)": a trade, the
 *  status, then the agencies in brackets. */
const TRADE_STATUS_AGENCY = /^(.+?)\s+(?:en\s+)?int[ée]rim(?:aire)?\s*\(([^()]+)\)$/iu;
/** A trade that ends by linking to what follows: "Service militaire puis", "Vendeuse, then". */
const THEN_CONNECTOR = /(?:\s(?:puis|et|ou|then|and|or|followed\s+by)|[,/+&])$/iu;
/** The status in a bracket, French or English: "intérim", "missions en intérim", "agency", "temp". */
const BRACKET_STATUS = String.raw`(?:[Mm]issions?\s+(?:en\s+)?)?[Ii]nt[ée]rim(?:aire)?|[Aa]gency(?:\s+work(?:er)?)?|[Tt]emp(?:orary)?(?:\s+work(?:er)?)?`;
/** "Chauffeur PL (intérim Manpower)", "Agent de tri (Randstad - intérim)", "Forklift Driver (agency
 *  via Adecco)", "Picker (via Adecco)": the agency beside the status in the trade's bracket. */
const TRADE_BRACKET_AGENCY = [
  new RegExp(String.raw`^(.+?)\s*\(\s*(?:(?:${BRACKET_STATUS})\s*(?:chez\s+|via\s+|through\s+|with\s+|[-–—:,]\s*)?|(?:via|through)\s+)(\p{Lu}[^()]*?)\s*\)$`, 'u'),
  new RegExp(String.raw`^(.+?)\s*\(\s*(\p{Lu}[^()]*?)\s*(?:[-–—,:]\s*(?:${BRACKET_STATUS})|\s[Aa]gency)\s*\)$`, 'u'),
];

const namesJob = (text: string) => {
  const words = foldedWords(text);
  return words.some((word, index) => JOB_WORDS.has(word) || JOB_WORDS.has(`${word} ${words[index + 1] ?? ''}`));
};

/** The parts of an interim header as title and employer candidates: the mission's trade first,
 *  the status split from its agency; other headers come back unchanged. */
export function readInterimParts(input: string[], isPlace: (text: string) => boolean): string[] {
  // "Missions intérim (Adecco) : préparatrice de commandes": the status and agency, then the trade.
  const parts = input.flatMap((part) => {
    const labelled = /^(.+?)\s*:\s+(.+)$/u.exec(part.trim());
    if (!labelled) return [part];
    const status = labelled[1]!.replace(/\s*\([^()]*\)$/u, '').trim();
    const isStatus = STATUS.test(status) || STATUS_THEN_AGENCY.test(status);
    return isStatus && namesJob(labelled[2]!) ? [labelled[1]!, `missions : ${labelled[2]!}`] : [part];
  }).flatMap((part) => tradeAndAgency(part.trim(), isPlace) ?? [part]);
  // "Missions en intérim" reads as a mission too: the one naming a trade counts.
  const tradeOf = (part: string) => MISSION.exec(part.trim())?.[1]?.trim() ?? '';
  const missionIndex = parts.findIndex((part) => namesJob(tradeOf(part)));
  const missionTrade = missionIndex >= 0 ? tradeOf(parts[missionIndex]!) : '';
  const hasTrade = missionTrade !== '';
  // Without a trade ("Mission de 6 mois") the mission part is left as it was.
  const kept = hasTrade ? parts.slice(0, missionIndex) : parts;
  const split = kept.flatMap((part) => {
    const text = part.trim();
    // A bare status beside the trade ("Missions en intérim : manutentionnaire") names no employer.
    if (hasTrade && STATUS.test(text)) return [];
    // "Intérim Adecco" always names the agency; a bracket may hold a town: "Intérim (Lille)".
    const named = STATUS_THEN_AGENCY.exec(text);
    const bracketed = named ? null : STATUS_WITH_AGENCY.exec(text);
    const agency = named ?? bracketed;
    if (!agency || !STATUS.test(agency[1]!.trim()) || namesJob(agency[2]!) || (bracketed && isPlace(agency[2]!.trim()))) return [part];
    // With a trade named by the mission, or by another part ("Missions intérim (Adecco)" over
    // "Manutentionnaire, cariste"), the status says nothing more.
    const tradeElsewhere = parts.some((other) => other !== part && namesJob(other));
    return hasTrade || tradeElsewhere ? [agency[2]!.trim()] : [agency[1]!.trim(), agency[2]!.trim()];
  });
  if (!hasTrade) return split;
  return [missionTrade.charAt(0).toUpperCase() + missionTrade.slice(1), ...split];
}

/** A trade with its interim agencies on one part, as the trade then the agencies; null otherwise. */
function tradeAndAgency(part: string, isPlace: (text: string) => boolean): string[] | null {
  for (const pattern of [TRADE_STATUS_AGENCY, ...TRADE_BRACKET_AGENCY]) {
    const match = pattern.exec(part);
    if (!match) continue;
    const trade = match[1]!.trim();
    const agency = match[2]!.trim();
    if (!namesJob(trade) || namesJob(agency) || isPlace(agency)) continue;
    // "Service militaire puis intérim (Manpower)": after a connector the interim is a second
    // activity of the period, not the trade's status; the title says both.
    if (pattern === TRADE_STATUS_AGENCY && THEN_CONNECTOR.test(trade)) return [part.replace(/\s*\([^()]*\)$/u, ''), agency];
    return [trade, agency];
  }
  return null;
}
