// Finds the jobs of the experience sections. Each job is anchored on the line that gives its
// period; its title and employer are on that line ("Cariste – Leroy Merlin\t2019 – 2021"), on the
// header lines just before it (title first, dates under the employer) or just after it (dates
// first). Which of the two a CV does is read once per section, from its first job. A job without
// an employer under an employer line shared by several jobs takes that employer.
// The steps are in experiences/, one per file; this one chains them.
import type { CvSection, TextLine } from '../types';
import { readBracketEmployer } from './bracket-employer';
import { isCareerBreak } from './career-break';
import { foldEmployerPeriods } from './employer-periods';
import { cleanPart, descriptionIndent, looksLikeDescription, splitParts } from './entry-parts';
import { foldText } from './fold-text';
import { CONTRACT_PART } from './job-vocabulary';
import { linesAfterContactBlock } from './contact-block';
import { looksLikeTask } from './detect-task';
import { isOddJob } from './odd-jobs';
import { assignParts } from './experiences/assign-parts';
import { cleanEmployer } from './experiences/clean-parts';
import { confidenceOf, type ExperienceSuggestion } from './experiences/confidence';
import { readEmployerLine, type EmployerLine } from './experiences/employer-line';
import { headerlessLeadCount } from './experiences/headerless-leads';
import { YEAR } from './experiences/line-patterns';
import { hasJobWord, employerScore, looksLikeName, readsAsPhrase } from './experiences/part-kinds';
import { findAnchors, headerlessAnchors } from './experiences/period-anchors';
import { isKnownTown, looksLikePlace } from './experiences/place-parts';
import { namedByTrade, undatedExperiences, withUndatedJobs } from './experiences/undated-jobs';

export type { ExperienceSuggestion } from './experiences/confidence';

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
