// Unicode clean-up of extracted text: ligatures (ﬁ → fi) and compatibility forms folded with NFKC,
// Unicode hyphens (Word's non-breaking hyphen, typed so "2019-2024" never wraps) made ASCII ones,
// invisible characters dropped, Symbol-font bullets made real bullets, and letter-spaced words
// ("M a s t e r") rejoined.

// Soft hyphens, zero-width characters, and bidirectional controls (an override can disguise
// "exe.jpg" as "gpj.exe").
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// Word's bullets come from the Symbol and Wingdings fonts, which map to the private-use area.
const SYMBOL_FONT_BULLETS = /[\uF0A7\uF0B7\uF0D8\uF0FC\uF076\uF06C\uF06E\uF0A8\uF0E0\uF0F0]/g;
const LETTER_SPACED = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}] ){3,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;

export interface NormalizeOptions {
  /** Rejoin letter-spaced words: only a PDF text layer spaces letters apart; in a Word document or
   *  a text file every space was typed ("Permis B C D E"). Default true. */
  letterSpaced?: boolean;
}

export function normalizeText(text: string, { letterSpaced = true }: NormalizeOptions = {}): string {
  const folded = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SYMBOL_FONT_BULLETS, '•')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-');
  return (letterSpaced ? rejoinLetterSpacing(folded) : folded).replace(/[ \u3000]+/g, ' ').trim();
}

/**
 * "M a s t e r   M a n a g e m e n t" → "Master Management". Only runs of four or more single
 * characters are joined, so "à l'a B C" style text and initials ("J. P. Dupont") are left alone.
 * A run of capitals or digits after other words is a typed list ("Permis B C D E", "catégories
 * 1 3 5 7"), not a spaced word: capitals are joined only when they make the whole part (a spaced
 * heading, "C O M P É T E N C E S"), digits never.
 */
export function rejoinLetterSpacing(text: string): string {
  if (!/(?:[\p{L}\p{N}] ){3}/u.test(text)) return text;
  // Word gaps in letter-spaced text are wider (2+ spaces): keep them as one space.
  return text
    .split(/ {2,}/)
    .map((part) =>
      part.replace(LETTER_SPACED, (run) => {
        if (!/\p{L}/u.test(run)) return run;
        // A bullet or a colon around the heading still leaves it the whole part.
        if (!/\p{Ll}/u.test(run) && run !== part.replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu, '')) return run;
        return run.replace(/ /g, '');
      }),
    )
    .join(' ');
}
