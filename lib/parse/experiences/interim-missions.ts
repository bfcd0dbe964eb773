// Interim work written as a group: the status and the agency on the dated line ("Missions d'intérim
// via Adecco (2019–2022)", "Intérimaire – Manpower, Randstad", "Temp assignments via Reed"), then
// one line per mission ("- Leroy Merlin, Lesquin : préparateur de commandes (3 mois)", "Mission
// chez Decathlon : cariste"). Each mission is one job: its trade the title, the client firm the
// employer (the agency when no client is named), the group's period its dates, unless the mission
// line gives its own ("- Cariste – Decathlon (03/2020 – 08/2020)"). How long a mission lasted
// ("3 mois", "6 weeks") places it nowhere in the group's period: it is kept as written.
import { splitParts, withoutDates } from '../entry-parts';
import { findDateRanges, type DateRange } from '../parse-dates';
import { looksLikeTask } from '../detect-task';
import { CONTRACT_PART } from '../job-vocabulary';
import { stripBullet } from '../line-style';
import { cleanEmployer, cleanTitle } from './clean-parts';
import { confidenceOf, type ExperienceSuggestion } from './confidence';
import type { JobHeader, SectionProgress } from './job-header';
import { hasJobWord } from './part-kinds';
import type { Anchor } from './period-anchors';
import { withoutSites } from './job-site';
import { isKnownTown, looksLikePlace } from './place-parts';
import { leadIndexes, type SectionLayout } from './section-layout';

