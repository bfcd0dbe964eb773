// Periods written as how long a job has lasted until today: "Depuis 3 ans", "depuis 18 mois",
// "since 2 years", "for the last 4 years". They start that long before the reference date and go
// on; the year (or the month, for months) is all a counsellor can tell from them.
import type { DateRange } from './parse-dates';
import { foldKeepingLength } from './fold-text';

const NUMBER_WORDS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, one: 1, two: 2, three: 3, four: 4, five: 5 };
const RELATIVE_SINCE = new RegExp(
  String.raw`(?<![\p{L}])(?:depuis|since|for the (?:last|past))\s+(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\s+(ans?|annees?|mois|years?|months?)(?![\p{L}])`,
  'giu',
);

export function findRelativeSince(text: string, referenceDate: Date): DateRange[] {
  const folded = foldKeepingLength(text);
  const ranges: DateRange[] = [];
  for (const match of folded.matchAll(RELATIVE_SINCE)) {
    const count = NUMBER_WORDS[match[1]!] ?? Number(match[1]);
    if (!count) continue;
    const months = /^mo/.test(match[2]!);
    let start: string;
    if (months) {
      const date = new Date(Date.UTC(referenceDate.getUTCFullYear(), referenceDate.getUTCMonth() - count, 1));
      start = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    } else {
      if (count > 50) continue;
      start = String(referenceDate.getUTCFullYear() - count);
    }
    ranges.push({ start, end: 'present', startsAt: match.index, endsAt: match.index + match[0].length, single: false });
  }
  return ranges;
}
