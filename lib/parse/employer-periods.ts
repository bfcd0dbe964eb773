// Jobs grouped under their employer, the employer line giving the whole period: "La Poste (2010 –
// 2022)" then "Facteur 2010 – 2015" / "Guichetier 2015 – 2022". The employer line is no job: it
// gives its name to the jobs under it whose periods lie within its own.
import type { Experience } from '../types';

/**
 * `namesNoJob` tells a title that is an organisation's name rather than a trade; `isPlace` a town
 * read as the employer of the line ("Tesco Stores Ltd, Leeds (2012 – 2020)"). An employer line
 * needs at least one job under it that fits in its period and names no employer of its own.
 */
export function foldEmployerPeriods<T extends Experience>(experiences: T[], namesNoJob: (title: string) => boolean, isPlace: (text: string) => boolean): T[] {
  const result: T[] = [];
  for (let index = 0; index < experiences.length; index++) {
    const group = experiences[index]!;
    const members: number[] = [];
    const town = group.employer !== null && isPlace(group.employer) ? group.employer : null;
    if ((group.employer === null || town !== null) && group.start !== null && namesNoJob(group.title)) {
      for (let next = index + 1; next < experiences.length; next++) {
        const job = experiences[next]!;
        if (job.employer !== null || !within(job, group)) break;
        members.push(next);
      }
    }
    if (members.length === 0) {
      result.push(group);
      continue;
    }
    for (const member of members) {
      const job = experiences[member]!;
      result.push({ ...job, employer: group.title, location: job.location ?? group.location ?? town, evidence: { ...job.evidence, text: `${group.evidence.text}\n${job.evidence.text}` } });
    }
    index = members[members.length - 1]!;
  }
  return result;
}

/** The job's period lies within the group's, to the year. */
function within(job: Experience, group: Experience): boolean {
  if (job.start === null) return false;
  const year = (value: string | null, open: number) => (value === null ? open : value === 'present' ? 9999 : Number(value.slice(0, 4)));
  return year(job.start, 0) >= year(group.start, 0) && year(job.end ?? job.start, 9999) <= year(group.end ?? group.start, 9999);
}
