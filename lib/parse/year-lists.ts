// A list of years for seasonal work done again each year: "Vendanges 2019, 2020, 2021", "Saisons
// d'été 2022 et 2023". Read as one period from the first year to the last, it dates one job; read
// as separate dates, the first year stuck to the title and the second started the job.
import { SEASONS } from './date-vocabulary';
import { foldKeepingLength } from './fold-text';
import type { DateRange } from './parse-dates';

// A season before the years is part of the period: "Étés 2019, 2020, 2021".
const YEAR_LIST = new RegExp(String.raw`(?<![\d/.-])(?:(?:${SEASONS.join('|')})\s+)?((?:19|20)\d{2})((?:\s*(?:,|&|\/|\bet\b|\band\b)\s*(?:19|20)\d{2})+)(?![\d/.-])`, 'iu');

/** The period a list of two or more rising years gives, or null. */
export function yearListRange(text: string): DateRange | null {
  const match = YEAR_LIST.exec(foldKeepingLength(text));
  if (!match) return null;
  const years = [match[1]!, ...(match[2]!.match(/(?:19|20)\d{2}/g) ?? [])].map(Number);
  if (years.some((year, index) => index > 0 && year <= years[index - 1]!)) return null;
  return { start: String(years[0]), end: String(years[years.length - 1]), startsAt: match.index, endsAt: match.index + match[0].length, single: false };
}
