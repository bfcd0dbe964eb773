import { fitsControl, hasShapeConstraint } from './control-constraints';
import type { ControlDescription } from './describe-control';
import { controlType, type Control } from './find-controls';
import { fold } from './fold-text';
import { holdsOnlyFormatHint } from './format-hint-value';
import { selectOptions, type ChoiceOption } from './match-option';

/** A CV date: a year, with its month when the CV gave one. Never a day: CVs do not give them. */
export interface CvDate {
  year: number;
  month: number | null;
}

/** Which end of a period a date is: a month given as a start begins on the 1st, as an end it runs
 *  to its last day (a job "02/2020 – 06/2021" was held through June). */
export type DateSide = 'start' | 'end';

/** The day a control that insists on one gets: the 1st of a start month, the last of an end month. */
export function dayOf(date: CvDate, side: DateSide): number {
  return side === 'end' && date.month ? new Date(Date.UTC(date.year, date.month, 0)).getUTCDate() : 1;
}

/** "2019-01" or "2019"; "present", null and anything else is no date. */
export function parseCvDate(value: string | null | undefined): CvDate | null {
  const match = /^(\d{4})(?:-(\d{1,2}))?$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const month = match[2] ? Number(match[2]) : null;
  return { year: Number(match[1]), month: month && month >= 1 && month <= 12 ? month : null };
}

