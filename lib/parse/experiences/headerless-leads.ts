// A CV without an experience heading: how many lines above its first job's dates are that job's
// title and employer, so that the contact block above them is not read as a job.
import type { TextLine } from '../../types';
import { looksLikeTask } from '../detect-task';
import { looksLikeDescription, splitParts, withoutDates } from '../entry-parts';
import { CONTRACT_PART } from '../job-vocabulary';
import { YEAR } from './line-patterns';
import { hasJobWord } from './part-kinds';
import { headerlessAnchors } from './period-anchors';

/** How many lines above a headerless CV's first job are its title and employer: none when its
 *  date line names the job itself ("Vendeuse, Carrefour 2019-2022"); else as many as lead the next
 *  job ("Caissière" / "Auchan, Villeurbanne" / "2016 – 2019"), one when there is none. */
export function headerlessLeadCount(lines: TextLine[], firstEntry: number, referenceDate: Date): number {
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
