// "Période : [ex : 2019 - 2021]": an experience's dates asked in one box. Written as a person
// writes them, in the shape the box's example shows (years only, or month and year), the end of a
// job held today in the page's language.

import { parseCvDate, type CvDate } from './format-date';

const PRESENT: Record<string, string> = { fr: "aujourd'hui", en: 'present' };

/**
 * "03/2016 - 12/2018", "2016 - 2018" when the example shows years only (or the CV gives no month),
 * "03/2019 - aujourd'hui" for a job held today. Null without a start: a period is never half
 * invented.
 */
export function periodText(start: string | null, end: string | null, example: string, pageLanguage: string): string | null {
  const from = parseCvDate(start);
  if (!from) return null;
  const to = end === 'present' ? 'present' : parseCvDate(end);
  if (!to) return null;
  const yearsOnly = /(^|\D)\d{4}\s*[-–à]\s*\d{4}(\D|$)/.test(example) && !/\d{2}\s*\/\s*\d{4}/.test(example);
  const withMonths = !yearsOnly && from.month !== null && (to === 'present' || to.month !== null);
  const written = (date: CvDate) => (withMonths ? `${String(date.month).padStart(2, '0')}/${date.year}` : String(date.year));
  return `${written(from)} - ${to === 'present' ? (PRESENT[pageLanguage] ?? PRESENT.fr) : written(to)}`;
}
