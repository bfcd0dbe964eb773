// How an experience section sets out its jobs, read once from its first job: header lines above
// the dates or under them, how many, and the indent that tells descriptions from headers.
import type { TextLine } from '../../types';
import { looksLikeTask } from '../detect-task';
import { descriptionIndent, looksLikeDescription } from '../entry-parts';
import type { Anchor } from './period-anchors';
import { looksLikePlace } from './place-parts';
import { isLengthLine } from './written-duration';

export interface SectionLayout {
  lines: TextLine[];
  /** The dated lines that start a job. */
  anchors: Anchor[];
  /** The left edge of the tasks, when the layout indents them. */
  indentX: number | undefined;
  /** The indent that makes a line a description: none when the dates stand in a margin column. */
  bodyX: number | undefined;
  /** Title first, dates after: the first job has header lines between the heading and its dates. */
  leadPattern: boolean;
  /** "Sales Assistant" / "Boots" / "Leeds" over the first job's dates: three header lines, the town last. */
  threeLeads: boolean;
  /** Employer and title both above the first job's dates: every job of the section puts its header
   *  above its dates, so the lines under a job's dates that lead the next job are not its own. */
  headerAbove: boolean;
}

type HeaderContext = Pick<SectionLayout, 'lines' | 'anchors' | 'bodyX'>;

export function readSectionLayout(lines: TextLine[], found: Anchor[]): SectionLayout | null {
  // Dates in a margin column beside the title ("2021 – 2024<TAB>Assistante de direction"): the
  // employer under the title starts where the tasks do, so the indent tells no description.
  const marginDates = found.every((anchor) => anchor.atStart && anchor.own !== '' && lines[anchor.index]!.text.includes('\t'));
  const indentX = descriptionIndent(lines, found.map((anchor) => lines[anchor.index]?.x ?? 0));
  const bodyX = marginDates ? undefined : indentX;
  // A date inside a description ("Driver of the Quarter (2019, 2023)") starts no job.
  const anchors = found.filter((anchor) => !looksLikeDescription(lines[anchor.index]!, bodyX) || anchor.atStart);
  if (anchors.length === 0) return null;
  const context: HeaderContext = { lines, anchors, bodyX };
  const first = anchors[0]!;
  const leadPattern = first.index > 0 && isHeader(context, first.index - 1);
  // Three header lines make the first job's header (and so the section's) when nothing else stands above them.
  const threeLeads = first.index >= 3 && townOver(context, first.index) && isHeader(context, first.index - 2) && isHeader(context, first.index - 3) && !isHeader(context, first.index - 4);
  const headerAbove = leadPattern && leadIndexes({ ...context, threeLeads }, 0, false).length >= 2;
  return { lines, anchors, indentX, bodyX, leadPattern, threeLeads, headerAbove };
}

/** A line that may belong to a job's header: no description, no other job's date line. */
export function isHeader(context: HeaderContext, index: number): boolean {
  const line = context.lines[index];
  return line !== undefined && !looksLikeDescription(line, context.bodyX) && !context.anchors.some((anchor) => anchor.index === index);
}

/** The header lines just above a job's dates (two at most, three with a town, one when the section
 *  puts `oneLeadAbove`), after the previous job's dates and the lines it took under them. */
export function leadIndexes(layout: HeaderContext & Pick<SectionLayout, 'threeLeads'>, position: number, oneLeadAbove: boolean, takenUntil = -1): number[] {
  const anchor = layout.anchors[position]!;
  const floor = Math.max(layout.anchors[position - 1]?.index ?? -1, takenUntil);
  const limit = oneLeadAbove ? 1 : layout.threeLeads && townOver(layout, anchor.index) ? 3 : 2;
  const indexes: number[] = [];
  for (let index = anchor.index - 1; index >= 0 && index > floor && indexes.length < limit; index--) {
    if (!isHeader(layout, index)) break;
    // "Leroy Merlin" / "8 years 1 month" / "Supply Chain Manager" / dates (LinkedIn): the time at
    // the company between it and the first position's title is neither, and takes no place.
    if (indexes.length > 0 && isLengthLine(layout.lines[index]!.text)) continue;
    // A task under the previous job ("Installation de tableaux, tirage de câbles") leads no job.
    if (indexes.length > 0 && looksLikeTask(layout.lines[index]!.text)) break;
    indexes.unshift(index);
  }
  return indexes;
}

/** A town alone on the header line just above the dates ("Leeds"). */
function townOver(context: HeaderContext, index: number): boolean {
  return isHeader(context, index - 1) && looksLikePlace(context.lines[index - 1]!.text.trim());
}
