// Finds the candidate's phone number with libphonenumber-js and gives it in E.164. Mobile numbers
// are preferred over landlines, header numbers over later ones.
// A number written without its international prefix is read in the preferred country first (the
// CV's language or place), then in the other countries our candidates come from: the first
// reading that is a valid number wins. "06 12 34 56 78" is French even in a CV written in English.
import { searchPhoneNumbersInText, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Suggestion, TextLine } from '../types';

/** Countries a national number is tried in, after the preferred one, with the way their national
 *  numbers are written: a trunk "0" ("06 12 34 56 78", "07911 123456"), or the US "(415) 555-0123". */
const TRUNK_ZERO = { prefixes: ['0'], shape: /^\(?0[\d\s.()-]+$/ };
const NATIONAL_WRITING: Partial<Record<CountryCode, { prefixes: readonly string[]; shape: RegExp }>> = {
  FR: TRUNK_ZERO,
  GB: TRUNK_ZERO,
  US: { prefixes: ['', '1'], shape: /^(?:1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$/ },
  BE: TRUNK_ZERO,
  CH: TRUNK_ZERO,
  IE: TRUNK_ZERO,
  // The overseas regions write their numbers the French way, but outside the +33 plan:
  // "0692 12 34 56" is +262 692 12 34 56 (La Réunion).
  RE: TRUNK_ZERO,
  GP: TRUNK_ZERO,
  MQ: TRUNK_ZERO,
  GF: TRUNK_ZERO,
  YT: TRUNK_ZERO,
};
const FRENCH_OVERSEAS = new Set<CountryCode>(['RE', 'GP', 'MQ', 'GF', 'YT']);
const FRENCH_PAIRS = /^0[1-9](?:[\s.-]?\d{2}){4}$/;
const NATIONAL_COUNTRIES = Object.keys(NATIONAL_WRITING) as CountryCode[];

/** Bounds far above any CV, below what a text of digits or dates built to the length limit holds:
 *  each line was read in eleven countries, every number of it compared with every number of its
 *  parts, and every failed candidate retried, so 200,000 characters of "0." took 14 s, of
 *  "06 12 34 56 78 – …" 16 s, and 16,000 lines of "2019 – 2020" 8 s. */
/** Failed candidates libphonenumber tries in one line (or part) for one country. */
const MAX_TRIES = 200;
/** Numbers read in one line (or part) for one country. */
const MAX_NUMBERS = 50;
/** Parts of a line read apart. */
const MAX_PARTS = 50;
/** Lines holding six digits or more (every line of dates does) read in all. */
const MAX_DIGIT_LINES = 1_000;

interface FoundNumber {
  number: PhoneNumber;
  startsAt: number;
  endsAt: number;
}

export function extractPhone(lines: TextLine[], preferredCountry: CountryCode = 'FR'): Suggestion | undefined {
  const countries = [preferredCountry, ...NATIONAL_COUNTRIES.filter((country) => country !== preferredCountry)];
  let best: { suggestion: Suggestion; score: number } | undefined;
  let digitLines = 0;
  lines.forEach((line, index) => {
    if (!hasEnoughDigits(line.text) || ++digitLines > MAX_DIGIT_LINES) return;
    for (const { found, valid, preferred } of lineReadings(line.text, countries)) {
      const number = found.number;
      const type = number.getType();
      const mobile = type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
      const snippet = line.text.slice(found.startsAt, found.endsAt);
      const international = /^\s*(\+|00)/.test(snippet);
      // A valid number of the preferred country ranks above a number of another one.
      const foreign = !preferred && !international ? 1 : 0;
      const score = (valid ? 1 : 0) + (mobile ? 2 : 1) - foreign - index / Math.max(lines.length, 1);
      const explicitPrefix = international || /t[ée]l|phone|mobile|portable|\u260e|\u2706/i.test(line.text);
      // A country told by the number alone, not by its prefix or the CV, is a little less sure.
      const confidence = !valid ? 0.8 : foreign ? 0.9 : explicitPrefix || mobile ? 0.97 : 0.9;
      if (!best || score > best.score) {
        best = { suggestion: { value: number.number, confidence, evidence: { text: snippet, page: line.page } }, score };
      }
    }
  });
  return best?.suggestion;
}

/** The readings of a line, and of each of its parts ("Née le 12/03/1990 – 06 12 34 56 78"): digits
 *  before a separator (a date, a year) can run into a number and hide it from a whole-line search. */
function lineReadings(text: string, countries: CountryCode[]): { found: FoundNumber; valid: boolean; preferred: boolean }[] {
  const whole = readingsOf(text, countries);
  const parts: { text: string; offset: number }[] = [];
  let from = 0;
  for (const cut of text.matchAll(/\t|\s[–—|•·]\s/g)) {
    if (parts.length >= MAX_PARTS - 1) break;
    parts.push({ text: text.slice(from, cut.index), offset: from });
    from = cut.index + cut[0].length;
  }
  if (parts.length === 0) return whole;
  parts.push({ text: text.slice(from), offset: from });
  const replaced = new Set<(typeof whole)[number]>();
  const added: typeof whole = [];
  for (const part of parts) {
    for (const reading of readingsOf(part.text, countries)) {
      const found = { ...reading.found, startsAt: reading.found.startsAt + part.offset, endsAt: reading.found.endsAt + part.offset };
      const overlapping = whole.filter((other) => other.found.startsAt < found.endsAt && found.startsAt < other.found.endsAt);
      // The part's reading stands in for whole-line ones only where none of them is valid.
      if (overlapping.some((other) => other.valid || !reading.valid)) continue;
      for (const other of overlapping) replaced.add(other);
      added.push({ ...reading, found });
    }
  }
  return [...whole.filter((reading) => !replaced.has(reading)), ...added];
}

/** Each number of the text, read in the first country where it is valid (else the first where possible). */
function readingsOf(text: string, countries: CountryCode[]): { found: FoundNumber; valid: boolean; preferred: boolean }[] {
  const readings = new Map<string, { found: FoundNumber; valid: boolean; preferred: boolean }>();
  // No phone number has fewer than six digits: most lines are not read at all.
  if (!hasEnoughDigits(text)) return [];
  countries.forEach((country, rank) => {
    // Dates such as "2016 - 2018" are not phone numbers; libphonenumber already refuses most.
    // POSSIBLE leniency: numbers reserved for fiction (UK 07700 900xxx) are written like real
    // ones and must be found too; validity then sets the confidence.
    const options = { defaultCountry: country, leniency: 'POSSIBLE', maxTries: MAX_TRIES } as { defaultCountry: CountryCode };
    for (const found of firstNumbers(text, options)) {
      const valid = found.number.isValid();
      if (!valid && !found.number.isPossible()) continue;
      // Another country is tried only for a number written the way that country writes it:
      // "2016 - 2018" would be a valid Belgian number without its trunk "0", "2016 – 06/2026" a US one.
      // In the preferred country too, a national number of a trunk-"0" country is written with its
      // "0": "09/2016 – 03/2021" is no London number 020 1603 2021.
      const snippet = text.slice(found.startsAt, found.endsAt);
      const national = !/^\s*\(?\s*(?:\+|00)/.test(snippet);
      const unwritten = rank > 0 || (national && NATIONAL_WRITING[country] === TRUNK_ZERO);
      if (unwritten && !writtenNationally(snippet, found.number, country)) continue;
      const span = `${found.startsAt}:${found.endsAt}`;
      const known = readings.get(span);
      // "07 12 34 56 78" is written the French way, in pairs: in a French CV it stays French even
      // where the numbering plan has no such mobile yet (a made-up or new number), rather than
      // becoming the Swiss 071 234 56 78 that happens to be valid.
      const overseas = countries[0] === 'FR' && FRENCH_OVERSEAS.has(country);
      if (known?.preferred && country !== 'FR' && !overseas && countries[0] === 'FR' && FRENCH_PAIRS.test(text.slice(found.startsAt, found.endsAt).trim())) continue;
      // In a French CV an overseas number is as expected as a metropolitan one.
      if (!known || (valid && !known.valid)) readings.set(span, { found, valid, preferred: rank === 0 || overseas });
    }
  });
  return [...readings.values()];
}

/** The first numbers of the text, as findNumbers finds them, without looking for the rest. */
function firstNumbers(text: string, options: { defaultCountry: CountryCode }): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const number of searchPhoneNumbersInText(text, options) as Iterable<FoundNumber>) {
    found.push(number);
    if (found.length >= MAX_NUMBERS) break;
  }
  return found;
}

function hasEnoughDigits(text: string): boolean {
  let digits = 0;
  for (let at = 0; at < text.length && digits < 6; at += 1) if (text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) digits += 1;
  return digits >= 6;
}

function writtenNationally(snippet: string, number: PhoneNumber, country: CountryCode): boolean {
  const writing = NATIONAL_WRITING[country];
  const digits = snippet.replace(/\D/g, '');
  return !!writing && writing.shape.test(snippet.trim()) && writing.prefixes.some((prefix) => digits === prefix + number.nationalNumber);
}