const FORMAT = /(?<![\p{L}\d])(?:jj|dd|mm|aaaa|yyyy|aa|yy)(?:\s?[/.\- ]\s?(?:jj|dd|mm|aaaa|yyyy|aa|yy)){0,2}(?![\p{L}\d])/iu;
const EXAMPLES: [RegExp, string][] = [
  [/^\d{2}\/\d{2}\/\d{4}$/, 'DD/MM/YYYY'],
  [/^\d{2}\/\d{4}$/, 'MM/YYYY'],
  [/^\d{2}-\d{4}$/, 'MM-YYYY'],
  [/^\d{4}-\d{2}$/, 'YYYY-MM'],
  [/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'],
  [/^\d{4}$/, 'YYYY'],
];
const CANDIDATES = ['YYYY-MM', 'MM/YYYY', 'MM-YYYY', 'MM.YYYY', 'MM/YY', 'YYYY', 'DD/MM/YYYY', 'YYYY-MM-DD', 'MM'];

/**
 * A CV date written the way this control expects it: "YYYY-MM" for a month input, the format its
 * placeholder, label or `pattern` shows for a text field ("MM/AAAA" -> "01/2019"), the year alone
 * for a year field, the option for a month or year select. Null when the control wants more than
 * the CV says (a month from a year-only date): the fill never invents one. A day, when a control
 * insists on one, is the 1st of a start month, the last day of an end month (dayOf).
 */
export function dateForControl(control: Control, description: ControlDescription, date: CvDate, preferredFormat?: string, side: DateSide = 'start'): string | null {
  const type = controlType(control);
  const day = dayOf(date, side);
  if (type === 'month') return date.month ? `${date.year}-${pad(date.month)}` : null;
  if (type === 'date') return date.month ? withinBounds(control, `${date.year}-${pad(date.month)}-${pad(day)}`) : null;
  if (type === 'select') return dateOption(control as HTMLSelectElement, description, date, side);
  // A day box of a date asked in parts: the day, as for a day list; never the year or the month.
  if (asksForDayOnly(description)) return date.month ? (type === 'number' ? String(day) : pad(day)) : null;
  if (type === 'number') return asksForMonthOnly(description) ? (date.month ? String(date.month) : null) : String(date.year);
  const format = preferredFormat ?? textFormat(control, description, date);
  return format ? render(format, date, day) : null;
}

/**
 * A day of the month the picker accepts: a page that sets max to today (no end in the future) or a
 * min takes a day of the same month within them ("2024-06-15" for a job ended in June 2024, when
 * the page says today is the 15th). Another month out of bounds is left as the CV says it.
 */
function withinBounds(control: Control, day: string): string {
  const max = control.getAttribute('max') ?? '';
  const min = control.getAttribute('min') ?? '';
  const sameMonth = (bound: string) => /^\d{4}-\d{2}-\d{2}$/.test(bound) && bound.slice(0, 7) === day.slice(0, 7);
  if (sameMonth(max) && day > max) return max;
  if (sameMonth(min) && day < min) return min;
  return day;
}

function textFormat(control: Control, description: ControlDescription, date: CvDate): string | null {
  const fits = (format: string) => {
    const text = render(format, date);
    return text !== null && fitsControl(control, text);
  };
  // A shape the page wrote as the box's value ("jj/mm/aaaa") shows it as a placeholder does.
  const example = control.getAttribute('placeholder') || (holdsOnlyFormatHint(control) ? control.getAttribute('value') ?? '' : '');
  const shown = shownFormat(example) ?? shownFormat(`${description.label} ${description.hint}`);
  if (shown) return fits(shown) ? shown : null;
  if (hasShapeConstraint(control)) return CANDIDATES.find(fits) ?? null;
  const words = fold(`${description.label} ${description.hint}`);
  if (asksForMonthOnly(description)) return date.month ? 'MM' : null;
  if (/annee|year/.test(words) && !/mois|month|date/.test(words)) return 'YYYY';
  return date.month ? 'MM/YYYY' : 'YYYY';
}

/** A format written out ("MM/AAAA", "jj/mm/aaaa") or shown by example ("01/2019"). */
function shownFormat(text: string): string | null {
  const written = FORMAT.exec(text)?.[0];
  if (written) return written.toUpperCase().replace(/JJ/g, 'DD').replace(/AAAA/g, 'YYYY').replace(/AA/g, 'YY');
  const example = text.trim();
  const masked = maskFormat(example);
  if (masked) return masked;
  for (const [shape, format] of EXAMPLES) if (shape.test(example)) return format;
  return null;
}

/**
 * The format an input mask shows by its blanks ("__/__/____" -> "DD/MM/YYYY", "__/____" ->
 * "MM/YYYY", "9999-99" -> "YYYY-MM"), read by the length of each group, its separators kept. A
 * mask script pours the digits typed into the blanks: "03/2016" would come out "03/20/16".
 */
function maskFormat(text: string): string | null {
  const match = /^([_9#Xx0]+)(?:([/.\- ])([_9#Xx0]+))?(?:([/.\- ])([_9#Xx0]+))?$/.exec(text);
  if (!match || !/[_#Xx]|9{2}|0{2}/.test(text)) return null;
  const groups = [match[1], match[3], match[5]].filter((group): group is string => group !== undefined).map((group) => group.length);
  const [first, second] = [match[2] ?? '', match[4] ?? ''];
  const shape = groups.join(',');
  const formats: Record<string, string> = {
    '2,2,4': `DD${first}MM${second}YYYY`,
    '4,2,2': `YYYY${first}MM${second}DD`,
    '2,2,2': `DD${first}MM${second}YY`,
    '2,4': `MM${first}YYYY`,
    '4,2': `YYYY${first}MM`,
    '2,2': `MM${first}YY`,
    '4': 'YYYY',
  };
  return formats[shape] ?? null;
}

function render(format: string, date: CvDate, day = 1): string | null {
  if (/MM|DD/.test(format) && !date.month) return null;
  return format
    .replace(/YYYY/g, String(date.year))
    .replace(/YY/g, String(date.year % 100).padStart(2, '0'))
    .replace(/MM/g, pad(date.month ?? 1))
    .replace(/DD/g, pad(day));
}

export function asksForMonthOnly(description: ControlDescription): boolean {
  const words = fold(`${description.label} ${description.hint} ${description.name}`);
  return /(^|\s)(mois|month|mm)($|\s)/.test(words) && !/annee|year|aaaa|yyyy|date/.test(words);
}

/** A box for the day alone ("Day", "Jour", "JJ"), as a date input in parts has. */
function asksForDayOnly(description: ControlDescription): boolean {
  const words = fold(`${description.label} ${description.name}`.replace(/[_\-[\]]+/g, ' '));
  return /(^|\s)(jour|day|jj|dd)($|\s)/.test(words) && !/(^|\s)(mois|month|mm|annee|year|aaaa|yyyy|date)($|\s)/.test(words);
}

/** A day list: said so ("Jour", "day", "jj"), or 28 to 31 numbered options. */
function asksForDay(description: ControlDescription, options: ChoiceOption[]): boolean {
  const words = fold(`${description.label} ${description.hint} ${description.name}`.replace(/[_\-[\]]+/g, ' '));
  if (/(^|\s)(jour|jours|day|days|jj|dd)($|\s)/.test(words) && !/(^|\s)(mois|month)($|\s)/.test(words)) return true;
  const days = options.filter((option) => /^\d{1,2}$/.test(option.text.trim()) && Number(option.text) >= 1 && Number(option.text) <= 31);
  return days.length >= 28 && days.length === options.length;
}

const MONTH_NAMES = [
  ['janvier', 'january', 'janv', 'jan'],
  ['fevrier', 'february', 'fevr', 'fev', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'april', 'avr', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'july', 'juil', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'september', 'sept', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['decembre', 'december', 'dec'],
];

/** Why a date list took none of its options: the CV's date says too little for it (a month from a
 *  year-only date), or the list lacks it (1998 in a list of the last twenty years). */
export function dateListMiss(select: HTMLSelectElement, description: ControlDescription, date: CvDate): 'date-too-vague' | 'no-matching-option' {
  const options = selectOptions(select).filter((option) => !option.disabled && !option.placeholder);
  const yearList = options.filter((option) => /^\d{4}$/.test(option.value.trim()) || /^\d{4}$/.test(option.text.trim())).length >= 3 && !asksForMonthOnly(description);
  return yearList || date.month !== null ? 'no-matching-option' : 'date-too-vague';
}

/** A year select ("2019") or a month select ("01", "Janvier") among split date selects. */
function dateOption(select: HTMLSelectElement, description: ControlDescription, date: CvDate, side: DateSide): string | null {
  const index = dateOptionIndex(selectOptions(select), description, date, side);
  return index === null ? null : select.options[index]!.value;
}

/**
 * The option of a year, month or day list (a native select's, or a custom menu's once open) for
 * the CV date: the year, the month by its number or name, the day of its side (dayOf) for a day.
 * Null when the list wants more than the CV says.
 */
export function dateOptionIndex(all: ChoiceOption[], description: ControlDescription, date: CvDate, side: DateSide = 'start'): number | null {
  const options = all.filter((option) => !option.disabled && !option.placeholder);
  const at = (option: ChoiceOption | undefined) => (option ? all.indexOf(option) : null);
  const years = options.filter((option) => /^\d{4}$/.test(option.value.trim()) || /^\d{4}$/.test(option.text.trim()));
  if (years.length >= 3 && !asksForMonthOnly(description)) {
    return at(years.find((option) => option.value.trim() === String(date.year) || option.text.trim() === String(date.year)));
  }
  const wanted = date.month;
  if (!wanted) return null;
  // A CV gives no day: the day select takes the side's day, as a typed date does, never the month's number.
  if (asksForDay(description, options)) {
    const day = dayOf(date, side);
    return at(options.find((option) => Number(option.value.trim()) === day || Number(option.text.trim()) === day));
  }
  return at(options.find((option) => {
    const text = fold(option.text);
    const value = option.value.trim();
    return (Number(value) === wanted && /^\d{1,2}$/.test(value) && options.length <= 13)
      || (Number(text) === wanted && /^\d{1,2}$/.test(text))
      || MONTH_NAMES[wanted - 1]!.includes(text);
  }));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
