// Finds the jobs of the experience sections. Each job is anchored on the line that gives its
// period; its title and employer are on that line ("Cariste – Leroy Merlin\t2019 – 2021"), on the
// header lines just before it (title first, dates under the employer) or just after it (dates
// first). Which of the two a CV does is read once per section, from its first job. A job without
// an employer under an employer line shared by several jobs takes that employer.
// The steps are in experiences/, one per file; this one chains them.
import type { CvSection, TextLine } from '../types';
import { readBracketEmployer } from './bracket-employer';
import { linesAfterContactBlock } from './contact-block';
import { foldEmployerPeriods } from './employer-periods';
import { foldText } from './fold-text';
import type { ExperienceSuggestion } from './experiences/confidence';
import { headerlessLeadCount } from './experiences/headerless-leads';
import { hasJobWord } from './experiences/part-kinds';
import { headerlessAnchors } from './experiences/period-anchors';
import { looksLikePlace } from './experiences/place-parts';
import { experiencesOfSection } from './experiences/section-experiences';
import { experiencesOfProse } from './experiences/experience-sentences';
import { isVolunteeringSection } from './volunteering';

export type { ExperienceSuggestion } from './experiences/confidence';

export function extractExperiences(sections: CvSection[], referenceDate = new Date()): ExperienceSuggestion[] {
  const experiences: ExperienceSuggestion[] = [];
  // Volunteering sections are read apart (volunteering.ts).
  const jobSections = sections.filter((section) => section.kind === 'experience' && !isVolunteeringSection(section));
  for (const section of jobSections) {
    // A career told as a paragraph: one job a sentence.
    const prose = experiencesOfProse(section.lines, referenceDate);
    if (prose) {
      experiences.push(...prose);
      continue;
    }
    // "La Poste (2010 – 2022)" over "Facteur 2010 – 2015": the employer of the jobs under it.
    experiences.push(...foldEmployerPeriods(experiencesOfSection(section.lines, referenceDate, false), (title) => !hasJobWord(title), looksLikePlace));
  }
  // A CV without an experience heading: its jobs follow the contact block of the header. There
  // only a period (not a single date) starts a job, and a diploma line is no job.
  if (jobSections.length === 0) {
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
    // A town's word is at most 60 characters: unbounded, a line of 190,000 capitals was read from
    // each of them to its end (seconds).
    for (const match of line.text.matchAll(/(\p{Lu}[\p{L}'’-]{1,59})\s*\((?:\d{2}|2[AB]|97\d)\)/gu)) towns.add(foldText(match[1]!));
  }
  return towns;
}
