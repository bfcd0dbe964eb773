// A career told as a paragraph rather than listed: "Depuis 2016, je travaille comme aide à domicile
// pour l'ADMR de Montbrison. Auparavant, de 2008 à 2015, j'ai été agent de service hospitalier à
// l'hôpital de Feurs." Each sentence that gives a date and a trade after "comme", "en tant que",
// "j'ai été", "as a" is one job; the employer follows "pour", "chez", "au sein de", "à l'hôpital…".
import type { TextLine } from '../../types';
import { ORGANISATION_HEADS } from '../employer-connector';
import { foldText } from '../fold-text';
import { findDateRanges } from '../parse-dates';
import { confidenceOf, type ExperienceSuggestion } from './confidence';
import { hasJobWord } from './part-kinds';

/** First-person prose: "je travaille", "j'ai été", "I worked". */
const FIRST_PERSON = /(?:^|[\s,.;])(?:je\s|j['’]|i\s)/iu;
/** The words before the trade, with the article after them. */
const TRADE_CUE = /(?:\bcomme|\ben\s+tant\s+qu(?:e\s+|['’]\s*)|\bj['’]ai\s+[ée]t[ée]|\bj['’][ée]tais|\bje\s+suis|\bworked\s+as|\bas)\s+(?:(?:un|une|a|an)\s+)?/iu;
/** The words before the employer: "pour", "chez", "au sein de", "for", "at"; not the "for" of a
 *  length ("for two years"). */
const EMPLOYER_CUE = /\s+(?:pour|chez|au\s+sein\s+(?:de\s+la|du|des|de|d['’])|for(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:years?|months?|weeks?)\b)|at|with)\s+(?:(?:la|le|les|the)\s+|l['’])?/iu;
/** "à l'hôpital de Feurs", "au restaurant Le Zinc": an employer only when a kind of organisation follows. */
const AT_CUE = /\s+(?:[àa]\s+la|au|aux|[àa]\s+l['’])\s*/iu;
/** Where the employer's name stops: a comma, a town ("à Saint-Étienne"), a date, the sentence's end. */
const NAME_END = /\s*(?:[,;.(]|\s(?:[àa]|in)\s+\p{Lu}|\s(?:en|de|depuis|from|in|since)\s+(?:\d|\p{Ll}+\s+\d)|\s(?:pendant|durant|for)\s+(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six)\b|$)/u;
/** How long, and when, between the trade and its employer: "menuisier d'atelier pendant 3 ans
 *  (2015-2018) à l'entreprise Bois & Création". */
const BETWEEN_TRADE_AND_EMPLOYER = /^\s*(?:(?:pendant|durant|for)\s+\S+\s+\S+)?\s*(?:\([^()]*\))?\s*$/iu;
/** A generic word before the name itself: "l'entreprise Bois & Création" -> "Bois & Création". */
const GENERIC_HEAD = /^(?:soci[ée]t[ée]|entreprise|enseigne)\s+(?=\p{Lu})/iu;
const TOWN_AFTER = /^,?\s+(?:[àa]|in)\s+(\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*)*)/u;

/** The jobs of an experience section written as prose; null when it is not. */
export function experiencesOfProse(lines: TextLine[], referenceDate: Date): ExperienceSuggestion[] | null {
  const text = lines.map((line) => line.text.trim()).join(' ');
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  // Prose: first-person sentences, every line long or ending one (no header lines of a list).
  const prose = sentences.length >= 2 && FIRST_PERSON.test(text) && lines.every((line) => line.text.trim().split(/\s+/).length >= 8 || /[.!?]\s*$/.test(line.text));
  if (!prose) return null;
  const page = lines[0]?.page ?? 1;
  const jobs = sentences.flatMap((sentence) => {
    const range = findDateRanges(sentence, referenceDate)[0];
    const cue = TRADE_CUE.exec(sentence);
    if (!range || !cue) return [];
    const after = sentence.slice(cue.index + cue[0].length);
    const employerCue = EMPLOYER_CUE.exec(after);
    const atCue = [...after.matchAll(new RegExp(AT_CUE.source, 'giu'))].find((match) => ORGANISATION_HEADS.has(foldText(after.slice(match.index + match[0].length)).split(/[\s'’-]+/)[0] ?? ''));
    const cues = [employerCue, atCue].filter((match): match is RegExpExecArray => match != null).sort((a, b) => a.index - b.index);
    const employerAt = cues[0];
    const tradeEnd = Math.min(employerAt?.index ?? after.length, NAME_END.exec(after)?.index ?? after.length);
    const trade = after.slice(0, tradeEnd).trim();
    if (!trade || !hasJobWord(trade) || trade.split(/\s+/).length > 6) return [];
    let employer: string | null = null;
    let location: string | null = null;
    if (employerAt && (employerAt.index === tradeEnd || BETWEEN_TRADE_AND_EMPLOYER.test(after.slice(tradeEnd, employerAt.index)))) {
      const rest = after.slice(employerAt.index + employerAt[0].length);
      const name = rest.slice(0, NAME_END.exec(rest)?.index ?? rest.length).trim();
      if (name && name.split(/\s+/).length <= 6) {
        const named = name.replace(GENERIC_HEAD, '');
        employer = named.charAt(0).toUpperCase() + named.slice(1);
        location = TOWN_AFTER.exec(rest.slice(name.length))?.[1] ?? null;
      }
    }
    const title = trade.charAt(0).toUpperCase() + trade.slice(1);
    return [{ title, employer, location, start: range.start, end: range.end, evidence: { text: sentence.trim(), page }, confidence: confidenceOf({ index: 0, range, own: sentence, atStart: false }, title, employer) - 0.1 }];
  });
  return jobs.length > 0 ? jobs : null;
}
