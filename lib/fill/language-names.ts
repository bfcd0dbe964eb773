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
  return [...names];
}

/** True when a folded option text or value names this language ("anglais", "en", "en gb"). */
export function namesLanguage(text: string, code: string): boolean {
  const folded = fold(text);
  if (!folded) return false;
  const names = languageNames(code);
  const firstWord = folded.split(' ')[0] ?? '';
  return names.some((name) => folded === name || (name.length > 2 && ` ${folded} `.includes(` ${name} `)))
    || (firstWord === names[0] && (folded.length === 2 || /^[a-z]{2} [a-z]{2}$/.test(folded)));
}

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
