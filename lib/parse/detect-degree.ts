// Tells a diploma line and a school name by their words.
import { DEGREE_ACRONYMS, DEGREE_WORDS, SCHOOL_WORDS } from './education-vocabulary';
import { foldText } from './fold-text';

const ACRONYM = new RegExp(`(?<![\\p{L}.])(?:${DEGREE_ACRONYMS.map((word) => word.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'u');
export const DEGREE_WORD = new RegExp(`(?<![a-z])(?:${DEGREE_WORDS.join('|')})(?![a-z])`);
const SCHOOL_WORD = new RegExp(`(?<![a-z])(?:${SCHOOL_WORDS.join('|')})(?![a-z])`);

/** "Licence IV" is a liquor licence, not a bachelor's degree ("Licence 3 Psychologie" is its third year); nor is "maîtrisé" (mastered:
 *  "Matériel maîtrisé") the old Maîtrise; nor is a driving licence, named
 *  ("Driving licence: …") or described ("full clean UK licence"), nor the licence of a trade
 *  ("Counterbalance forklift licence", "HGV Class 1 licence", "SIA Door Supervisor licence"). */
const NOT_DEGREE = /\blicence\s+(?:I{1,3}V?|IV|4)\b|\blicence\s+[1-3]\b(?!\s*[a-zà-ÿ(])|permis d'exploitation|driving\s+licen[cs]e|\b(?:full|clean|valid|current)(?:\s+(?:clean|uk|eu|european|british|irish|manual|car|driving))*\s+licen[cs]e\b|\b(?:forklift|counterbalance|reach|truck|hgv|lgv|pcv|sia|personal|premises|class\s+[12]|c\+e)(?:\s+[\w+]+){0,2}\s+licen[cs]e\b|\blevel\s+\d\s+award\b|\bma[iî]tris[éÉ]e?s?(?![\p{L}])/giu;

/** In a line written in capitals, "MA" is also the French possessive ("MA VIE ACTIVE", "MA
 *  FORMATION"): there it names the Master of Arts only when followed by its subject marker. */
const POSSESSIVE_MA = /(?<![\p{L}.])MA(?=\s+(?!IN\b|OF\b|HONS\b)\p{Lu})/gu;
/** So is "DES" the article ("AGENT DES SERVICES HOSPITALIERS"), not Québec's secondary diploma. */
const ARTICLE_DES = /(?<=\p{L}\s+)DES(?=\s+\p{Lu})/gu;

export function isDegree(text: string): boolean {
  let cleaned = text.replace(NOT_DEGREE, ' ');
  if (!/\p{Ll}/u.test(cleaned)) cleaned = cleaned.replace(POSSESSIVE_MA, ' ').replace(ARTICLE_DES, ' ');
  return ACRONYM.test(cleaned) || DEGREE_WORD.test(foldText(cleaned));
}

export function isSchool(text: string): boolean {
  return SCHOOL_WORD.test(foldText(text));
}
