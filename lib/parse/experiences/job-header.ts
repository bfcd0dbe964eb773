// One job's header, read around its date line as the section lays its jobs out: the lines above the
// dates, the date line's own parts, and the lines under the dates that the title or employer still needs.
import type { TextLine } from '../../types';
import { looksLikeTask } from '../detect-task';
import { cleanPart, splitParts } from '../entry-parts';
import { CONTRACT_PART } from '../job-vocabulary';
import { isOddJob } from '../odd-jobs';
import { YEAR } from './line-patterns';
import { employerScore, hasJobWord, looksLikeName, namingPartCount, readsAsPhrase } from './part-kinds';
import type { Anchor } from './period-anchors';
import { isKnownTown, looksLikePlace } from './place-parts';
import { isContractAndPlace, isPlaceLine, townOfPlaceLine } from './place-lines';
import { isHeader, leadIndexes, type SectionLayout } from './section-layout';
import { namedByTrade } from './undated-jobs';

export interface JobHeader {
  /** The header lines besides the date line: those above the dates, then those under them. */
  lines: TextLine[];
  /** How many of them stand above the dates. */
  leadCount: number;
  /** The parts the date line gives beside its dates. */
  ownParts: string[];
  /** All the header's parts, in reading order. */
  parts: string[];
  /** The town of a line of the header that only says where ("City: Lyon | Country: France"). */
  place?: string;
}

/** What the jobs read so far tell the next one. */
export interface SectionProgress {
  /** The last line a job took under its dates: the next job's header starts after it. */
  takenUntil: number;
  /** "Vendeuse" / "2019 - 2021" / "Kiabi, Lyon": when the first job has one line above its dates and
   *  its employer under them, every job does; a second line above is the previous job's (its tasks). */
  oneLeadAbove: boolean;
}

export function readJobHeader(layout: SectionLayout, position: number, progress: SectionProgress): { header: JobHeader; progress: SectionProgress } {
  const { lines, anchors, leadPattern } = layout;
  let { takenUntil, oneLeadAbove } = progress;
  const anchor = anchors[position]!;
  const nextAnchor = anchors[position + 1];
  const above = linesAbove(layout, position, progress);
  const headerLines = above.leads;
  const leadCount = headerLines.length;
  const nextLead = layout.headerAbove && nextAnchor ? leadIndexes(layout, position + 1, oneLeadAbove) : [];
  const ownParts = dateLineParts(layout, anchor);
  // Title first: the line above the dates is the title as a whole ("Room Leader – Toddler
  // Room"), unless it is the employer and the title follows ("Carrefour Market" / "Employé…").
  // A contract or a town alone beside the dates ("2017 - 2019 (CDD)", "Grenoble | CDI | 2019 –
  // 2024") names neither title nor employer: the line above is read in parts.
  const ownNames = ownParts.some((part) => !CONTRACT_PART.test(part.trim()) && !isKnownTown(part));
  const leadParts = headerLines.length === 1 && ownNames ? [cleanPart(headerLines[0]!.text)] : headerLines.flatMap((line, index) => (index === 0 && headerLines.length === 2 ? [cleanPart(line.text)] : splitParts(line.text)));
  let parts = [...leadParts, ...ownParts];
  const ownMeaningful = namingPartCount(ownParts);
  // "KIABI — Lille" / "2019 – 2021" / "Vendeuse polyvalente": the line above names an employer
  // and its town, no job; the title is the line under the dates.
  const under = lines[anchor.index + 1];
  const titleUnder = leadPattern && ownParts.length === 0 && parts.length >= 2 && !parts.some(hasJobWord) && parts.slice(1).every(looksLikePlace)
    && under !== undefined && isHeader(layout, anchor.index + 1) && hasJobWord(under.text) && !looksLikeTask(under.text);
  // "Cheshire Motor Group – Volkswagen Warrington   March 2021 – Present" / "Sales Executive": the
  // date line names the employer (and its town), no job; the short line under it is the title.
  const titleBelowOwn = !leadPattern && ownParts.length > 0 && !ownParts.some(hasJobWord) && ownParts.some((part) => employerScore(part) > 0 || looksLikeName(part))
    && under !== undefined && isHeader(layout, anchor.index + 1) && hasJobWord(under.text) && !looksLikeTask(under.text) && !YEAR.test(under.text)
    && under.text.split(/\s+/).length <= 8 && !readsAsPhrase(under.text) && splitParts(under.text).length === 1
    // An agency's missions ("Missions intérim (Adecco)") are read with their trades (interim-parts).
    && !ownParts.some((part) => /int[ée]rim|agency|agence/i.test(part));
  // Dates first: the title and employer follow the dates, as many lines as are missing.
  if (!leadPattern || parts.length < 2 || titleUnder) {
    // A date line's "(CDD)" names neither: the title and the employer are both still wanted.
    const wanted = namingPartCount(parts) === 0 ? 2 : ownMeaningful >= 2 && !titleBelowOwn ? 0 : 1;
    const trail = trailingLines(layout, position, parts, ownParts, nextLead, wanted);
    if (trail.length > 0) takenUntil = trail[trail.length - 1]!;
    const trailLines = trail.map((index) => lines[index]!);
    // The title under an employer's date line is read first, as titles are.
    if (titleBelowOwn && trailLines.length === 1 && leadParts.length === 0) parts = [...splitParts(trailLines[0]!.text), ...parts];
    else if (parts.length === 0 || trailLines.length > 0) parts = [...parts, ...trailLines.flatMap((line) => splitParts(line.text))];
    headerLines.push(...trailLines);
    if (position === 0 && leadPattern && leadCount === 1 && trailLines.length > 0) oneLeadAbove = true;
  }
  // "Vendeuse – Kiabi, Lyon" / "2019 – 2022": one line above the first job's dates names title
  // and employer; every job's header is that one line, and a second line above is a task.
  // A place line taken out of the lines above ("CDI · Lyon, France") was one of them.
  if (position === 0 && leadPattern && leadCount === 1 && !above.place && ownMeaningful === 0 && namingPartCount(splitParts(headerLines[0]!.text)) >= 2) oneLeadAbove = true;
  const place = above.place ?? placeBelow(layout, position, takenUntil);
  const town = place ? townOfPlaceLine(place.text) : null;
  return { header: { lines: headerLines, leadCount, ownParts, parts, ...(town ? { place: town } : {}) }, progress: { takenUntil, oneLeadAbove } };
}

