// The jobs of one experience section (or of the lines after a headerless CV's contact block): each
// job's header is read around its date line, its parts are given to title, employer and town, and
// an employer line shared by several jobs gives its name to those that name none.
import type { TextLine } from '../../types';
import { isCareerBreak } from '../career-break';
import { cleanPart } from '../entry-parts';
import { BULLET, stripBullet } from '../line-style';
import { isOddJob } from '../odd-jobs';
import { assignParts } from './assign-parts';
import { cleanEmployer } from './clean-parts';
import { confidenceOf, type ExperienceSuggestion } from './confidence';
import { readEmployerLine, type EmployerLine } from './employer-line';
import { readJobHeader, type JobHeader, type SectionProgress } from './job-header';
import { hasJobWord, namingPartCount } from './part-kinds';
import { findAnchors, headerlessAnchors } from './period-anchors';
import { readSectionLayout } from './section-layout';
import { interimMissions } from './interim-missions';
import { undatedExperiences, withUndatedJobs } from './undated-jobs';
import { writtenDuration } from './written-duration';

export function experiencesOfSection(lines: TextLine[], referenceDate: Date, headerless: boolean): ExperienceSuggestion[] {
  const found = headerless ? headerlessAnchors(lines, referenceDate) : findAnchors(lines, referenceDate);
  // Jobs written as bullets ("👉 Serveur – Brasserie du Port (2023 – 2025)"): when only bulleted
  // lines give periods under the heading, the bullets are the entries, not their tasks.
  if (found.length === 0 && !headerless) {
    const unbulleted = lines.map((line) => (BULLET.test(line.text) ? { ...line, text: stripBullet(line.text) } : line));
    if (findAnchors(unbulleted, referenceDate).length > 0) return experiencesOfSection(unbulleted, referenceDate, false);
  }
  // An experience section that gives no date at all still lists jobs.
  if (found.length === 0) return headerless ? [] : undatedExperiences(lines);
  const layout = readSectionLayout(lines, found);
  if (!layout) return [];
  const { headerAbove } = layout;
  const experiences: ExperienceSuggestion[] = [];
  /** Where each job starts in the section, to put undated jobs in their place among them. */
  const startLines: number[] = [];
  /** Lines a dated job (or a career break) took: no undated job is read from them. */
  const used = new Set<number>();
  let groupEmployer: EmployerLine | null = null;
  let progress: SectionProgress = { takenUntil: -1, oneLeadAbove: false };
  /** Dated lines an interim group took as its missions: no job of their own. */
  const missionLines = new Set<number>();
  layout.anchors.forEach((anchor, position) => {
    if (missionLines.has(anchor.index)) return;
    const reading = readJobHeader(layout, position, progress);
    progress = reading.progress;
    const { lines: headerLines, leadCount, parts } = reading.header;
    const anchorLine = lines[anchor.index]!;
    if (setsEmployerOverRoles(layout.leadPattern, reading.header)) groupEmployer = readEmployerLine(headerLines[0]!.text);
    used.add(anchor.index);
    for (const line of headerLines) used.add(lines.indexOf(line));
    if (parts.length === 0) return;
    // "Missions d'intérim via Adecco (2019–2022)" over its missions: one job per mission.
    const missions = interimMissions(layout, position, progress, reading.header, referenceDate);
    if (missions) {
      startLines.push(Math.min(anchor.index, ...headerLines.map((line) => lines.indexOf(line))));
      for (const index of missions.lines) {
        used.add(index);
        missionLines.add(index);
      }
      experiences.push(...missions.experiences(anchor));
      // Each mission's start line is the group's: undated jobs go before or after all of them.
      while (startLines.length < experiences.length) startLines.push(startLines[startLines.length - 1]!);
      return;
    }
    const assigned = assignParts(parts);
    const { title } = assigned;
    let { employer, location } = assigned;
    location ??= reading.header.place ?? null;
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
    const underGroup = employer === null && groupEmployer !== null && (headerLines.length === 0 || (headerAbove && namingPartCount(parts) === 1));
    const resolvedEmployer = underGroup ? groupEmployer!.employer : employer;
    if (underGroup) location ??= groupEmployer!.location;
    startLines.push(Math.min(anchor.index, ...headerLines.map((line) => lines.indexOf(line))));
    // A single year or month: how long the job lasted, when its header says, is kept.
    const duration = anchor.range.single ? writtenDuration(evidenceLines.map((line) => line.text).join('\n')) : null;
    experiences.push({
      title,
      employer: resolvedEmployer,
      location: location ?? null,
      start: anchor.range.start,
      end: anchor.range.end,
      ...(duration ? { duration } : {}),
      evidence: { text: evidenceLines.map((line) => line.text.trim()).join('\n'), page: anchorLine.page },
      confidence: confidenceOf(anchor, title, resolvedEmployer),
    });
  });
  if (headerless) return experiences;
  // A job whole on its one line names a trade there ("Northway Cars Ltd, Widnes<TAB>2017 – 2021"
  // over "Used Car Sales Executive" is not whole: the title is the line under it).
  const wholeLineAt = new Set(startLines.filter((_, position) => !experiences[position]!.evidence.text.includes('\n') && (hasJobWord(experiences[position]!.title) || isOddJob(experiences[position]!.title))));
  // With dates in a margin column too, a line at the tasks' indent is never an undated job.
  return withUndatedJobs(lines, experiences, startLines, used, layout.indentX, wholeLineAt);
}

/** An employer line shared by several jobs: "Brookfield House Care Home" above the dates of a job
 *  whose date line names the role; the roles under it take its name. */
function setsEmployerOverRoles(leadPattern: boolean, header: JobHeader): boolean {
  const { lines, ownParts, parts } = header;
  return leadPattern && lines.length === 1 && parts.length - ownParts.length === 1 && ownParts.length === 1 && !hasJobWord(lines[0]!.text) && hasJobWord(ownParts[0]!);
}
