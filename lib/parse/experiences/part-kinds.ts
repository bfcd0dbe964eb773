// What a part of a job header reads as: a trade, an organisation's name, a phrase. The scores
// weigh a part as a title or as an employer when the header's order does not tell.
import { foldedWords } from '../entry-parts';
import { CONTRACT_PART, EMPLOYER_WORDS, JOB_WORDS } from '../job-vocabulary';
import { isAllCaps } from '../line-style';

export function hasJobWord(text: string): boolean {
  const words = foldedWords(text);
  return words.some((word, index) => JOB_WORDS.has(word) || JOB_WORDS.has(`${word} ${words[index + 1] ?? ''}`) || /^(?:aide|agent|chef|charge|chargee|responsable)-/.test(word));
}

/** A name as organisations write theirs: "British Army", "Mairie de Lyon", "Centre hospitalier
 *  de Lyon", not a phrase ("Conseil en quincaillerie et outillage"). */
export function looksLikeName(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised === words.length || (employerScore(text) > 0 && capitalised >= 2);
}

/** A phrase, not a name: after its first word, three lower-case words and no name nor
 *  organisation word ("Tournée de distribution en zone rurale"). */
export function readsAsPhrase(text: string): boolean {
  const words = text.trim().split(/\s+/).slice(1).filter((word) => /^\p{L}{4,}/u.test(word));
  return !text.includes(',') && words.length >= 3 && words.every((word) => /^\p{Ll}/u.test(word)) && employerScore(text) === 0;
}

export function employerScore(text: string): number {
  const words = foldedWords(text);
  // "Responsable logistique", "Agent de service": a lower-case word of firms after a trade
  // qualifies the trade; firms capitalise theirs ("Kiabi Logistique", "Mairie de Lyon").
  const cased = text.normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}0-9'-]+/u).filter(Boolean);
  const qualifiesTrade = (index: number) => index > 0 && cased.length === words.length && /^\p{Ll}/u.test(cased[index]!) && hasJobWord(words.slice(0, index).join(' '));
  let score = 0;
  if (words.some((word, index) => (EMPLOYER_WORDS.has(word) || EMPLOYER_WORDS.has(`${word} ${words[index + 1] ?? ''}`)) && !qualifiesTrade(index))) score += 1;
  if (isAllCaps(text) && text.replace(/[^\p{L}]/gu, '').length > 3) score += 1;
  return score;
}

export function titleScore(text: string): number {
  let score = hasJobWord(text) ? 1 : 0;
  if (/\((?:int[ée]rim|cdd|cdi|stage|alternance|apprentissage|part-time|full-time|temporary|contract)[^)]*\)/i.test(text)) score += 1;
  return score;
}

/** How many parts name something: a contract alone ("CDD") names neither title nor employer. */
export function namingPartCount(parts: string[]): number {
  return parts.filter((part) => !CONTRACT_PART.test(part.trim())).length;
}
