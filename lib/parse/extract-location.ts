// Finds the candidate's postal address: the street line, the postcode and the city. French
// postcodes ("75011 Paris", "44300 NANTES"), UK postcodes ("Stockport SK4 2QL"), or a city with
// its département ("Toulouse (31)"). Only the header and contact part of the CV is read, so the
// addresses of employers and schools are not mistaken for the candidate's.
import type { CvSection, Suggestion, TextLine } from '../types';
import { foldText } from './fold-text';
import { readBareTown } from './bare-town';
import { readCanadianPostcode } from './canadian-postcode';
import { EIRCODE, IRISH_COUNTY, irishTown, withoutPostalDistrict } from './eircode';
import { readFourDigitPostcode } from './four-digit-postcode';
import { isAllCaps } from './line-style';
import { STREET_WORDS } from './street-vocabulary';
import { readTownWithRegion } from './town-with-region';
import { NOT_A_TOWN, UK_COUNTY } from './town-vocabulary';

export interface LocationSuggestion {
  address?: Suggestion;
  postcode?: Suggestion;
  city?: Suggestion;
}

/** A town's name: capitalised words joined by spaces or hyphens, with link words ("Saint-Germain-en-Laye",
 *  "Bourg en Bresse", "Stratford upon Avon", "Paris 15e"). A hyphen belongs to the word it is in
 *  (the word's letters take it): a hyphen that could also part two words let "A-A-A-…" be split in
 *  2^n ways, and a line of 30 of them took seconds to fail, 40 hours. At most 10 words of at most
 *  60 characters (France's longest commune name has 45): tried at every capital of a long line of
 *  capitalised words, an unbounded name ran to the line's end each time (6 s for 20,000 characters). */
