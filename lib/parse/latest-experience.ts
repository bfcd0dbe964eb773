// The candidate's current or latest job, whatever order the CV lists its jobs in: the latest end
// ("present" first), then the latest start; the first listed among equals.
import type { Experience } from '../types';
import { PLACEMENT } from './experiences/line-patterns';
import { hasJobWord } from './experiences/part-kinds';

export function latestExperience(experiences: Experience[]): Experience | undefined {
  let latest: Experience | undefined;
  for (const experience of experiences) {
    if (!latest || isLater(experience, latest)) latest = experience;
  }
  return latest;
}

/** The latest job that names a trade: "Stage" or "Job d'été – McDonald's" says what kind of
 *  placement it was, not the candidate's trade, and makes no headline. */
export function latestTrade(experiences: Experience[]): Experience | undefined {
  return latestExperience(experiences.filter((experience) => !PLACEMENT.test(experience.title.trim()) || hasJobWord(experience.title.replace(PLACEMENT, ''))));
}

function isLater(experience: Experience, than: Experience): boolean {
  // A job given one date ("2019 : Vendeuse") ended when it started, as far as the CV says.
  const byEnd = compareDates(experience.end ?? experience.start, than.end ?? than.start);
  return byEnd !== 0 ? byEnd > 0 : compareDates(experience.start, than.start) > 0;
}

/** "present" > "2021-05" > "2021-02"; a year alone ties with any month of that year; null is earliest. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (a === 'present') return 1;
  if (b === 'present') return -1;
  const [yearA, monthA] = a.split('-').map(Number);
  const [yearB, monthB] = b.split('-').map(Number);
  if (yearA !== yearB) return (yearA ?? 0) - (yearB ?? 0);
  return monthA !== undefined && monthB !== undefined ? monthA - monthB : 0;
}
