// Rejoins a period cut in two by a narrow date column or a line break: "2016 –" / "2019",
// "De 2015" / "à 2018", "Depuis" / "mars 2021", "Jan 2020 –" / "Present". Cut, the end alone read
// as a one-year job of its own and the start as another.
import type { TextLine } from '../types';
import { foldKeepingLength } from './fold-text';
import { findDatePoints, findDateRanges } from './parse-dates';

/** What may stand before the start of an open period on its line: a "since" word, a bullet. */
const START_LEAD = /^[\s•\-–(]*(?:de|du|depuis|des|from|since)?\s*$/;
/** A connector to the end, ending the upper line ("2016 –", "De 2015 à"). */
const OPEN_CONNECTOR = /^\s*(?:[–—-]|→|->|a|au|to|until|jusqu'(?:a|en|au))\s*$/;
/** The lower line starts with a connector ("à 2018", "– 2019") or the date itself. */
const END_LEAD = /^\s*(?:(?:[–—-]|→|->|a|au|to|until|jusqu'(?:a|en|au))\s*)?$/;
/** A "since" word alone, waiting for its date: "Depuis" / "mars 2021". */
const SINCE_ALONE = /^\s*(?:depuis|since)\s*$/;

export function joinSplitPeriods(lines: TextLine[], referenceDate = new Date()): TextLine[] {
  const result: TextLine[] = [];
  for (const line of lines) {
    const above = result[result.length - 1];
    if (above && sameColumn(above, line) && continuesPeriod(above.text, line.text, referenceDate)) {
      result[result.length - 1] = { ...above, text: `${above.text.trimEnd()} ${line.text.trim()}` };
      continue;
    }
    result.push(line);
  }
  return result;
}

function continuesPeriod(upper: string, lower: string, referenceDate: Date): boolean {
  const end = lonePoint(lower, referenceDate, END_LEAD);
  if (!end) return false;
  const folded = foldKeepingLength(upper);
  if (SINCE_ALONE.test(folded)) return !end.connected && end.value !== 'present';
  // The upper line's last date opens a period it does not close ("2016 –", "Cariste 2016 –"),
  // not the end of one ("2014 – 2016 –").
  const ranges = findDateRanges(upper, referenceDate);
  const last = ranges[ranges.length - 1];
  if (!last || !last.single) return false;
  const after = folded.slice(last.endsAt);
  if (OPEN_CONNECTOR.test(after)) return !end.connected;
  // "De 2015" / "à 2018": the start alone on its line, the connector under it.
  return after.trim() === '' && end.connected && START_LEAD.test(folded.slice(0, last.startsAt));
}

/** The one date of a line that holds nothing else but a connector before it. */
function lonePoint(text: string, referenceDate: Date, lead: RegExp): { value: string; connected: boolean } | null {
  const points = findDatePoints(text, referenceDate);
  if (points.length !== 1) return null;
  const folded = foldKeepingLength(text);
  const point = points[0]!;
  const before = folded.slice(0, point.startsAt);
  if (!lead.test(before) || !/^[\s.)]*$/.test(folded.slice(point.endsAt))) return null;
  if (point.value.startsWith('--')) return null;
  return { value: point.value, connected: before.trim() !== '' };
}

/** Two lines of one column: same page and block, the lower one under the upper one. */
function sameColumn(above: TextLine, line: TextLine): boolean {
  if (above.page !== line.page || (above.block ?? 0) !== (line.block ?? 0)) return false;
  if (above.y === undefined || line.y === undefined || line.height === undefined) return true;
  return line.y > above.y && line.y - above.y <= line.height * 2.5;
}
