// Finds dates and periods as CVs write them: "Janv. 2019 – aujourd'hui", "depuis 2021",
// "2016 - 2018", "01/2016 – ce jour", "Juin 2018 → Août 2020", "Avr. – Juin 2019",
// "Jun 2021 – Present", "mars 2020 à juillet 2021", "1er mars 2021 – 31 août 2021", "2018–19",
// "2019". Values are "YYYY-MM" or "YYYY"; the end of an ongoing period is "present".
import { foldKeepingLength } from './fold-text';
import { MONTHS, PRESENT_WORDS, RANGE_SEPARATORS, SEASONS, SINCE_WORDS } from './date-vocabulary';
import { findRelativeSince } from './relative-periods';

export interface DatePoint {
  /** "YYYY-MM", "YYYY", "present", or a month without year ("--MM") waiting for the other end's year. */
  value: string;
  startsAt: number;
  endsAt: number;
}

export interface DateRange {
  start: string | null;
  end: string | null;
  startsAt: number;
  endsAt: number;
  /** A single date (no second end and no "since" word): a diploma year, a one-year job. */
  single: boolean;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]?").replace(/ /g, '\\s+');
const monthNames = Object.keys(MONTHS).sort((a, b) => b.length - a.length).map(escape).join('|');
const presentWords = [...PRESENT_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|');

// A day before a month name ("1er mars 2021", "31 août") dates no finer than the month.
const DAY = String.raw`(?:(?:1er|0?[1-9]|[12]\d|3[01])\s+)?`;
// Units after a number that make it a duration, not the two-digit end of "2018–19".
const UNIT_AFTER = String.raw`\s*(?:ans?|mois|years?|yrs?|months?|semaines?|weeks?|jours?|days?|h|heures?|hours?|%|€|\$)(?![\p{L}])`;

// One date token. Groups: day/month/year numeric, month name + year, month name alone, two-digit
// end-year period ("2018–19", "2018/19"), year, present.
const TOKEN = new RegExp(
  [
    String.raw`\b(?:\d{1,2}[/.-])?(0?[1-9]|1[0-2])[/.-]((?:19|20)\d{2})\b`,
    String.raw`\b((?:19|20)\d{2})-(0[1-9]|1[0-2])\b(?![/.-]?\d)`,
    String.raw`(?<![\p{L}\d])${DAY}(${monthNames})(?![\p{L}])\.?\s*['’]?((?:19|20)\d{2}|\d{2}\b)?`,
    String.raw`\b((?:19|20)\d{2})\s*[-–—/]\s*(\d{2})(?![\p{L}\d]|[/.:-]\d|${UNIT_AFTER})`,
    String.raw`\b(?:(?:${SEASONS.join('|')})\s+)?((?:19|20)\d{2})\b`,
    String.raw`(?<![\p{L}])(${presentWords})(?![\p{L}])`,
  ].join('|'),
  'giu',
);

export function findDatePoints(text: string, referenceDate = new Date()): DatePoint[] {
  const source = foldKeepingLength(text);
  const maxYear = referenceDate.getFullYear() + 6;
  const points: DatePoint[] = [];
  for (const match of source.matchAll(TOKEN)) {
    const [whole, numMonth, numYear, isoYear, isoMonth, monthName, monthYear, shortStart, shortEnd, year, present] = match;
    const startsAt = match.index;
    const endsAt = startsAt + whole.trimEnd().length;
    if (shortStart && shortEnd) {
      points.push(...shortYearPeriod(shortStart, shortEnd, startsAt, endsAt, maxYear));
      continue;
    }
    let value: string | undefined;
    if (numMonth && numYear) value = `${numYear}-${numMonth.padStart(2, '0')}`;
    else if (isoYear && isoMonth) value = `${isoYear}-${isoMonth}`;
    else if (monthName) {
      const month = MONTHS[monthName.replace(/\s+/g, ' ')] ?? 0;
      if (!month) continue;
      let fullYear = monthYear;
      if (monthYear && monthYear.length === 2) fullYear = String(Number(monthYear) + (Number(monthYear) + 2000 > maxYear ? 1900 : 2000));
      value = fullYear ? `${fullYear}-${String(month).padStart(2, '0')}` : `--${String(month).padStart(2, '0')}`;
    } else if (year) value = year;
    else if (present) value = 'present';
    if (!value) continue;
    const yearOf = Number(value.slice(0, 4));
    if (!value.startsWith('-') && value !== 'present' && (yearOf < 1950 || yearOf > maxYear)) continue;
    // A month without year ends at its name (or its abbreviation dot), after any day before it.
    const monthEnd = monthName ? startsAt + whole.indexOf(monthName) + monthName.length : endsAt;
    points.push({ value, startsAt, endsAt: value.startsWith('--') && !monthYear ? monthEnd + (source[monthEnd] === '.' ? 1 : 0) : endsAt });
  }
  return points;
}

/** "2018–19": the second year takes the century of the first (the next one for "1999/00") and
 *  must come after it; otherwise only the first year is a date. */
function shortYearPeriod(startYear: string, endDigits: string, startsAt: number, endsAt: number, maxYear: number): DatePoint[] {
  const first = Number(startYear);
  if (first < 1950 || first > maxYear) return [];
  let end = Math.floor(first / 100) * 100 + Number(endDigits);
  if (end <= first && end + 100 - first <= 5) end += 100;
  const start: DatePoint = { value: startYear, startsAt, endsAt: startsAt + 4 };
  if (end <= first || end > maxYear) return [start];
  return [start, { value: String(end), startsAt: endsAt - 2, endsAt }];
}

const SEPARATOR = new RegExp(`^\\s*(?:${RANGE_SEPARATORS.map(escape).join('|')})?\\s*$`, 'iu');
const SINCE = new RegExp(`(?:^|[^\\p{L}])(?:${SINCE_WORDS.map(escape).join('|')})\\s*(?:le\\s+|l['’]|the\\s+)?$`, 'iu');

const OPEN_END = /^\s*[-–—]\s*(?:…|\.{2,})/u;
const MONTH_OF_YEAR = /^\d{4}-\d{2}$/;

/** All periods of a text, left to right; month-only ends borrow the year of the other end. */
export function findDateRanges(text: string, referenceDate = new Date()): DateRange[] {
  const points = findDatePoints(text, referenceDate);
  const folded = foldKeepingLength(text);
  const ranges: DateRange[] = [];
  for (let index = 0; index < points.length; index++) {
    const first = points[index]!;
    const second = points[index + 1];
    const between = second ? folded.slice(first.endsAt, second.startsAt) : '';
    if (first.value === 'present') continue;
    // "Saison 2023 (juin-sept.)", "Été 2022 : juillet – août": the months of that year.
    const third = points[index + 2];
    if (/^\d{4}$/.test(first.value) && second?.value.startsWith('--') && third?.value.startsWith('--') && /^\s*[(:,–—-]?\s*$/.test(between)) {
      const months = folded.slice(second.endsAt, third.startsAt);
      if (SEPARATOR.test(months) && months.trim() !== '' && second.value < third.value) {
        const closing = /^\s*\)/.exec(folded.slice(third.endsAt))?.[0].length ?? 0;
        ranges.push({ start: `${first.value}${second.value.slice(1)}`, end: `${first.value}${third.value.slice(1)}`, startsAt: first.startsAt, endsAt: third.endsAt + closing, single: false });
        index += 2;
        continue;
      }
    }
    // Two months of years side by side, in order, are a period whose dash a scan lost or a table
    // put in another cell: "Sept. 2015 Déc. 2018", "Juil. 2014<TAB>Févr. 2016".
    const dashLost = second !== undefined && between.trim() === '' && MONTH_OF_YEAR.test(first.value) && MONTH_OF_YEAR.test(second.value) && second.value >= first.value;
    if (second && SEPARATOR.test(between) && between.trim() !== '' || (second && between.trim() === '' && second.value === 'present') || dashLost) {
      let start = first.value;
      let end = second.value;
      if (start.startsWith('--')) {
        if (end === 'present' || end.length < 4) continue;
        start = `${end.slice(0, 4)}${start.slice(1)}`;
      }
      if (end.startsWith('--')) {
        end = start.length >= 4 ? `${start.slice(0, 4)}${end.slice(1)}` : end;
        if (end.startsWith('-')) continue;
      }
      ranges.push({ start, end, startsAt: first.startsAt, endsAt: second.endsAt, single: false });
      index++;
      continue;
    }
    const before = folded.slice(0, first.startsAt);
    // "Depuis septembre : Agent de propreté" opening a line: the last September up to today.
    if (first.value.startsWith('--') && SINCE.test(before) && /^[\s•\-–—*]*\p{L}+\s*$/u.test(before)) {
      const month = Number(first.value.slice(2));
      const year = referenceDate.getFullYear() - (month > referenceDate.getMonth() + 1 ? 1 : 0);
      ranges.push({ start: `${year}-${first.value.slice(2)}`, end: 'present', startsAt: first.startsAt, endsAt: first.endsAt, single: false });
      continue;
    }
    if (first.value.startsWith('--')) continue;
    // "2019 – …", "2019 - ...": a period left open with an ellipsis goes on today.
    const openEnd = OPEN_END.exec(folded.slice(first.endsAt));
    if (openEnd && !first.value.startsWith('--')) {
      ranges.push({ start: first.value, end: 'present', startsAt: first.startsAt, endsAt: first.endsAt + openEnd[0].length, single: false });
      continue;
    }
    if (SINCE.test(before)) {
      ranges.push({ start: first.value, end: 'present', startsAt: first.startsAt, endsAt: first.endsAt, single: false });
      continue;
    }
    ranges.push({ start: first.value, end: first.value, startsAt: first.startsAt, endsAt: first.endsAt, single: true });
  }
  // "Depuis 3 ans", where no date is written.
  const relative = findRelativeSince(text, referenceDate).filter((range) => !points.some((point) => point.startsAt < range.endsAt && point.endsAt > range.startsAt));
  return relative.length === 0 ? ranges : [...ranges, ...relative].sort((a, b) => a.startsAt - b.startsAt);
}