/** The status of interim work, alone or before its agency. */
const STATUS = /^(?:missions?\s+(?:d['’]\s*|en\s+)?int[ée]rim(?:aire)?s?|int[ée]rim(?:aire)?s?|travail\s+temporaire|temp(?:orary)?\s+(?:work|assignments?|placements?|contracts?)|agency\s+work)\b/iu;
/** What joins the status to its agency: "via", "chez", a dash or a bracket. */
const TO_AGENCY = /^\s*(?:via|chez|par|avec|pour|through|with|at|for|[-–—:,(])?\s*/iu;
/** "Mission chez", "Missions :", "Assignment at": the mark of a mission line. */
const MISSION_MARK = /^(?:missions?|assignments?|placements?)\b\s*(?:chez|at|for|with|pour|[:–—-])?\s*/iu;
/** "(3 mois)", "– 6 semaines", "(2 months)": how long a mission lasted. */
const DURATION = /\s*(?:[(\[]\s*|[-–—,]\s*)?(?:\d+(?:[.,]\d+)?|un|une|deux|trois|quatre|six|quelques|one|two|three|four|six|a\s+few)\s*(?:mois|semaines?|jours?|ans?|months?|weeks?|days?|years?)\s*[)\]]?\s*$/iu;
/** "Cariste chez Decathlon", "Picker at Amazon". */
const TRADE_AT_CLIENT = /^(.+?)\s+(?:chez|at|for|pour)\s+(.+)$/iu;

export interface InterimGroup {
  /** The agencies, as the line names them ("Adecco", "Manpower, Randstad"); null when unnamed. */
  agency: string | null;
}

export interface Mission {
  trade: string;
  client: string | null;
  town: string | null;
  /** How long it lasted, as written ("3 mois", "6 weeks"); null when the line does not say. */
  duration: string | null;
}

/** The header parts of a job that is interim work with no trade of its own, as its agency; null
 *  for any other job. */
export function readInterimGroup(parts: string[]): InterimGroup | null {
  const statusAt = parts.findIndex((part) => STATUS.test(part.trim()));
  if (statusAt < 0) return null;
  const own = parts[statusAt]!.trim().replace(STATUS, '').replace(TO_AGENCY, '').replace(/\)\s*$/u, '').trim();
  // "Intérimaire" is a word of trades; beside it, a trade makes the line an ordinary job.
  if (parts.some((part, index) => hasJobWord(index === statusAt ? own : part))) return null;
  const agencies: string[] = [];
  if (own) agencies.push(own);
  for (const part of parts.slice(statusAt + 1)) {
    const text = part.trim();
    if (CONTRACT_PART.test(text) || isKnownTown(text)) break;
    agencies.push(text);
  }
  return { agency: agencies.length > 0 ? agencies.join(', ') : null };
}

/** One mission line of an interim group, or null when the line is no mission (a task, a phrase). */
export function readMissionLine(text: string): Mission | null {
  let rest = stripBullet(text).trim();
  const marked = MISSION_MARK.test(rest);
  rest = rest.replace(MISSION_MARK, '');
  const timed = DURATION.exec(rest);
  rest = rest.replace(DURATION, '').replace(/[.;,]\s*$/u, '').trim();
  if (rest === '' || /\d{4}/.test(rest)) return null;
  let trade: string | null = null;
  let other: string | null = null;
  const labelled = /^(.+?)\s*:\s+(.+)$/u.exec(rest);
  const atClient = TRADE_AT_CLIENT.exec(rest);
  if (labelled) {
    const [left, right] = [labelled[1]!.trim(), labelled[2]!.trim()];
    if (hasJobWord(right) && !hasJobWord(left)) [trade, other] = [right, left];
    else if (hasJobWord(left) && !hasJobWord(right)) [trade, other] = [left, right];
  } else if (atClient && hasJobWord(atClient[1]!) && !hasJobWord(atClient[2]!)) {
    [trade, other] = [atClient[1]!.trim(), atClient[2]!.trim()];
  } else {
    const parts = splitParts(rest);
    if (parts.length >= 1 && hasJobWord(parts[0]!) && !parts.slice(1).some(hasJobWord)) [trade, other] = [parts[0]!, parts.slice(1).join(', ') || null];
  }
  if (!trade || trade.split(/\s+/).length > 6 || looksLikeTask(trade)) return null;
  // A trade alone is a mission only when the line says so ("Mission : cariste", "Cariste (3 mois)").
  if (!other && !marked && !timed) return null;
  const { client, town } = other ? clientAndTown(other) : { client: null, town: null };
  const title = cleanTitle(trade);
  if (!title) return null;
  const duration = timed ? timed[0].replace(/^[\s(\[,–—-]+|[\s)\]]+$/gu, '') : null;
  return { trade: title.charAt(0).toUpperCase() + title.slice(1), client, town, duration };
}

/** A dated line that is a mission falling within the group's period. */
function isMissionWithin(text: string, period: DateRange, group: DateRange): boolean {
  const year = (date: string | null, open: number) => (date === null ? open : date === 'present' ? Infinity : Number(date.slice(0, 4)));
  const inside = year(period.start, -Infinity) >= year(group.start, -Infinity) && year(period.end ?? period.start, Infinity) <= year(group.end, Infinity);
  return inside && readMissionLine(withoutDates(text, period).replace(/\t/g, ' – ')) !== null;
}

/** "Leroy Merlin, Lesquin", "Decathlon (Lille)", "Lesquin": the client firm and its town. */
function clientAndTown(text: string): { client: string | null; town: string | null } {
  const bracket = /^(.+?)\s*\(([^()]+)\)$/u.exec(text);
  if (bracket && looksLikePlace(bracket[2]!.trim())) return { client: cleanEmployer(bracket[1]!.trim()), town: bracket[2]!.trim() };
  const parts = splitParts(text);
  if (parts.length === 1 && isKnownTown(parts[0]!)) return { client: null, town: parts[0]!.trim() };
  const town = parts.length >= 2 && looksLikePlace(parts[parts.length - 1]!) ? parts[parts.length - 1]!.trim() : null;
  const client = withoutSites(town ? parts.slice(0, -1) : parts).join(', ').trim();
  return { client: client ? cleanEmployer(client) : null, town };
}

/** The missions under an interim group's header, up to the next job's header: the lines they are
 *  on and the jobs they make. Null when the job is no interim group or lists no mission. */
export function interimMissions(layout: SectionLayout, position: number, progress: SectionProgress, header: JobHeader, referenceDate: Date): { lines: number[]; experiences: (anchor: Anchor) => ExperienceSuggestion[] } | null {
  const { lines, anchors } = layout;
  const anchor = anchors[position]!;
  // A mission line taken as the header's second line ("2019 – 2022" / "Intérim – Adecco" / "Mission
  // chez Decathlon : cariste") is a mission, not the agency's name.
  const headerLines = header.lines.filter((line) => !readMissionLine(line.text));
  const above = headerLines.filter((line) => lines.indexOf(line) < anchor.index);
  const below = headerLines.filter((line) => lines.indexOf(line) > anchor.index);
  const group = readInterimGroup([...above.flatMap((line) => splitParts(line.text)), ...header.ownParts, ...below.flatMap((line) => splitParts(line.text))]);
  if (!group) return null;
  const next = anchors[position + 1];
  const nextLeads = next && layout.leadPattern ? leadIndexes(layout, position + 1, progress.oneLeadAbove, progress.takenUntil) : [];
  let until = Math.min(next?.index ?? lines.length, ...nextLeads);
  // Missions dated within the group's period are its missions even where their dates make them
  // anchors of their own ("Intérim – Adecco (2019 – 2022)" / "Cariste – Decathlon (03/2020 – 08/2020)").
  for (let later = position + 1; !layout.leadPattern && anchors[later]?.index === until && isMissionWithin(lines[until]!.text, anchors[later]!.range, anchor.range); later++) {
    until = anchors[later + 1]?.index ?? lines.length;
  }
  const from = Math.max(anchor.index, ...headerLines.map((line) => lines.indexOf(line))) + 1;
  const found: { index: number; mission: Mission; period?: DateRange }[] = [];
  for (let index = from; index < until; index++) {
    const text = lines[index]!.text;
    // A bulleted mission that gives its own period is no anchor of the section: it is read here.
    const period = findDateRanges(text, referenceDate)[0];
    const mission = readMissionLine(period ? withoutDates(text, period).replace(/\t/g, ' – ') : text);
    if (mission) found.push({ index, mission, period });
  }
  if (found.length === 0) return null;
  const headerText = [...above, lines[anchor.index]!, ...below].map((line) => line.text.trim()).join('\n');
  return {
    lines: found.map(({ index }) => index),
    experiences: (dated) =>
      found.map(({ index, mission, period }) => {
        const employer = mission.client ?? group.agency;
        const range = period ?? dated.range;
        return {
          title: mission.trade,
          employer,
          location: mission.town,
          start: range.start,
          end: range.end,
          ...(mission.duration ? { duration: mission.duration } : {}),
          evidence: { text: `${headerText}\n${lines[index]!.text.trim()}`, page: lines[index]!.page },
          // Without a period of its own, the group's is only where the mission falls in.
          confidence: period ? confidenceOf({ ...dated, range: period }, mission.trade, employer) : confidenceOf(dated, mission.trade, employer) - 0.1,
        };
      }),
  };
}
