// Shared by experiences and education: the parts of an entry header, and what is a header line.
import type { TextLine } from '../types';
import { foldText } from './fold-text';
import { BULLET } from './line-style';
import { findDateRanges, type DateRange } from './parse-dates';

/** Splits "Cariste – Leroy Merlin, Lyon" into its parts; parentheses are never cut, nor a comma
 *  before "puis" / "then", which goes on with the same part ("Vendeuse, puis responsable de rayon"). */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const separators = /^(?:\t|\s+[–—|·•@]\s+|\s+-\s+|,\s+(?!(?:puis|ensuite|then)\s)|\s+chez\s+|\s+at\s+|\s+[–—-]$|\s{3,})/;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '(' || char === '[') depth++;
    if ((char === ')' || char === ']') && depth > 0) depth--;
    if (depth === 0) {
      const separator = separators.exec(text.slice(index));
      if (separator) {
        parts.push(current);
        current = '';
        index += separator[0].length - 1;
        continue;
      }
    }
    current += char;
  }
  parts.push(current);
  // A bracket of its own after the entry ("(2 enfants, sorties d'école, aide aux devoirs)") holds
  // details or tasks, not the title nor the employer. A short one may be the agency or the town.
  const details = (part: string, index: number) => index > 0 && /^\s*\(.*\)\s*$/.test(part) && (part.includes(',') || part.trim().split(/\s+/).length >= 4);
  return parts.filter((part, index) => !details(part, index)).map(cleanPart).filter((part) => /\p{L}/u.test(part));
}

export function cleanPart(text: string): string {
  return text
    .replace(/^[\s:;,.\-–—|·•/]+/, '')
    .replace(/(?<![\s:;,\-–—|·•/])[\s:;,\-–—|·•/]+$/, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
}

// "Stage d'observation de 2 semaines", "Internship of 6 months": the word before goes too.
// "(2 yrs 7 mos)", "· 8 mths": the abbreviations of networking sites too. Not the end of a range
// ("enfants de 1 à 8 ans", "3-6 ans"): children's ages say what the job was.
const DURATION = /(?:\s+(?:de|d['’]une\s+dur[ée]e\s+de|pendant|of|for))?\s*\(?(?<!\d\s*(?:à|a|-|–|to)\s*)\b\d+(?:[.,]\d+)?\s*(?:ans?|mois|years?|yrs?|months?|mos?|mths?|semaines?|weeks?)\b(?:\s+(?:et\s+|and\s+)?\d+\s*(?:mois|months?|mos?|mths?))?\)?/gi;
/** A bracket that only gives the contract and how long it lasted: "(CDD 6 mois)", "(6 months)". */
const CONTRACT_DURATION = /\(\s*(?:(?:CDD|CDI|int[ée]rim|mission|contrat|stage|alternance|apprentissage|saisonnier|temporary|contract|fixed[- ]term|temps\s+(?:plein|partiel)|full[- ]time|part[- ]time|de|of)[\s,:;–—-]*)*\d+(?:[.,]\d+)?\s*(?:ans?|mois|years?|yrs?|months?|semaines?|weeks?)(?:\s+et\s+\d+\s*mois)?[\s,:;–—-]*(?:(?:CDD|CDI|int[ée]rim|contrat|stage|temps\s+(?:plein|partiel)|full[- ]time|part[- ]time)[\s,]*)*\)/gi;

/** The text of a line without the period it gives ("Cariste\tJanv. 2019 – aujourd'hui" -> "Cariste"). */
export function withoutDates(text: string, range: DateRange | undefined): string {
  let rest = text;
  if (range) {
    let start = range.startsAt;
    // Take "de", "du", "depuis", "from", "since" before the period along with it ("En poste depuis"
    // too), and the words that only say when a diploma was obtained: "BTS MUC obtenu en 2012".
    const before = /(?:^|\s|\()(?:(?:obtenue?s?|valid[ée]e?s?|acquise?s?|dipl[ôo]m[ée]e?s?|obtained|awarded|achieved|completed|passed)(?:\s+(?:en|le|au|in|on))?|de|du|(?:(?:(?:actuellement\s+|toujours\s+)?en\s+poste|in\s+(?:post|role))\s+)?(?:depuis|des|dès|from|since)(?:\s+(?:le|the)|\s+l['’]|\s*l['’])?|entre|between|en|le|in|on)\s*$/i.exec(rest.slice(0, start));
    if (before) start = before.index + (before[0].startsWith('(') || /^\s/.test(before[0]) ? 1 : 0);
    rest = `${rest.slice(0, start)} \t ${rest.slice(range.endsAt)}`;
  }
  return rest
    // "(Maroc, 2010)" without its year: "(Maroc)".
    .replace(/\(([^()\t]*?)[\s,;–—-]*\t[\s,;–—-]*\)/g, '($1)')
    .replace(/\(\s*\t[\s,;–—-]*([^()]*)\)/g, '($1)')
    .replace(/\(\s*\)/g, ' ')
    // Europass 2024 sets the period in square brackets: "CHU de Nantes [ 01/09/2019 – Actuel ]".
    .replace(/\[[\s,;–—-]*\t[\s,;–—-]*\]/g, '\t')
    .replace(/\((?:[^()]*\b(?:19|20)\d{2}\b[^()]*)\)/g, ' ')
    .replace(CONTRACT_DURATION, ' ')
    .replace(DURATION, ' ')
    .replace(/\(([^()]*)$/, ' $1')
    .replace(/^([^()]*)\)/, '$1 ')
    .replace(/\s*\t\s*(?:\t\s*)*/g, '\t')
    .replace(/^[\s\t:–—\-|·,]+|(?<![\s\t:–—\-|·,])[\s\t:–—\-|·,]+$/g, '')
    .trim();
}

/** Lines that are never an entry header: bullets, sentences, long paragraphs. */
export function looksLikeDescription(line: TextLine, bodyX: number | undefined): boolean {
  const text = line.text.trim();
  if (BULLET.test(text)) return true;
  if (bodyX !== undefined && line.x !== undefined && Math.abs(line.x - bodyX) < 2) return true;
  // Words only: the dashes and slashes between the parts of a long header are no words.
  const words = text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
  if (words > 16) return true;
  if (/[.!]$/.test(text) && words > 4 && !endsWithAbbreviatedDate(text)) return true;
  // A lower-case start is a sentence, except an employer line: "chez ADMR (Douai)", "at Tesco".
  if (/^\p{Ll}/u.test(text) && !/^(?:chez|at)\s+[\p{Lu}\d]/u.test(text)) return true;
  return false;
}

/** "Comptable\t2019 - auj.": the full stop closes an abbreviated date, not a sentence. */
function endsWithAbbreviatedDate(text: string): boolean {
  if (!/\p{L}\.$/u.test(text)) return false;
  const last = findDateRanges(text).at(-1);
  return last !== undefined && last.endsAt === text.length - 1;
}

/** The left edge most description lines of a section share, if the layout indents them. */
export function descriptionIndent(lines: TextLine[], headerXs: number[]): number | undefined {
  if (headerXs.length === 0) return undefined;
  // Only an indent deeper than the entry headers tells descriptions apart: the most common left
  // edge among the lines set right of the headers.
  const minHeader = Math.min(...headerXs.map(Math.round));
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (line.x === undefined || line.x <= minHeader + 3) continue;
    const x = Math.round(line.x);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return top && top[1] >= 2 ? top[0] : undefined;
}

export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9'-]+/)
    .filter(Boolean);
}
