// Whether the words of a line are a section name ("Expériences professionnelles", "E X P É R I E N C E",
// "Mes compétences"), and of which section: the vocabulary matched whole or as the line's start.
import type { SectionKind } from '../../types';
import { foldText } from '../fold-text';
import { announcesPlannedTraining } from '../planned-training-heading';
import { OTHER_HEADINGS, SECTION_HEADINGS } from '../section-vocabulary';

export interface HeadingMatch {
  kind: SectionKind;
  /** The whole line is a section name (as opposed to a section name followed by more words). */
  whole: boolean;
}

const HEADING_PHRASES: [string, SectionKind][] = [
  ...Object.entries(SECTION_HEADINGS).flatMap(([kind, phrases]) => phrases.map((phrase): [string, SectionKind] => [phrase, kind as SectionKind])),
  ...OTHER_HEADINGS.map((phrase): [string, SectionKind] => [phrase, 'other']),
].sort((a, b) => b[0].length - a[0].length);
const EXACT = new Map(HEADING_PHRASES.map(([phrase, kind]) => [phrase, kind]));
/** The phrases without spaces, made once: squeezed again for every line, they took most of the
 *  time of a text of 95,000 short lines (40 s). */
const SQUEEZED_PHRASES: [string, string, SectionKind][] = HEADING_PHRASES.map(([phrase, kind]) => [phrase, squeeze(phrase), kind]);

/** The words of a would-be heading: no icons, numbering, decoration or trailing colon. */
function headingText(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}'&\- ]+/gu, ' ')
    .replace(/^\s*(?:\d+|[ivx]+)[.)\s-]+/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letter-spaced headings ("E X P É R I E N C E") are common in designed CVs. */
export function unspace(text: string): string {
  return /^(?:\p{L} ){3,}\p{L}/u.test(text) ? text.replace(/(?<=\p{L}) (?=\p{L}(?: |$))/gu, '') : text;
}

export function matchHeading(text: string): HeadingMatch | undefined {
  // "Mes points forts", "My skills", "Nos réalisations": the possessive changes nothing.
  const words = headingText(unspace(text.trim())).replace(/^(?:mes|mon|ma|nos|my|our) (?=\p{L}{3})/u, '');
  if (!words || words.length > 60) return undefined;
  // "Formations envisagées :" is training to come, not a section of training done.
  if (announcesPlannedTraining(words)) return undefined;
  const phrase = matchPhrase(words);
  const match =
    (phrase?.whole ? phrase : joinedNames(unspace(text.trim())) ?? phrase) ??
    (words.split(' ').length <= 4 && /\bcertif|\bhabilitation/.test(words) ? { kind: 'certifications' as const, whole: false } : undefined) ??
    kindOfSkills(words);
  // "Training & certificates", "Formations et habilitations": the certificates name the section.
  if (match && match.kind !== 'certifications' && /\bcertif|\bhabilitation|\bcaces\b|\bcertificates?\b/.test(words)) {
    return { kind: 'certifications', whole: match.whole };
  }
  return match;
}

/** "Clinical skills", "Nursing competencies": a trade's own skills heading, one or two words before
 *  the word for skills (French headings start with "compétences", in the vocabulary). Not whole: a plain line
 *  "Communication skills" in a list is an item, so the line needs a layout cue (capitals, bold, a
 *  colon) to open a section. */
function kindOfSkills(words: string): HeadingMatch | undefined {
  if (!/^(?:\p{L}+ ){1,2}(?:skills|competencies)$/u.test(words)) return undefined;
  return { kind: /\b(?:soft|interpersonal|personal|people|transferable)\b/.test(words) ? 'softSkills' : 'skills', whole: false };
}

/** Where a heading joins two section names: "Permis / habilitations", "Langues - informatique". */
const JOINED = /\s+(?:&|et|and|\+)\s+|\s*[,/+|·•]\s*|\s+[-–—]\s+/;

/** "Permis / habilitation", "Langues, informatique": two or three names of different sections
 *  joined make a heading as a whole, of the first name's section. Names of one section joined
 *  ("Informatique, bureautique") may be an item of its list. */
function joinedNames(text: string): HeadingMatch | undefined {
  const names = foldText(text).split(JOINED).map((name) => headingText(name).replace(/^(?:mes|mon|ma|nos|my|our) (?=\p{L}{3})/u, '')).filter(Boolean);
  if (names.length < 2 || names.length > 3 || !names.every((name) => EXACT.has(name))) return undefined;
  if (new Set(names.map((name) => EXACT.get(name))).size < 2) return undefined;
  return { kind: EXACT.get(names[0]!)!, whole: true };
}

function matchPhrase(words: string): HeadingMatch | undefined {
  for (const [phrase, kind] of HEADING_PHRASES) {
    if (words === phrase) return { kind, whole: true };
    if (words.startsWith(phrase + ' ') && words.split(' ').length - phrase.split(' ').length <= 3 && !namesCategories(words.slice(phrase.length + 1))) {
      return { kind, whole: false };
    }
  }
  // Letter-spaced headings may come with spaces lost or misplaced ("EXPÉRIENCESPROFESSIONNELLES",
  // "FORM AT IONS"): compare without spaces.
  const squeezed = squeeze(words);
  for (const [phrase, target, kind] of SQUEEZED_PHRASES) {
    if (squeezed === target) return { kind, whole: true };
    if (target.length >= 6 && squeezed.startsWith(target) && squeezed.length - target.length <= 24 && !(words.startsWith(phrase + ' ') && namesCategories(words.slice(phrase.length + 1)))) {
      return { kind, whole: false };
    }
  }
  return undefined;
}

/** "1 3 5", "b", "b c1 et ce", "cat 3": categories of a licence or a CACES, so the line is the
 *  item itself ("CACES 1, 3, 5", "PERMIS B"), not a heading. */
function namesCategories(rest: string): boolean {
  const tokens = rest.split(/[\s,;/+]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((token) => /^(?:[a-e]\d?e?|\d{1,2}[a-z]?|r\d{3}|cat|categories?|et|and)$/.test(token)) && tokens.some((token) => token !== 'et' && token !== 'and');
}

function squeeze(text: string): string {
  return text.replace(/[\s'&-]+/g, '');
}
