// Belgian, Swiss and Luxembourg postcodes have four digits ("L-" before Luxembourg's), written
// after the town as often as before it: "Bruxelles 1000", "Genève 1201", "1000 Bruxelles",
// "Luxembourg L-1234". Four digits are also years and house numbers, so the postcode must close
// the address (nothing after it but the country), a year-like number needs the country or the
// "L-", and a town never starts with a street word ("Avenue Louise 1050").

import { STREET_WORDS } from './street-vocabulary';

export interface FourDigitPostcode {
  postcode: string;
  city: string;
  /** Where the town-and-postcode starts in the text: what is before it is the street. */
  index: number;
}

const COUNTRY_NAMES = ['Belgique', 'België', 'Belgie', 'Belgium', 'Suisse', 'Schweiz', 'Switzerland', 'Svizzera', 'Luxembourg', 'Luxemburg'];
/** In any case ("Suisse", "SUISSE"), without the i flag, which would make the town's \p{Lu} match any letter. */
const COUNTRY = `(?:${COUNTRY_NAMES.flatMap((name) => [name, name.toLowerCase(), name.toUpperCase()]).join('|')})`;
const CODE = String.raw`(?:L-?)?[1-9]\d{3}`;
/** Nothing but the country may follow the postcode, up to the end of the segment. */
const CLOSE = String.raw`(?=\s*(?:[,(–—-]?\s*(?:${COUNTRY})\s*\)?)?\s*\.?\s*$)`;
const COUNTRY_AFTER = new RegExp(String.raw`^\s*[,(–—-]?\s*${COUNTRY}`, 'iu');
/** A French street word, or one of Belgium, Switzerland and Luxembourg ("Drève", "Bahnhofstrasse" as "Strasse …"). */
const STREET_START = new RegExp(String.raw`^(?:${STREET_WORDS}|drève|dreve|rue?lle|strasse|straße|gasse|weg|via)(?:\s|$)`, 'iu');
const NOT_A_TOWN = /^(?:t[ée]l|tel|gsm|phone|mobile|portable|fax|permis|n°|no|depuis|since|de|from|en|in|ann[ée]e|year|juin|janvier|f[ée]vrier|mars|avril|mai|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

export function readFourDigitPostcode(text: string, cityPattern: string): FourDigitPostcode | null {
  const townFirst = new RegExp(String.raw`(?<![\p{L}\d])(${cityPattern})\s*,?\s+(${CODE})(?!\d)${CLOSE}`, 'u').exec(text);
  if (townFirst && acceptable(townFirst[1]!, townFirst[2]!, text.slice(townFirst.index + townFirst[0].length))) {
    return { postcode: normalise(townFirst[2]!), city: townFirst[1]!.trim(), index: townFirst.index };
  }
  const codeFirst = new RegExp(String.raw`(?<![\p{L}\d-])(${CODE})(?!\d)\s+(${cityPattern})${CLOSE}`, 'u').exec(text);
  if (codeFirst && acceptable(codeFirst[2]!, codeFirst[1]!, text.slice(codeFirst.index + codeFirst[0].length))) {
    return { postcode: normalise(codeFirst[1]!), city: codeFirst[2]!.trim(), index: codeFirst.index };
  }
  return null;
}

function acceptable(city: string, code: string, after: string): boolean {
  const firstWord = city.trim().split(/\s+/)[0] ?? '';
  if (STREET_START.test(city.trim()) || NOT_A_TOWN.test(firstWord) || city.replace(/[^\p{L}]/gu, '').length < 2) return false;
  // "Paris 2019": a year, unless the country or the "L-" says it is a postcode ("Antwerpen 2000, Belgique").
  if (/^(?:19|20)\d{2}$/.test(code)) return COUNTRY_AFTER.test(after);
  return true;
}

function normalise(code: string): string {
  return /^L/i.test(code) ? `L-${code.replace(/^L-?/i, '')}` : code;
}