/** The header lines above a job's dates, when the section puts them there. */
function linesAbove(layout: SectionLayout, position: number, progress: SectionProgress): { leads: TextLine[]; place: TextLine | undefined } {
  const { lines, anchors } = layout;
  const anchor = anchors[position]!;
  // "Carrefour Market | Employée libre-service | 2018-2020": a date line that names the job and
  // its employer is the whole header; a line above that names no job is the previous job's task.
  const ownJob = splitParts(anchor.own).filter((part) => !CONTRACT_PART.test(part.trim()) && !isKnownTown(part));
  const ownWhole = position > 0 && ownJob.length >= 2 && ownJob.some(hasJobWord);
  let leads = layout.leadPattern ? leadIndexes(layout, position, progress.oneLeadAbove, progress.takenUntil).map((index) => lines[index]!) : [];
  // "Nantes, Pays de la Loire, France" under the previous job's dates (LinkedIn): where that job
  // was, not this one's employer.
  while (leads.length >= 2 && isPlaceLine(leads[0]!.text)) leads = leads.slice(1);
  // "Eiffage Énergie Systèmes" / "City: Lyon | Country: France" / "[ 01/09/2019 – Current ] Electrician"
  // (Europass 2024): a place line under the employer is where this job was, no part of its header.
  const namesJobAndEmployer = (line: TextLine) => namingPartCount(splitParts(line.text)) >= 2 && splitParts(line.text).some(hasJobWord);
  const place = leads.slice(1).find((line) => isPlaceLine(line.text))
    ?? (leads.length === 2 && isContractAndPlace(leads[1]!.text) && namesJobAndEmployer(leads[0]!) ? leads[1] : undefined);
  if (place) leads = leads.filter((line) => line !== place);
  return { leads: ownWhole && !leads.some((line) => hasJobWord(line.text)) ? [] : leads, place };
}

/** The line under a job's dates (or under the header lines it took there) when it only says where
 *  the job was: "Nantes, Pays de la Loire, France" (LinkedIn), "Ville : Nantes | Pays : France" (Europass). */
function placeBelow(layout: SectionLayout, position: number, takenUntil: number): TextLine | undefined {
  const { lines, anchors } = layout;
  const index = Math.max(anchors[position]!.index, takenUntil) + 1;
  const line = lines[index];
  if (!line || anchors[position + 1]?.index === index || !isHeader(layout, index)) return undefined;
  return isPlaceLine(line.text) ? line : undefined;
}

/** "Agent de quai (2018 – 2022) : chargement et déchargement des camions": what follows the colon
 *  is what the job was, in lower case, no employer; a label's value ("Poste : vendeuse") and the
 *  trades of interim missions ("Intérim Manpower : cariste, manutentionnaire") are kept. */
const DESCRIBED_AFTER_COLON = /^\s+(\p{Ll}[^:]*)$/u;

/** The groups of /^(.*\p{L}.*?)\s*:\s+(\p{Ll}[^:]*)$/u: the colon is the last one (no colon follows
 *  in the description), the job is what comes before it, spaces trimmed. Found from the last colon:
 *  the pattern tried every split of the text before it, 37 s on a 150,000-character line. */