const CITY = String.raw`\p{Lu}[\p{L}'’.\-]{0,59}(?: (?:(?:sur|sous|en|le|la|les|lès|lez|de|du|des|d'|l'|aux|au|et|upon|on)[ \-])?\p{Lu}[\p{L}'’.\-]{0,59}){0,9}(?:\s+\d{1,2}(?:e|er|ème))?`;
const FR_POSTCODE = new RegExp(String.raw`(?<![\d\p{L}])((?:0[1-9]|[1-8]\d|9[0-8]|2[AB])\s?\d{3})(?!\d)\s*,?\s*(${CITY})`, 'u');
/** The postcode after the town, ending the part: "Marseille 13008", "12 rue Paradis, Marseille 13008". */
/** Or in brackets: "Villeurbanne (69100)". */
const TOWN_THEN_FR_POSTCODE_END = new RegExp(String.raw`(?<![\p{L}'’-])(${CITY})\s*,?\s+(?:((?:0[1-9]|[1-8]\d|9[0-8])\d{3})|\(((?:0[1-9]|[1-8]\d|9[0-8])\d{3})\))(?:\s*,?\s*France)?$`, 'u');
// The inward code's digit may come out of a scan as the letter O ("DN4 ORA"); it is read as a 0.
const UK_POSTCODE = /(?<![A-Za-z0-9])([A-Z]{1,2}\d[A-Z\d]?(?:\s?\d|\sO)[A-Z]{2})(?![A-Za-z0-9])/;
const CITY_WITH_DEPARTMENT = new RegExp(String.raw`(?:^|[\s,|·•:])(${CITY})\s*\((\d{2}|2[AB]|97\d)\)`, 'u');
/** Details that belong to the street line: "12 avenue Georges Pompidou, Bât. C", "…, appt 42". */
const STREET_DETAIL = String.raw`(?:,\s*(?:b[âa]t(?:iment)?\.?|appt?\.?|appartement|esc(?:alier)?\.?|[ée]tage|porte|r[ée]sidence|r[ée]s\.|entr[ée]e|lot(?:issement)?\.?|bo[iî]te|bp)\s*[\p{L}\d'’.\- ]+)*`;
const STREET_LINE = new RegExp(String.raw`\d{1,4}\s*(?:bis|ter|quater|[a-d])?\s*,?\s*(?:${STREET_WORDS})\s+[\p{L}\d'’.\- ]+?${STREET_DETAIL}(?=\s*(?:,|$|–|-\s|\d{5}))`, 'iu');
const UK_STREET = /(?:(?:Flat|Apartment|Apt|Unit)\s+\w+,?\s*)?\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Court|Ct|Crescent|Place|Gardens|Terrace|Grove|Hill|Row|Square|Park|Mews|Walk|Rise|View)\b\.?/;
const CITY_LABEL = /^(?:(?:adresse|domicile|ville|commune|lieu de r[ée]sidence|r[ée]sidence|localisation|location|city|town|home)\s*[:：]\s*|(?:bas[ée]e?|r[ée]sidant|domicili[ée]e?|habitant|j['’]habite|habite|vit|based|living|lives?)\s+(?:[àa]|in)\s+)/i;
/** A street word opening the text or one of its parts ("Chemin du Moulin", "Bât. C, Résidence…"). */
const STREET_OPENING = new RegExp(String.raw`(?:^|,\s*)(?:\d{1,4}\s*(?:bis|ter|quater|[a-d])?\s*,?\s*)?(?:${STREET_WORDS})(?:\s|$)`, 'iu');
const STREET_WORD = new RegExp(String.raw`(?:^|[\s,])(?:${STREET_WORDS})(?:\s|$)`, 'iu');

/** A line that is a street and nothing else: "8, allée des Tilleuls", "Chemin du Moulin". */
const OPENS_STREET = new RegExp(String.raw`^(?:\d{1,4}\s*(?:bis|ter|[a-d])?\s*,?\s*)?(?:${STREET_WORDS})\s+\S`, 'iu');
/** A label, or the icon that stands for one ("📍", "⌂", an icon font's private-use glyph). */
const LABEL = /^[\s\p{So}\p{Co}\uFE0F]*(?:(?:adresse(?:\s+postale)?|address|domicile|lieu de r[ée]sidence|a\.)\s*[:：.]?\s*)?/iu;
/** A line that says it holds the postal address, wherever it is: not an e-mail or web address,
 *  nor someone else's ("Adresse de l'agence"). */
const ADDRESS_LABEL = /^[\s\p{So}\p{Co}\uFE0F]*(?:adresse(?:\s+postale)?|address|domicile)(?![\p{L}-])(?!\s*(?:e-?mail|mail|[ée]lectronique|web|ip|de|du|des|of)\b|\s*d['’])/iu;
/** Words that put a number after them as a reference, not a postcode: "Réf. 12345", "N° 69001". */
const REFERENCE_WORD = /^(?:r[ée]f(?:[ée]rence)?|n[°o]|num[ée]ro|offre|annonce|code|id|dossier|matricule|siret|siren)\.?$/i;
/** Lines never read for the candidate's address: birth place and date (data minimisation). */
const PRIVATE = /\bn[ée]e?\s+(?:le|[àa])\b|date de naissance|born|birth|nationalit/i;

export function extractLocation(sections: CvSection[]): LocationSuggestion {
  const lines = withoutPrivateParts(contactLines(sections));
  const result: LocationSuggestion = {};
  // First the postcode line, with the street before it on the line or just above.
  readPostcodeLines(lines, result);
  // An address its label names anywhere else: "Adresse 14 allée des Cerisiers, 38300 Bourgoin-
  // Jallieu" in a page's footer, beside the phone and the e-mail.
  if (!result.postcode) readPostcodeLines(labelledAddressLines(sections), result);
  // Then a street line on its own, a number first: "27 rue Jean Jaurès".
  if (!result.address) {
    for (const line of lines) {
      for (const segment of line.text.split(/\t|\s[|•·]\s/)) {
        const text = segment.replace(LABEL, '').trim();
        if (result.address || /@/.test(text) || text.split(/\s+/).length > 12) continue;
        const street = STREET_LINE.exec(text)?.[0] ?? UK_STREET.exec(text)?.[0];
        if (street) result.address = suggestion(street.replace(/(?<![\s,])[\s,]+$/, ''), 0.85, segment, line);
      }
    }
  }
  // A town without a postcode: labelled ("Domicile : Villeurbanne", "Based in Leeds") or with its
  // arrondissement ("Lyon 3e"), which nothing but a town carries.
  if (!result.city) {
    for (const line of lines) {
      for (const segment of line.text.split(PART_SEPARATOR)) {
        const labelled = CITY_LABEL.exec(segment.trim());
        const text = labelled ? segment.trim().slice(labelled[0].length) : segment.trim();
        const town = new RegExp(String.raw`^(${CITY})(?:\s*,?\s*(?:France|FRANCE|UK|United Kingdom|England|Belgique|Suisse))?\.?$`, 'u').exec(text);
        if (!town || result.city || NOT_A_TOWN.test(town[1]!)) continue;
        if (labelled || /\s\d{1,2}(?:e|er|ème)$/u.test(town[1]!)) result.city = suggestion(cleanCity(town[1]!), labelled ? 0.85 : 0.8, segment, line);
      }
    }
  }
  // An Irish address without its Eircode: "…, Ballymun, Dublin 11", "…, Swords, Co. Dublin".
  if (!result.city) {
    for (const line of lines) {
      const town = line.text.split(/\t|\s[|•·]\s/).map((segment) => irishTown(segment.replace(LABEL, ''))).find(Boolean);
      if (town && !looksLikeStreet(town)) {
        result.city = suggestion(town, 0.85, line.text, line);
        break;
      }
    }
  }
  if (!result.city) {
    for (const line of lines) {
      const match = CITY_WITH_DEPARTMENT.exec(line.text);
      if (match) {
        result.city = suggestion(cleanCity(match[1]!), 0.85, line.text.trim(), line);
        break;
      }
    }
  }
  // A town with its region or country (LinkedIn): "Lille, Hauts-de-France, France".
  if (!result.city) {
    const placed = readTownWithRegion(lines);
    if (placed) result.city = suggestion(cleanCity(placed.town), 0.8, placed.line.text, placed.line);
  }
  // Last, a town alone among the contact details: "… | 📍 Villeurbanne", "Lyon".
  if (!result.city) {
    const bare = readBareTown(lines);
    if (bare) result.city = suggestion(cleanCity(bare.town), 0.75, bare.text, bare.line);
  }
  return result;
}

/** Lines outside the contact part that open with an address label (never "Adresse e-mail"). */
function labelledAddressLines(sections: CvSection[]): TextLine[] {
  return sections
    .filter((section) => section.kind !== 'header')
    .flatMap((section) => section.lines)
    .filter((line) => ADDRESS_LABEL.test(line.text) && !PRIVATE.test(line.text));
}

/** The lines without what they say of birth or nationality: "Née le 14/05/1985 · 3 impasse des
 *  Vignes, 33700 Mérignac" keeps its address, its first part goes. A line whose parts are not
 *  set apart ("Née le 14/05/1985 à Bordeaux, 33000") is left out whole: a birthplace is no
 *  address. */
function withoutPrivateParts(lines: TextLine[]): TextLine[] {
  const kept: TextLine[] = [];
  for (const line of lines) {
    if (!PRIVATE.test(line.text)) {
      kept.push(line);
      continue;
    }
    const parts = line.text.split(PART_SEPARATOR);
    if (parts.length < 2) continue;
    const rest = parts.filter((part) => !PRIVATE.test(part) && /\S/.test(part));
    if (rest.length > 0) kept.push({ ...line, text: rest.join(' · ') });
  }
  return kept;
}

/** The parts of a contact line: "Née le … · 3 impasse des Vignes", "Lyon – 06 12 34 56 78". */
const PART_SEPARATOR = /\t|\s[|•·–—-]\s/;

/** The text before the town, the town, and its postcode, with or without brackets, ending the text:
 *  the first town that the postcode ends the text after, as "^(.*?)[\s,]*(town)…$" would find it.
 *  That pattern tried every length of the text before the town, each over the spaces and commas
 *  after it: a line of 50,000 commas took 3 s. */
function townThenPostcode(text: string): [string, string, string, string | undefined, string | undefined] | null {
  const match = TOWN_THEN_FR_POSTCODE_END.exec(text);
  if (!match) return null;
  let before = match.index;
  while (before > 0 && /[\s,]/.test(text[before - 1]!)) before -= 1;
  // "." does not cross a line break: the text before the town is on the first line.
  if (/[\n\r\u2028\u2029]/.test(text.slice(0, before))) return null;
  return [text, text.slice(0, before), match[1]!, match[2], match[3]];
}

/** The postcode line, with the street before it on the line or just above, and the town. */
function readPostcodeLines(lines: TextLine[], result: LocationSuggestion): void {
  lines.forEach((line, index) => {
    for (const segment of line.text.split(/\t|\s[|•·]\s/)) {
      if (result.postcode) return;
      const text = segment.replace(LABEL, '').trim();
      // "Seattle, WA 98101": a US state and ZIP code, not a French town and postcode.
      // The town and its postcode may also end a part of a line of dashes: "Marseille 13015 – 06 …".
      const townThenCode = townThenPostcode(text) ?? text.split(/\s[–—]\s/).slice(0, -1).map((part) => townThenPostcode(part.trim())).find((match) => match !== null) ?? null;
      // "Réf. 12345" (a job ad's reference copied under the headline) names no town.
      const townFirst = townThenCode && !/^[A-Z]{2}$/.test(townThenCode[2]!) && !REFERENCE_WORD.test(townThenCode[2]!) ? townThenCode : null;
      const fr = townFirst ? null : FR_POSTCODE.exec(text);
      // An Eircode reads as a UK postcode does: the town, a county, the code.
      const uk = fr || townFirst ? null : UK_POSTCODE.exec(text) ?? EIRCODE.exec(text);
      const fourDigit = fr || uk || townFirst ? null : readFourDigitPostcode(text, CITY);
      const canadian = fr || uk || townFirst || fourDigit ? null : readCanadianPostcode(text, CITY);
      if (townFirst) {
        result.postcode = suggestion(townFirst[3] ?? townFirst[4]!, 0.9, segment, line);
        const city = cleanCity(townFirst[2]!);
        if (city) result.city = suggestion(city, 0.9, segment, line);
        const street = streetPart(townFirst[1]!.replace(/(?<![\s,–—-])[\s,–—-]+$/, '').trim());
        if (street && looksLikeStreet(street)) result.address = suggestion(street, 0.9, segment, line);
        else findStreetAbove(lines, index, result);
      } else if (fr) {
        result.postcode = suggestion(fr[1]!.replace(/\s/g, ''), 0.95, segment, line);
        const city = cleanCity(fr[2]!);
        if (city) result.city = suggestion(city, 0.93, segment, line);
        const street = streetPart(text.slice(0, fr.index).replace(/(?<![\s,–—-])[\s,–—-]+$/, '').trim());
        if (street && looksLikeStreet(street)) result.address = suggestion(street, 0.92, segment, line);
        else findStreetAbove(lines, index, result);
      } else if (canadian) {
        // Québec: "Montréal (Québec) H2J 2L3", the street on the line above.
        result.postcode = suggestion(canadian.postcode, 0.9, segment, line);
        const city = cleanCity(canadian.city);
        if (city) result.city = suggestion(city, 0.9, segment, line);
        const street = streetPart(text.slice(0, canadian.index).replace(/(?<![\s,–—-])[\s,–—-]+$/, '').trim());
        if (street && looksLikeStreet(street)) result.address = suggestion(street, 0.9, segment, line);
        else findStreetAbove(lines, index, result);
      } else if (fourDigit) {
        // Belgium, Switzerland, Luxembourg: "Rue de la Loi 12, Bruxelles 1000", "Genève 1201".
        result.postcode = suggestion(fourDigit.postcode, 0.9, segment, line);
        const city = cleanCity(fourDigit.city);
        if (city) result.city = suggestion(city, 0.9, segment, line);
        const street = streetPart(text.slice(0, fourDigit.index).replace(/(?<![\s,–—-])[\s,–—-]+$/, '').trim());
        if (street && looksLikeStreet(street)) result.address = suggestion(street, 0.9, segment, line);
        else findStreetAbove(lines, index, result);
      } else if (uk) {
        result.postcode = suggestion(uk[1]!.replace(/\sO(?=[A-Z]{2}$)/, ' 0'), 0.93, segment, line);
        const pieces = text.slice(0, uk.index).replace(/(?<![\s,])[\s,]+$/, '').split(/,\s*/).filter(Boolean).map(withoutPostalDistrict);
        // "…, Doncaster, South Yorkshire, DN4 0RA": the county is not the town.
        // Alone before the code ("Northamptonshire NN16 8JS"), the town is on the line above.
        if (pieces.length > 0 && (UK_COUNTY.test(pieces[pieces.length - 1]!) || IRISH_COUNTY.test(pieces[pieces.length - 1]!))) pieces.pop();
        // "88 Queens Road Leicester": the town after the street, with no comma between.
        const last = pieces[pieces.length - 1] ?? '';
        const streetThenTown = UK_STREET.exec(last);
        if (streetThenTown?.index === 0 && /^\s+\p{Lu}[\p{L}'’ -]*$/u.test(last.slice(streetThenTown[0].length))) {
          pieces.splice(-1, 1, streetThenTown[0], last.slice(streetThenTown[0].length).trim());
        }
        // A postcode on a line of its own: the town ends the line above ("Leeds" / "LS6 1BL",
        // "Hockley, Birmingham" / "B18 6JY", "27 Rockingham Road, Kettering" / "… NN16 8JS").
        if (pieces.length === 0) {
          const aboveLine = lines[index - 1]?.text.trim() ?? '';
          const above = withoutPostalDistrict(aboveLine.split(/,\s*/).pop()!.trim());
          if (/^\p{Lu}[\p{L}'’ -]*$/u.test(above) && !looksLikeStreet(above) && above.split(/\s+/).length <= 3 && !UK_COUNTY.test(above)) {
            result.city = suggestion(cleanCity(above), 0.85, aboveLine, lines[index - 1]!);
          }
          for (let cursor = index - 1; cursor >= Math.max(0, index - 3) && !result.address; cursor--) {
            const candidate = lines[cursor]!;
            const street = UK_STREET.exec(candidate.text)?.[0] ?? STREET_LINE.exec(candidate.text)?.[0];
            if (street) result.address = suggestion(street.replace(/(?<![\s,])[\s,]+$/, ''), 0.88, candidate.text, candidate);
          }
          continue;
        }
        const city = pieces[pieces.length - 1]?.trim() ?? '';
        if (city && /^\p{Lu}/u.test(city) && !/\d/.test(city)) result.city = suggestion(cleanCity(city), 0.88, segment, line);
        // UK lines run street, district, town, county: the street is the numbered road.
        const street = ukStreet(pieces.slice(0, -1).join(', ')) ?? pieces.slice(0, -1).join(', ').trim();
        if (street && looksLikeStreet(street)) result.address = suggestion(street, 0.9, segment, line);
        else findStreetAbove(lines, index, result);
      }
    }
  });
}

/** The header, the contact section and the first lines of page 1 of any other kind but jobs. */
function contactLines(sections: CvSection[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const section of sections) {
    if (section.kind === 'header') lines.push(...section.lines);
  }
  if (lines.length === 0) {
    for (const section of sections) {
      if (section.kind === 'experience' || section.kind === 'education') continue;
      lines.push(...section.lines.filter((line) => line.page === 1).slice(0, 12));
    }
  }
  return lines;
}

function findStreetAbove(lines: TextLine[], index: number, result: LocationSuggestion) {
  for (let cursor = index - 1; cursor >= Math.max(0, index - 2); cursor--) {
    const line = lines[cursor]!;
    for (const segment of line.text.split(/\t|\s[|•·]\s/)) {
      const text = segment.replace(LABEL, '').trim();
      if (looksLikeStreet(text) && !/@/.test(text)) {
        result.address = suggestion(text.replace(/(?<![\s,])[\s,]+$/, ''), /\d/.test(text) ? 0.9 : 0.8, segment.trim(), line);
        // A line without a house number over the postcode completes the street above it:
        // "8, allée des Tilleuls" / "Résidence Les Pins, Bât. C". A numbered one is the street
        // itself, the residence above it only a complement.
        const upper = cursor > 0 ? lines[cursor - 1]! : undefined;
        const upperText = upper?.text.replace(LABEL, '').trim() ?? '';
        if (upper && !/^\d/.test(text) && upper.text.split(/\t|\s[|•·]\s/).length === 1 && OPENS_STREET.test(upperText) && !/@|\d{5}/.test(upperText)) {
          result.address = suggestion(`${upperText.replace(/(?<![\s,])[\s,]+$/, '')}, ${result.address.value}`, 0.85, `${upper.text.trim()}\n${segment.trim()}`, upper);
        }
        return;
      }
    }
  }
}

/** The UK street of a line, from its first numbered road or flat to its last: "Flat 12, Albion
 *  Court, 88 Queens Road" is one address, its building and its road. */
function ukStreet(text: string): string | undefined {
  const streets = [...text.matchAll(new RegExp(UK_STREET.source, 'g'))];
  if (streets.length === 0) return undefined;
  const last = streets[streets.length - 1]!;
  return text.slice(streets[0]!.index, last.index + last[0].length);
}

/** The street, without what the line says before it: "54 ans – 12 impasse des Forges" (the age),
 *  "Permis B · 8 rue Victor Hugo". */
function streetPart(text: string): string {
  let street = text;
  for (const separator of text.matchAll(/\s+[–—|·•-]\s+/g)) {
    const rest = text.slice(separator.index + separator[0].length);
    const before = street.slice(0, street.length - rest.length - separator[0].length);
    if (looksLikeStreet(before) || !looksLikeStreet(rest)) break;
    street = rest;
  }
  return street;
}

/** A street line: its street word opens it or one of its parts, or comes with a number. A street
 *  word inside a phrase names no street: "Électricien bâtiment", "Professeure de cours particuliers". */
export function looksLikeStreet(text: string): boolean {
  const trimmed = text.trim();
  const street = STREET_OPENING.test(trimmed) || (/\d/.test(trimmed) && STREET_WORD.test(trimmed));
  return (street && /\p{L}{3}/u.test(trimmed)) || UK_STREET.test(trimmed);
}

function cleanCity(city: string): string {
  const value = city.replace(/\s+cedex\b.*$/i, '').replace(/\s+(?:france|fr)$/i, '').trim();
  if (!isAllCaps(value)) return value;
  // "NANTES" -> "Nantes", "SAINT-ÉTIENNE" -> "Saint-Étienne".
  return value.toLowerCase().replace(/(^|[\s\-'’])(\p{Ll})/gu, (_, separator: string, letter: string) => separator + letter.toUpperCase())
    .replace(/(?<=[\s-])(Sur|Sous|En|Le|La|Les|Lès|De|Du|Des|Aux|Au)(?=[\s-])/g, (word) => foldText(word) === word.toLowerCase() ? word.toLowerCase() : word.toLowerCase());
}

function suggestion(value: string, confidence: number, text: string, line: TextLine): Suggestion {
  return { value, confidence, evidence: { text: text.trim(), page: line.page } };
}
