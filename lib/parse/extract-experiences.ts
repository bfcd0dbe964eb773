// Finds the jobs of the experience sections. Each job is anchored on the line that gives its
// period; its title and employer are on that line ("Cariste – Leroy Merlin\t2019 – 2021"), on the
// header lines just before it (title first, dates under the employer) or just after it (dates
// first). Which of the two a CV does is read once per section, from its first job. A job without
// an employer under an employer line shared by several jobs takes that employer.
import type { CvSection, Experience, TextLine } from '../types';
import { readBracketEmployer } from './bracket-employer';
import { isCareerBreak } from './career-break';
import { foldEmployerPeriods } from './employer-periods';
import { splitEmployerConnector } from './employer-connector';
import { cleanPart, descriptionIndent, foldedWords, looksLikeDescription, splitParts, withoutDates } from './entry-parts';
import { foldText } from './fold-text';
import { CONTRACT_PART, EMPLOYER_WORDS, GENDER_MARK, JOB_WORDS } from './job-vocabulary';
import { linesAfterContactBlock } from './contact-block';
import { isDegree, isSchool } from './detect-degree';
import { looksLikeTask } from './detect-task';
import { readInterimParts } from './interim-parts';
import { BULLET, isAllCaps, stripBullet } from './line-style';
import { isOddJob } from './odd-jobs';
import { findDateRanges, type DateRange } from './parse-dates';
import { LARGE_TOWNS } from './town-vocabulary';
import { yearListRange } from './year-lists';

/** Dated header lines that are no job: "Permis B depuis 2010", "Disponible de mars à juin 2026". */
const NOT_A_JOB = /permis|driving licen[cs]e|disponib|available|availability|n[ée]e?\s+le|born/i;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
/** Contracts that say what was done when nothing else does: a placement, volunteering. */
const PLACEMENT_KINDS = String.raw`stage|alternance|apprentissage|b[ée]n[ée]volat|service\s+civique|volontariat|job\s+(?:d['’][ée]t[ée]|[ée]tudiant)|internship|volunteer(?:ing)?|work\s+experience|placement`;
/** The placement alone ("Stage – Leroy Merlin, Lyon"). */
const ROLE_CONTRACT = new RegExp(`^(?:${PLACEMENT_KINDS})$`, 'iu');
/** A title opening with one ("Stage de 3e", "Job d'été"). */
const PLACEMENT = new RegExp(`^(?:${PLACEMENT_KINDS})(?!\\p{L})`, 'iu');

export interface ExperienceSuggestion extends Experience {
  confidence: number;
}

interface Anchor {
  index: number;
  range: DateRange;
  /** The anchor line without its dates. */
  own: string;
  /** The period opens the line ("Depuis 2018 : Agent de propreté…"). */
  atStart: boolean;
}

export function extractExperiences(sections: CvSection[], referenceDate = new Date()): ExperienceSuggestion[] {
  const experiences: ExperienceSuggestion[] = [];
  for (const section of sections) {
    if (section.kind !== 'experience') continue;
    // "La Poste (2010 – 2022)" over "Facteur 2010 – 2015": the employer of the jobs under it.
    experiences.push(...foldEmployerPeriods(experiencesOfSection(section.lines, referenceDate, false), (title) => !hasJobWord(title), looksLikePlace));
  }
  // A CV without an experience heading: its jobs follow the contact block of the header. There
  // only a period (not a single date) starts a job, and a diploma line is no job.
  if (!sections.some((section) => section.kind === 'experience')) {
    const opensJob = (line: TextLine) => headerlessAnchors([line], referenceDate).length > 0;
    const leadLines = (lines: TextLine[], firstEntry: number) => headerlessLeadCount(lines, firstEntry, referenceDate);
    for (const lines of linesAfterContactBlock(sections, opensJob, leadLines)) experiences.push(...experiencesOfSection(lines, referenceDate, true));
  }
  return withBracketEmployers(experiences, sections);
}

/** "Manutentionnaire (Lidl)": a job without employer whose title ends with a name in brackets. */
function withBracketEmployers(experiences: ExperienceSuggestion[], sections: CvSection[]): ExperienceSuggestion[] {
  const towns = townsNamed(sections, experiences);
  return experiences.map((experience) => {
    if (experience.employer !== null) return experience;
    const reading = readBracketEmployer(experience.title, towns);
    if (!reading) return experience;
    if ('employer' in reading) return { ...experience, title: reading.title, employer: reading.employer, confidence: Math.min(0.95, experience.confidence + 0.05) };
    return { ...experience, title: reading.title, location: experience.location ?? reading.location };
  });
}

