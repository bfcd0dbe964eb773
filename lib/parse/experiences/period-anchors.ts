// The lines that give a job's period: each job of an experience section is anchored on one, and
// its title and employer are read around it. A CV without an experience heading needs a period.
import type { TextLine } from '../../types';
import { isDegree } from '../detect-degree';
import { looksLikeDescription, withoutDates } from '../entry-parts';
import { findDateRanges, type DateRange } from '../parse-dates';
import { yearListRange } from '../year-lists';
import { NOT_A_JOB, NOTE_NOT_A_JOB } from './line-patterns';

export interface Anchor {
  index: number;
  range: DateRange;
  /** The anchor line without its dates. */
  own: string;
  /** The period opens the line ("Depuis 2018 : Agent de propreté…"). */
  atStart: boolean;
}

/** Lines giving a job's period: a range anywhere in a header line, a single date at its edge. */
export function findAnchors(lines: TextLine[], referenceDate: Date): Anchor[] {
  const anchors: Anchor[] = [];
  lines.forEach((line, index) => {
    const text = line.text;
    // "Vendanges 2019, 2020, 2021 – Domaine Ferret": the years of one seasonal job.
    // Two years with "et" between are already a period ("Étés 2019 et 2020").
    const periods = findDateRanges(text, referenceDate);
    const list = yearListRange(text);
    const ranges = list && !periods.some((period) => !period.single && period.startsAt <= list.startsAt && period.endsAt >= list.endsAt) ? [list, ...periods] : periods;
    const range = ranges.find((candidate) => isAnchorRange(text, candidate));
    if (!range || NOTE_NOT_A_JOB.test(text)) return;
    if (looksLikeDescription(line, undefined) && !(range.startsAt === 0 || /^\s*\S*\s*$/.test(text.slice(0, range.startsAt)))) return;
    const atStart = /^[\s(\[•\-–]*(?:(?:de|du|depuis|d[eè]s|from|since)\s+(?:(?:le|the)\s+|l['’])?)?$/i.test(text.slice(0, range.startsAt));
    anchors.push({ index, range, own: withoutDates(text, range), atStart });
  });
  return anchors;
}

/** Without an experience heading, only a period (not a single date) starts a job, and a diploma
 *  line or a dated note ("Permis B depuis 2010") is no job. */
export function headerlessAnchors(lines: TextLine[], referenceDate: Date): Anchor[] {
  return findAnchors(lines, referenceDate).filter((anchor) => !anchor.range.single && !isDegree(lines[anchor.index]!.text) && !NOT_A_JOB.test(lines[anchor.index]!.text));
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