function describedParts(own: string): [job: string, description: string] | null {
  const colon = own.lastIndexOf(':');
  if (colon < 0) return null;
  const after = DESCRIBED_AFTER_COLON.exec(own.slice(colon + 1));
  const head = own.slice(0, colon);
  if (!after) return null;
  let end = head.length;
  while (end > 0 && /\s/.test(head[end - 1]!)) end -= 1;
  const job = head.slice(0, end);
  // "." does not cross a line break.
  return /\p{L}/u.test(job) && !/[\n\r\u2028\u2029]/.test(job) ? [job, after[1]!] : null;
}
const FIELD_LABEL = /(?:^|\s)(?:poste|fonction|emploi|employeur|entreprise|soci[ée]t[ée]|intitul[ée]|lieu|contrat|position|role|employer|company|title)\s*$/i;

function withoutDescription(own: string): string {
  const described = describedParts(own);
  if (!described || FIELD_LABEL.test(described[0]) || described[1].trim().split(/\s+/).length < 3) return own;
  // "Missions intérim (Adecco) : préparatrice de commandes, cariste": trades after the colon are the jobs.
  if (!hasJobWord(described[0]) || hasJobWord(described[1].split(/[,;]/)[0]!)) return own;
  return described[0];
}

/** The parts the date line gives beside its dates. */
function dateLineParts(layout: SectionLayout, anchor: Anchor): string[] {
  const { lines } = layout;
  let ownParts = anchor.own ? splitParts(withoutDescription(anchor.own)) : [];
  // "Class 1 Driver – Tramper, Jul 2016 – Present" over "XPO Logistics, Doncaster": when the
  // line below names the employer, the whole line above is the title.
  const below = lines[anchor.index + 1];
  if (!layout.leadPattern && ownParts.length >= 2 && below && isHeader(layout, anchor.index + 1) && below.text.split(/\s+/).length <= 8) {
    const qualifiers = ownParts.slice(1).filter((part) => !CONTRACT_PART.test(part.trim()));
    const belowFirst = splitParts(below.text)[0] ?? '';
    // A task ("Mise en rayon et encaissement"), a dated line ("Année sabbatique 2018") or a
    // label ("Anglais : notions") under a one-line job names no employer: the line keeps its own.
    const organisation = looksLikeName(belowFirst) && belowFirst.split(/\s+/).length <= 5 && !hasJobWord(belowFirst) && !looksLikeTask(below.text) && !YEAR.test(below.text) && !/\s:\s|:$/.test(below.text);
    if (qualifiers.length === 1 && employerScore(qualifiers[0]!) === 0 && !/\d{5}|\(\d{2,3}\)/.test(qualifiers[0]!) && organisation) {
      ownParts = [ownParts.join(' – ')];
    }
  }
  return ownParts;
}

/** The lines under a job's dates that give what its header still lacks (`wanted` lines at most),
 *  up to the next job's header. */
function trailingLines(layout: SectionLayout, position: number, parts: string[], ownParts: string[], nextLead: number[], wanted: number): number[] {
  const { lines, anchors, leadPattern } = layout;
  const anchor = anchors[position]!;
  const nextAnchor = anchors[position + 1];
  const trail: number[] = [];
  // The date line names the job itself (not an interim status waiting for its trades).
  const ownNamesJob = ownParts.some(hasJobWord) || ownParts.some((part) => isOddJob(part) && !/int[ée]rim/i.test(part));
  for (let index = anchor.index + 1; index < (nextAnchor?.index ?? lines.length) && trail.length < wanted; index++) {
    if (!isHeader(layout, index)) break;
    // A second trailing line is taken only if it is not the next job's lead line.
    if (leadPattern && nextAnchor && index === nextAnchor.index - 1) break;
    if (nextLead.includes(index)) break;
    // Once the title is known, a task line, a dated line or a phrase ("Tournée de distribution
    // en zone rurale") is not the employer.
    if (parts.length + trail.length > 0 && (looksLikeTask(lines[index]!.text) || YEAR.test(lines[index]!.text) || (parts.some(hasJobWord) && readsAsPhrase(lines[index]!.text)))) break;
    // "Garde d'enfants à domicile – 2017 – 2020" over "Bénévole – Secours populaire": a line
    // that names a trade and an employer is the next job, not this one's employer ("Boulanger,
    // Houdemont", a shop and its town, is).
    const nextParts = splitParts(lines[index]!.text);
    // "Nantes, Pays de la Loire, France" under the dates says where the job was, nothing more.
    if (nextParts.length >= 2 && isPlaceLine(lines[index]!.text)) break;
    if (ownNamesJob && nextParts.length >= 2 && namedByTrade(nextParts[0]!) && !looksLikePlace(nextParts[1]!)) break;
    trail.push(index);
  }
  return trail;
}