/** Towns the CV names as places: after a postcode ("69003 Lyon"), with a département
 *  ("Lyon (69)"), or as the place of a job. Folded. */
function townsNamed(sections: CvSection[], experiences: ExperienceSuggestion[]): Set<string> {
  const towns = new Set<string>();
  for (const experience of experiences) if (experience.location) towns.add(foldText(experience.location).trim());
  for (const line of sections.flatMap((section) => section.lines)) {
    for (const match of line.text.matchAll(/(?<!\d)\d{5}\s+(\p{Lu}[\p{L}'’-]+)/gu)) towns.add(foldText(match[1]!));
    for (const match of line.text.matchAll(/(\p{Lu}[\p{L}'’-]+)\s*\((?:\d{2}|2[AB]|97\d)\)/gu)) towns.add(foldText(match[1]!));
  }
  return towns;
}

/** How many lines above a headerless CV's first job are its title and employer: none when its
 *  date line names the job itself ("Vendeuse, Carrefour 2019-2022"); else as many as lead the next
 *  job ("Caissière" / "Auchan, Villeurbanne" / "2016 – 2019"), one when there is none. */
function headerlessLeadCount(lines: TextLine[], firstEntry: number, referenceDate: Date): number {
  const ownParts = (line: TextLine) => {
    const anchor = headerlessAnchors([line], referenceDate)[0];
    return anchor ? splitParts(withoutDates(line.text, anchor.range)).filter((part) => !CONTRACT_PART.test(part.trim())) : [];
  };
  const own = ownParts(lines[firstEntry]!);
  if (own.some(hasJobWord)) return 0;
  const isLead = (line: TextLine | undefined) => line !== undefined && !looksLikeDescription(line, undefined) && !looksLikeTask(line.text) && !YEAR.test(line.text);
  const next = lines.findIndex((line, index) => index > firstEntry && headerlessAnchors([line], referenceDate).length > 0);
  let count = 1;
  // A date line alone, as the next job's: as many lines lead it as lead the next job (two at most).
  if (own.length === 0 && next >= 0 && ownParts(lines[next]!).length === 0) {
    while (count < 2 && next - count - 1 > firstEntry && isLead(lines[next - count - 1]) && isLead(lines[next - count])) count++;
  }
  const leads = lines.slice(Math.max(0, firstEntry - count), firstEntry);
  // A town or a note under the name ("Villeurbanne") leads no job: a lead line must name one.
  return leads.length === count && leads.every(isLead) && leads.some((line) => hasJobWord(line.text)) ? count : 0;
}

function headerlessAnchors(lines: TextLine[], referenceDate: Date): Anchor[] {
  return findAnchors(lines, referenceDate).filter((anchor) => !anchor.range.single && !isDegree(lines[anchor.index]!.text) && !NOT_A_JOB.test(lines[anchor.index]!.text));
}

function experiencesOfSection(lines: TextLine[], referenceDate: Date, headerless: boolean): ExperienceSuggestion[] {
  const found = headerless ? headerlessAnchors(lines, referenceDate) : findAnchors(lines, referenceDate);
  // An experience section that gives no date at all still lists jobs.
  if (found.length === 0) return headerless ? [] : undatedExperiences(lines);
  // Dates in a margin column beside the title ("2021 – 2024<TAB>Assistante de direction"): the
  // employer under the title starts where the tasks do, so the indent tells no description.
  const marginDates = found.every((anchor) => anchor.atStart && anchor.own !== '' && lines[anchor.index]!.text.includes('\t'));
  const indentX = descriptionIndent(lines, found.map((anchor) => lines[anchor.index]?.x ?? 0));
  const bodyX = marginDates ? undefined : indentX;
  // A date inside a description ("Driver of the Quarter (2019, 2023)") starts no job.
  const anchors = found.filter((anchor) => !looksLikeDescription(lines[anchor.index]!, bodyX) || anchor.atStart);
  if (anchors.length === 0) return [];
  const isHeader = (index: number) => {
    const line = lines[index];
    return line !== undefined && !looksLikeDescription(line, bodyX) && !anchors.some((anchor) => anchor.index === index);
  };
  // Title first, dates after: the first job has header lines between the heading and its dates.
  const first = anchors[0]!;
  const leadPattern = first.index > 0 && isHeader(first.index - 1);
  // "Sales Assistant" / "Boots" / "Leeds" over the dates: three header lines, the town last, make
  // the first job's header (and so the section's) when nothing else stands above them.
  const townOver = (index: number) => isHeader(index - 1) && looksLikePlace(lines[index - 1]!.text.trim());
  const threeLeads = first.index >= 3 && townOver(first.index) && isHeader(first.index - 2) && isHeader(first.index - 3) && !isHeader(first.index - 4);
  // "Vendeuse" / "2019 - 2021" / "Kiabi, Lyon": when the first job has one line above its dates and
  // its employer under them, every job does; a second line above is the previous job's (its tasks).
  let oneLeadAbove = false;
  /** The header lines just above a job's dates (two at most, three with a town), after the previous job's dates. */
  const leadIndexes = (position: number, takenUntil = -1): number[] => {
    const anchor = anchors[position]!;
    const floor = Math.max(anchors[position - 1]?.index ?? -1, takenUntil);
    const limit = oneLeadAbove ? 1 : threeLeads && townOver(anchor.index) ? 3 : 2;
    const indexes: number[] = [];
    for (let index = anchor.index - 1; index >= 0 && index > floor && indexes.length < limit; index--) {
      if (!isHeader(index)) break;
      // A task under the previous job ("Installation de tableaux, tirage de câbles") leads no job.
      if (indexes.length > 0 && looksLikeTask(lines[index]!.text)) break;
      indexes.unshift(index);
    }
    return indexes;
  };
  // Employer and title both above the first job's dates: every job of the section puts its
  // header above its dates, so the lines under a job's dates that lead the next job are not its own.
  const headerAbove = leadPattern && leadIndexes(0).length >= 2;
  const experiences: ExperienceSuggestion[] = [];
  /** Where each job starts in the section, to put undated jobs in their place among them. */
  const startLines: number[] = [];
  /** Lines a dated job (or a career break) took: no undated job is read from them. */
  const used = new Set<number>();
  let groupEmployer: EmployerLine | null = null;
  // The last line a job took under its dates: the next job's header starts after it.
  let takenUntil = -1;
  anchors.forEach((anchor, position) => {
    const nextAnchor = anchors[position + 1];
    // "Carrefour Market | Employée libre-service | 2018-2020": a date line that names the job and
    // its employer is the whole header; a line above that names no job is the previous job's task.
    const ownJob = splitParts(anchor.own).filter((part) => !CONTRACT_PART.test(part.trim()) && !isKnownTown(part));
    const ownWhole = position > 0 && ownJob.length >= 2 && ownJob.some(hasJobWord);
    const leads = leadPattern ? leadIndexes(position, takenUntil).map((index) => lines[index]!) : [];
    const headerLines: TextLine[] = ownWhole && !leads.some((line) => hasJobWord(line.text)) ? [] : leads;
    const leadCount = headerLines.length;
    const nextLead = headerAbove && nextAnchor ? leadIndexes(position + 1) : [];
    const anchorLine = lines[anchor.index]!;
    let ownParts = anchor.own ? splitParts(anchor.own) : [];
    // "Class 1 Driver – Tramper, Jul 2016 – Present" over "XPO Logistics, Doncaster": when the
    // line below names the employer, the whole line above is the title.
    const below = lines[anchor.index + 1];
    if (!leadPattern && ownParts.length >= 2 && below && isHeader(anchor.index + 1) && below.text.split(/\s+/).length <= 8) {
      const qualifiers = ownParts.slice(1).filter((part) => !CONTRACT_PART.test(part.trim()));
      const belowFirst = splitParts(below.text)[0] ?? '';
      // A task ("Mise en rayon et encaissement"), a dated line ("Année sabbatique 2018") or a
      // label ("Anglais : notions") under a one-line job names no employer: the line keeps its own.
      const organisation = looksLikeName(belowFirst) && belowFirst.split(/\s+/).length <= 5 && !hasJobWord(belowFirst) && !looksLikeTask(below.text) && !YEAR.test(below.text) && !/\s:\s|:$/.test(below.text);
      if (qualifiers.length === 1 && employerScore(qualifiers[0]!) === 0 && !/\d{5}|\(\d{2,3}\)/.test(qualifiers[0]!) && organisation) {
        ownParts = [ownParts.join(' – ')];
      }
    }
    // Title first: the line above the dates is the title as a whole ("Room Leader – Toddler
    // Room"), unless it is the employer and the title follows ("Carrefour Market" / "Employé…").
    // A contract or a town alone beside the dates ("2017 - 2019 (CDD)", "Grenoble | CDI | 2019 –
    // 2024") names neither title nor employer: the line above is read in parts.
    const ownNames = ownParts.some((part) => !CONTRACT_PART.test(part.trim()) && !isKnownTown(part));
    const leadParts = headerLines.length === 1 && ownNames ? [cleanPart(headerLines[0]!.text)] : headerLines.flatMap((line, index) => (index === 0 && headerLines.length === 2 ? [cleanPart(line.text)] : splitParts(line.text)));
    let parts = [...leadParts, ...ownParts];
    const meaningful = (candidates: string[]) => candidates.filter((part) => !CONTRACT_PART.test(part.trim())).length;
    const ownMeaningful = meaningful(ownParts);
    // "KIABI — Lille" / "2019 – 2021" / "Vendeuse polyvalente": the line above names an employer
    // and its town, no job; the title is the line under the dates.
    const under = lines[anchor.index + 1];
    const titleUnder = leadPattern && ownParts.length === 0 && parts.length >= 2 && !parts.some(hasJobWord) && parts.slice(1).every(looksLikePlace)
      && under !== undefined && isHeader(anchor.index + 1) && hasJobWord(under.text) && !looksLikeTask(under.text);
    // Dates first: the title and employer follow the dates, as many lines as are missing.
    if (!leadPattern || parts.length < 2 || titleUnder) {
      // A date line's "(CDD)" names neither: the title and the employer are both still wanted.
      const wanted = meaningful(parts) === 0 ? 2 : ownMeaningful >= 2 ? 0 : 1;
      const trail: TextLine[] = [];
      // The date line names the job itself (not an interim status waiting for its trades).
      const ownNamesJob = ownParts.some(hasJobWord) || ownParts.some((part) => isOddJob(part) && !/int[ée]rim/i.test(part));
      for (let index = anchor.index + 1; index < (nextAnchor?.index ?? lines.length) && trail.length < wanted; index++) {
        if (!isHeader(index)) break;
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
        if (ownNamesJob && nextParts.length >= 2 && namedByTrade(nextParts[0]!) && !looksLikePlace(nextParts[1]!)) break;
        trail.push(lines[index]!);
        takenUntil = index;
      }
      if (parts.length === 0 || trail.length > 0) parts = [...parts, ...trail.flatMap((line) => splitParts(line.text))];
      headerLines.push(...trail);
      if (position === 0 && leadPattern && leadCount === 1 && trail.length > 0) oneLeadAbove = true;
    }
    // "Vendeuse – Kiabi, Lyon" / "2019 – 2022": one line above the first job's dates names title
    // and employer; every job's header is that one line, and a second line above is a task.
    if (position === 0 && leadPattern && leadCount === 1 && ownMeaningful === 0 && meaningful(splitParts(headerLines[0]!.text)) >= 2) oneLeadAbove = true;
    // An employer line shared by several jobs: "Brookfield House Care Home" then two roles.
    if (leadPattern && headerLines.length >= 1 && headerLines.length === parts.length - ownParts.length && ownParts.length === 1 && headerLines.length === 1 && !hasJobWord(headerLines[0]!.text) && hasJobWord(ownParts[0]!)) {
      groupEmployer = readEmployerLine(headerLines[0]!.text);
    }
    used.add(anchor.index);
    for (const line of headerLines) used.add(lines.indexOf(line));
    if (parts.length === 0) return;
    const assigned = assignParts(parts);
    const { title } = assigned;
    let { employer, location } = assigned;
    // A break between jobs takes its lines, so that no job takes them, but is no job.
    if (!title || isCareerBreak(title)) return;
    // "CARREFOUR MARKET — Lille" above "Responsable de rayon" and the dates: the employer of the
    // jobs under it that name none.
    if (headerAbove && leadCount === 2 && employer !== null && employer === cleanEmployer(cleanPart(headerLines[0]!.text))) {
      groupEmployer = readEmployerLine(headerLines[0]!.text);
    }
    // The job read the shared line as a whole: its town goes apart ("Auchan, Villeneuve-d'Ascq").
    if (groupEmployer && employer !== null && employer === cleanEmployer(cleanPart(groupEmployer.text))) {
      employer = groupEmployer.employer;
      location ??= groupEmployer.location;
    }
    const evidenceLines = [...headerLines.filter((line) => lines.indexOf(line) < anchor.index), anchorLine, ...headerLines.filter((line) => lines.indexOf(line) > anchor.index)];
    // A job with no employer of its own under a shared employer line: no header line of its own,
    // or (header above the dates) only its title.
    const underGroup = employer === null && groupEmployer !== null && (headerLines.length === 0 || (headerAbove && meaningful(parts) === 1));
    const resolvedEmployer = underGroup ? groupEmployer!.employer : employer;
    if (underGroup) location ??= groupEmployer!.location;
    startLines.push(Math.min(anchor.index, ...headerLines.map((line) => lines.indexOf(line))));
    experiences.push({
      title,
      employer: resolvedEmployer,
      location: location ?? null,
      start: anchor.range.start,
      end: anchor.range.end,
      evidence: { text: evidenceLines.map((line) => line.text.trim()).join('\n'), page: anchorLine.page },
      confidence: confidenceOf(anchor, title, resolvedEmployer),
    });
  });
  if (headerless) return experiences;
  // A job whole on its one line names a trade there ("Northway Cars Ltd, Widnes<TAB>2017 – 2021"
  // over "Used Car Sales Executive" is not whole: the title is the line under it).
  const wholeLineAt = new Set(startLines.filter((_, position) => !experiences[position]!.evidence.text.includes('\n') && (hasJobWord(experiences[position]!.title) || isOddJob(experiences[position]!.title))));
  // With dates in a margin column too, a line at the tasks' indent is never an undated job.
  return withUndatedJobs(lines, experiences, startLines, used, indentX, wholeLineAt);
}

/**
 * "Bénévole – Restos du Cœur" between two dated jobs, "Missions ponctuelles de baby-sitting" after
 * them: a line no dated job took that names a job, standing where a job's header stands (not right
 * under a dated job's header, where it is that job's contract or second title), is a job without
 * dates, less sure than the dated ones, in its place in the list.
 */
function withUndatedJobs(lines: TextLine[], dated: ExperienceSuggestion[], startLines: number[], used: Set<number>, bodyX: number | undefined, wholeLineAt: Set<number>): ExperienceSuggestion[] {
  const placed = dated.map((experience, position) => ({ at: startLines[position]!, experience }));
  // A dated job that names a trade and an employer: the line above it is not its missing title.
  const wholeJobAt = new Set(startLines.filter((_, position) => dated[position]!.employer !== null && hasJobWord(dated[position]!.title)));
  lines.forEach((line, index) => {
    // Right under a dated job's lines, a line is that job's (its contract, its second title),
    // unless that job is whole on its one dated line ("Garde d'enfants – 2017 – 2020").
    const underWholeLine = wholeLineAt.has(index - 1);
    if (used.has(index) || (used.has(index - 1) && !underWholeLine) || YEAR.test(line.text) || BULLET.test(line.text)) return;
    if (looksLikeDescription(line, bodyX) || /[:]|[,.;]\s*$|^\s*\(/.test(line.text)) return;
    // A wrapped sentence's next line ("Employee Recognition Requests, Disciplinary Actions") or first one.
    const previous = lines[index - 1];
    const next = lines[index + 1];
    if (previous && /[,;&(-]\s*$|\s(?:and|et|de|of|the|la|le|les|du|des)\s*$/i.test(previous.text)) return;
    // What follows a job header: its tasks, the next job, or nothing (a line of another kind, a web
    // address, means the line belongs to something else).
    const webAddress = next !== undefined && /^\s*(?:https?:\/\/|www\.)/i.test(next.text);
    if (next && (webAddress || !(wholeJobAt.has(index + 1) || BULLET.test(next.text) || looksLikeTask(next.text) || looksLikeDescription(next, bodyX)))) return;
    const experience = undatedJob(line, true);
    // "Stage de fin d'études" under a job: its contract, not a placement of its own.
    if (experience && underWholeLine && experience.employer === null && PLACEMENT.test(experience.title)) return;
    if (experience) placed.push({ at: index, experience });
  });
  return placed.sort((a, b) => a.at - b.at).map(({ experience }) => experience);
}

/** Lines giving a job's period: a range anywhere in a header line, a single date at its edge. */
function findAnchors(lines: TextLine[], referenceDate: Date): Anchor[] {
  const anchors: Anchor[] = [];
  lines.forEach((line, index) => {
    const text = line.text;
    // "Vendanges 2019, 2020, 2021 – Domaine Ferret": the years of one seasonal job.
    // Two years with "et" between are already a period ("Étés 2019 et 2020").
    const periods = findDateRanges(text, referenceDate);
    const list = yearListRange(text);
    const ranges = list && !periods.some((period) => !period.single && period.startsAt <= list.startsAt && period.endsAt >= list.endsAt) ? [list, ...periods] : periods;
    const range = ranges.find((candidate) => isAnchorRange(text, candidate));
    if (!range) return;
    if (looksLikeDescription(line, undefined) && !(range.startsAt === 0 || /^\s*\S*\s*$/.test(text.slice(0, range.startsAt)))) return;
    const atStart = /^[\s(\[•\-–]*(?:(?:de|du|depuis|d[eè]s|from|since)\s+(?:(?:le|the)\s+|l['’])?)?$/i.test(text.slice(0, range.startsAt));
    anchors.push({ index, range, own: withoutDates(text, range), atStart });
  });
  return anchors;
}

function isAnchorRange(text: string, range: DateRange): boolean {
  const before = text.slice(0, range.startsAt);
  const after = text.slice(range.endsAt);
  const atStart = /^[\s(\[•\-–]*(?:(?:de|du|depuis|d[eè]s|from|since)\s+(?:(?:le|the)\s+|l['’])?)?$/i.test(before);
  const atEnd = /^[\s)\].]*$/.test(after);
  const fenced = /(?:\t|[|·•–—(,-]\s*|\s{2,})(?:(?:de|du|depuis|d[eè]s|from|since)\s+(?:(?:le|the)\s+|l['’])?)?$/i.test(before) && /^\s*(?:\)|$|\t|[|·•–—,:-]|\s{2,})/.test(after);
  if (!range.single) return atStart || atEnd || fenced || !/\b(?:en|in|au|le|the|de|du)\s*$/i.test(before);
  // A single year or month: only at the edge of the line or set apart by a separator.
  return atStart || fenced || (atEnd && /(?:\t|[|·•–—(),:-]\s*|\s{2,})$/.test(before));
}

function hasJobWord(text: string): boolean {
  const words = foldedWords(text);
  return words.some((word, index) => JOB_WORDS.has(word) || JOB_WORDS.has(`${word} ${words[index + 1] ?? ''}`) || /^(?:aide|agent|chef|charge|chargee|responsable)-/.test(word));
}

/** A name as organisations write theirs: "British Army", "Mairie de Lyon", "Centre hospitalier
 *  de Lyon", not a phrase ("Conseil en quincaillerie et outillage"). */
function looksLikeName(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised === words.length || (employerScore(text) > 0 && capitalised >= 2);
}

/** A phrase, not a name: after its first word, three lower-case words and no name nor
 *  organisation word ("Tournée de distribution en zone rurale"). */
function readsAsPhrase(text: string): boolean {
  const words = text.trim().split(/\s+/).slice(1).filter((word) => /^\p{L}{4,}/u.test(word));
  return !text.includes(',') && words.length >= 3 && words.every((word) => /^\p{Ll}/u.test(word)) && employerScore(text) === 0;
}

function employerScore(text: string): number {
  const words = foldedWords(text);
  let score = 0;
  if (words.some((word, index) => EMPLOYER_WORDS.has(word) || EMPLOYER_WORDS.has(`${word} ${words[index + 1] ?? ''}`))) score += 1;
  if (isAllCaps(text) && text.replace(/[^\p{L}]/gu, '').length > 3) score += 1;
  return score;
}

function titleScore(text: string): number {
  let score = hasJobWord(text) ? 1 : 0;
  if (/\((?:int[ée]rim|cdd|cdi|stage|alternance|apprentissage|part-time|full-time|temporary|contract)[^)]*\)/i.test(text)) score += 1;
  return score;
}

/** A place: "Lyon", "Lyon (69)", "69003 Lyon", "Stockport", "London, UK", "Lyon 3e", "Paris (CDI)". */
function looksLikePlace(text: string): boolean {
  if (/\b\d{5}\b|\(\d{2,3}\)|^[A-Z]{1,2}\d/.test(text)) return true;
  const words = withoutDistrict(withoutContractBracket(text)).split(/\s+/);
  return words.length <= 3 && words.every((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word) || /^(?:sur|en|le|la|les|de|du|upon|on)$/.test(word)) && !hasJobWord(text) && employerScore(text) === 0;
}

/** A town for sure, not a one-word employer ("Geodis"): a large town, or one with its postcode,
 *  département or arrondissement ("Voiron (38)", "Lyon 3e"). */
function isKnownTown(text: string): boolean {
  const place = withoutContractBracket(text.trim());
  return looksLikePlace(place) && (LARGE_TOWNS.has(foldText(withoutDistrict(place))) || /\b\d{5}\b|\(\d{2,3}\)|\s\d{1,2}(?:e|er|[èe]me)$/u.test(place));
}

/** "Paris (CDI)" -> "Paris": the contract in brackets after a town. */
function withoutContractBracket(text: string): string {
  return text.replace(/\s*\(([^()]*)\)\s*$/, (whole, inside: string) => (CONTRACT_PART.test(inside.trim()) ? '' : whole));
}

/** "Lyon 3e" -> "Lyon": the arrondissement after a town. */
function withoutDistrict(text: string): string {
  return text.replace(/(?<=\p{L})\s+\d{1,2}(?:e|er|[èe]me)$/u, '');
}

interface EmployerLine {
  text: string;
  employer: string;
  location: string | null;
}

/** An employer line set over several jobs keeps its town apart: "Auchan, Villeneuve-d'Ascq". */
function readEmployerLine(text: string): EmployerLine {
  const parts = splitParts(text);
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && last && looksLikePlace(last)) {
    return { text, employer: cleanEmployer(parts.slice(0, -1).join(', ')) ?? cleanPart(text), location: cleanPart(last) };
  }
  return { text, employer: cleanEmployer(cleanPart(text)) ?? cleanPart(text), location: null };
}

/** The employer without "chez" and without a bracket after it ("Leroy Merlin (Lesquin)"). */
function cleanEmployer(text: string): string | null {
  return cleanPart(text.replace(/^(?:chez|at|pour|for)\s+/i, '').replace(/\s*\((?:[^()]*)\)\s*$/, '')) || null;
}

/** The place in brackets after an employer: "chez ADMR (Douai)", "Leroy Merlin (Lesquin)". */
function bracketPlace(text: string): string | null {
  const bracket = /\(([^()]+)\)\s*$/.exec(text)?.[1]?.trim();
  if (!bracket || !/\p{L}/u.test(bracket) || CONTRACT_PART.test(bracket)) return null;
  return looksLikePlace(bracket) ? bracket : null;
}

/** Field labels of a job written as a form: "Poste : Aide-soignante", "Employer: Sunrise Care Home". */
const ENTRY_LABEL = /^(?:poste(?:\s+occup[ée])?|intitul[ée](?:\s+du\s+poste)?|fonction|employeur|entreprise|soci[ée]t[ée]|structure|[ée]tablissement|lieu|p[ée]riode|dates?|job\s+title|title|position|role|employer|company|organi[sz]ation|location|period)\s*:\s*/i;

function assignParts(headerParts: string[]): { title: string | null; employer: string | null; location: string | null } {
  const unlabelled = headerParts.map((part) => part.replace(ENTRY_LABEL, '')).filter((part) => part.trim() !== '' && !ENTRY_LABEL.test(`${part}:`));
  const allParts = readInterimParts(unlabelled.flatMap((part) => splitEmployerConnector(part) ?? [part]), looksLikePlace);
  // "Stage – Agent de quai", "Préparateur – CDI depuis 2021": the contract is neither title nor employer.
  let parts = allParts.filter((part) => !CONTRACT_PART.test(part.trim()));
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
  const rest = scored.filter((candidate) => candidate !== titlePart);
  const employerPart = rest.find((candidate) => !(candidate.index > 0 && looksLikePlace(candidate.part) && candidate.employer === 0 && candidate !== rest[0])) ?? null;
  const locationPart = rest.find((candidate) => candidate !== employerPart && candidate.index > (employerPart?.index ?? 0) && looksLikePlace(candidate.part)) ?? null;
  // "Intérim (Lille)": once its bracket is read, a contract word is left, which is no employer.
  const employerText = employerPart ? withoutSchool(cleanEmployer(employerPart.part)) : null;
  const employer = employerText && !CONTRACT_PART.test(employerText) ? employerText : null;
  const location = locationPart ? cleanPart(withoutContractBracket(locationPart.part)) : employerPart ? bracketPlace(employerPart.part) : null;
  return { title: cleanTitle(titlePart.part), employer, location };
}

/** "Kiabi / CFA Commerce Occitanie": an alternance names its school beside the employer. */
function withoutSchool(employer: string | null): string | null {
  if (!employer) return employer;
  const sides = employer.split(/\s+\/\s+/);
  const kept = sides.filter((side) => !isSchool(side));
  return sides.length > 1 && kept.length > 0 && kept.length < sides.length ? kept.join(' / ') : employer;
}

function cleanTitle(text: string): string | null {
  // "Alternance : Assistante RH": the contract as a label before the title is not part of it.
  const label = /^([^:]{2,30}?)\s*:\s+(?=\S)/.exec(text);
  if (label && CONTRACT_PART.test(label[1]!.trim())) text = text.slice(label[0].length);
  // "Agent de service hospitalier – CDI": a contract named after the title is not part of it.
  const parts = text.split(/\s[–—-]\s/);
  while (parts.length > 1 && CONTRACT_PART.test(parts[parts.length - 1]!.trim())) parts.pop();
  const title = cleanPart(parts.join(' – ').replace(GENDER_MARK, ''));
  return title.length >= 2 ? title : null;
}

/** A job line with neither bullet task nor sentence: "Vendeuse (2 ans) – Kiabi", "• Stage de 3e –
 *  Boulangerie Martin", "Cariste chez Geodis". */
const UNDATED_JOB_WORDS = 12;
/** Helpers' words that open tasks too ("Aide à la vente…"): alone, they name no job. */
const GENERIC_JOB_WORDS = new Set(['aide', 'agent', 'agente', 'assistant', 'assistante', 'chef', 'cheffe', 'responsable', 'employe', 'employee', 'charge', 'chargee']);

/**
 * The jobs of an experience section that gives no date at all, as CVs of little experience often
 * do ("Vendeuse (2 ans) – Kiabi" / "Stage de 3e – Boulangerie Martin"): each line that names a job
 * and is neither a task nor a sentence is one job, without dates, less sure than a dated one.
 */
function undatedExperiences(lines: TextLine[]): ExperienceSuggestion[] {
  return lines.map((line) => undatedJob(line, false)).filter((experience): experience is ExperienceSuggestion => experience !== null);
}

/** English heads that also open tasks or phrases ("Personal care…", "Sous la responsabilité…"):
 *  among dated jobs they do not make a line a job by themselves. */
const WEAK_HEADS = new Set(['care', 'support', 'customer', 'service', 'sales', 'lead', 'head', 'partie', 'sous', 'data', 'senior', 'junior', 'crew', 'host', 'warehouse']);

/** A line naming a job with no date: the undated section's jobs, or (among dated jobs, `strict`)
 *  one whose title opens or ends with a trade ("Bénévole", "Volunteer Driver") or names a small job. */
function undatedJob(line: TextLine, strict: boolean): ExperienceSuggestion | null {
  // A bullet or a number before the job ("• Cariste chez Geodis", "1. Vendeuse – Kiabi").
  const text = stripBullet(line.text).replace(/^\d+[.)]\s+/, '').trim();
  if (!text || text.split(/\s+/).length > (strict ? STRICT_UNDATED_JOB_WORDS : UNDATED_JOB_WORDS) || NOT_A_JOB.test(text) || isDegree(text)) return null;
  const oddJob = isOddJob(text);
  if (!oddJob && (looksLikeTask(text) || looksLikeDescription({ ...line, text }, undefined))) return null;
  const parts = splitParts(withoutDates(text, undefined));
  if (parts.length === 0 || !(oddJob || hasJobWord(parts[0]!) || PLACEMENT.test(parts[0]!.trim()))) return null;
  // Alone on its line, a job is named by a trade ("Cariste"), not by a helper's word that also
  // opens tasks ("Aide à la vente et au nettoyage", "Responsable des ouvertures").
  if (parts.length === 1 && !oddJob && !PLACEMENT.test(parts[0]!.trim()) && GENERIC_JOB_WORDS.has(foldedWords(parts[0]!)[0] ?? '')) return null;
  const { title, employer, location } = oddJob && parts.length === 1 ? { title: cleanTitle(parts[0]!), employer: null, location: null } : assignParts(parts);
  if (!title || isCareerBreak(title)) return null;
  if (strict && !oddJob && !PLACEMENT.test(title) && !namedByTrade(title)) return null;
  const confidence = strict ? (employer ? 0.55 : 0.5) : employer ? 0.65 : 0.55;
  return { title, employer, location, start: null, end: null, evidence: { text: line.text.trim(), page: line.page }, confidence };
}

/** Among dated jobs an undated line is shorter: a job's header, not a phrase. */
const STRICT_UNDATED_JOB_WORDS = 10;

/** "Bénévole", "Volunteer Driver", "Agent de quai": a title whose first or last word is a trade. */
function namedByTrade(title: string): boolean {
  const words = foldedWords(title);
  const trade = (word: string | undefined) => word !== undefined && JOB_WORDS.has(word) && !WEAK_HEADS.has(word);
  return words.length <= 6 && (trade(words[0]) || trade(words[words.length - 1]) || JOB_WORDS.has(`${words[0]} ${words[1] ?? ''}`));
}

function confidenceOf(anchor: Anchor, title: string, employer: string | null): number {
  let confidence = 0.75;
  if (!anchor.range.single) confidence += 0.1;
  if (employer) confidence += 0.05;
  if (hasJobWord(title)) confidence += 0.05;
  if (foldText(title).split(/\s+/).length > 8) confidence -= 0.15;
  return Math.min(0.95, Math.max(0.3, confidence));
}
