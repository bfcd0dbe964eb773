// Unicode clean-up of extracted text: ligatures (ﬁ → fi) and compatibility forms folded with NFKC,
// invisible characters dropped, Symbol-font bullets made real bullets, and letter-spaced words
// ("M a s t e r") rejoined.

// Soft hyphens, zero-width characters, and bidirectional controls (an override can disguise
// "exe.jpg" as "gpj.exe").
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// Word's bullets come from the Symbol and Wingdings fonts, which map to the private-use area.
const SYMBOL_FONT_BULLETS = /[\uF0A7\uF0B7\uF0D8\uF0FC\uF076\uF06C\uF06E\uF0A8\uF0E0\uF0F0]/g;
const LETTER_SPACED = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}] ){3,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;

export function normalizeText(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SYMBOL_FONT_BULLETS, '•')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
  return rejoinLetterSpacing(folded).replace(/[ \u3000]+/g, ' ').trim();
}

/**
 * "M a s t e r   M a n a g e m e n t" → "Master Management". Only runs of four or more single
 * characters are joined, so "à l'a B C" style text and initials ("J. P. Dupont") are left alone.
 */
export function rejoinLetterSpacing(text: string): string {
  if (!/(?:[\p{L}\p{N}] ){3}/u.test(text)) return text;
  // Word gaps in letter-spaced text are wider (2+ spaces): keep them as one space.
  return text
    .split(/ {2,}/)
    .map((part) => part.replace(LETTER_SPACED, (run) => run.replace(/ /g, '')))
    .join(' ');
}
