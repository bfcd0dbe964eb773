import { extraLanguageNames } from '../i18n/language-name';
import { fold } from './fold-text';

/**
 * The ways a form may name a language given by its ISO 639-1 code: the code itself ("en", "EN",
 * "en-GB"), its French, English and own names ("Anglais", "English"), from the browser's own
 * language data (Intl), plus the few names Intl spells differently from job forms.
 */
export function languageNames(code: string): string[] {
  const iso = code.toLowerCase().split(/[-_]/)[0] ?? '';
  const names = new Set<string>([iso]);
  for (const locale of ['fr', 'en', iso]) {
    try {
      const name = new Intl.DisplayNames([locale], { type: 'language' }).of(iso);
      if (name && fold(name) !== iso) names.add(fold(name));
    } catch {
      // an unknown code or locale: keep the code
    }
  }
  for (const alias of EXTRA_NAMES[iso] ?? []) names.add(alias);
  // The creoles Intl does not name (rcf, gcf, gcr, cpf).
  for (const name of extraLanguageNames(iso)) names.add(fold(name));
  return [...names];
}

/** True when a folded option text or value names this language ("anglais", "en", "en gb"). */
export function namesLanguage(text: string, code: string): boolean {
  const folded = fold(text);
  if (!folded) return false;
  const names = languageNames(code);
  const firstWord = folded.split(' ')[0] ?? '';
  return names.some((name) => folded === name || (name.length > 2 && ` ${folded} `.includes(` ${name} `)))
    || (firstWord === names[0] && (folded.length === 2 || /^[a-z]{2} [a-z]{2}$/.test(folded)))
    // "ENG", "fra": a three-letter code (ISO 639-2) only as the whole text, never as a word in it.
    || (ALPHA3[names[0] ?? '']?.includes(folded) ?? false);
}

/**
 * True when a control's name or id carries the language's code as a part of its own:
 * "niveau_en", "lang-EN", "langues[en][niveau]", "levelEn". A code in the middle of words
 * ("niveau_de_langue") counts only when it cannot be a short word: "de", "en" are French ones.
 */
export function codeInName(name: string, code: string): boolean {
  const iso = code.toLowerCase().split(/[-_]/)[0] ?? '';
  // "id", "no" name a record or a number far more often than Indonesian or Norwegian.
  const codes = [...(NOT_IN_NAMES.has(iso) ? [] : [iso]), ...(ALPHA3[iso] ?? [])];
  if (codes.some((wanted) => new RegExp(`\\[${wanted}\\]`, 'i').test(name))) return true;
  const parts = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (parts.length < 2) return false;
  return parts.some((part, index) => codes.includes(part) && (index === 0 || index === parts.length - 1 || !SHORT_WORDS.has(part)));
}

const NOT_IN_NAMES = new Set(['id', 'no']);

/** Two-letter codes that also are common words of French or English form names. */
const SHORT_WORDS = new Set(['de', 'en', 'la', 'le', 'et', 'es', 'a', 'on', 'in', 'it', 'to', 'no', 'or', 'an', 'as', 'at', 'is', 'my', 'me', 'be', 'so', 'ne', 'ce', 'se', 'sa', 'ou', 'un', 'du', 'id']);

/** ISO 639-2 codes (terminological, then bibliographic) of the languages job seekers list most. */
const ALPHA3: Record<string, string[]> = {
  fr: ['fra', 'fre'], en: ['eng'], es: ['spa', 'esp'], de: ['deu', 'ger'], it: ['ita'], pt: ['por'], ar: ['ara'],
  zh: ['zho', 'chi'], ru: ['rus'], nl: ['nld', 'dut'], pl: ['pol'], tr: ['tur'], ro: ['ron', 'rum'], el: ['ell', 'gre'],
  ja: ['jpn'], ko: ['kor'], hi: ['hin'], vi: ['vie'], uk: ['ukr'], sv: ['swe'], no: ['nor'], da: ['dan'], fi: ['fin'],
  cs: ['ces', 'cze'], hu: ['hun'], bg: ['bul'], hr: ['hrv'], sr: ['srp'], he: ['heb'], fa: ['fas', 'per'], wo: ['wol'],
  sw: ['swa'], ta: ['tam'], bn: ['ben'], ur: ['urd'], pa: ['pan'], ca: ['cat'], eu: ['eus', 'baq'], sq: ['sqi', 'alb'],
  hy: ['hye', 'arm'], ka: ['kat', 'geo'], th: ['tha'], id: ['ind'], ms: ['msa', 'may'], tl: ['tgl'], ln: ['lin'], ff: ['ful'],
  bm: ['bam'], kab: ['kab'], ber: ['ber'], ht: ['hat'], mg: ['mlg'], so: ['som'], am: ['amh'], ps: ['pus'], ku: ['kur'],
};

const EXTRA_NAMES: Record<string, string[]> = {
  ar: ['arabe litteraire', 'arabic'],
  zh: ['chinois mandarin', 'mandarin'],
  fa: ['persan', 'farsi'],
  ms: ['malais'],
  tl: ['tagalog', 'filipino'],
  ht: ['creole haitien', 'creole'],
  wo: ['wolof'],
  nl: ['neerlandais', 'hollandais', 'dutch', 'flamand'],
  el: ['grec', 'greek'],
  sw: ['swahili', 'kiswahili'],
};
