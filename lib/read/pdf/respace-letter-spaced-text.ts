import type { PlacedGlyph } from './locate-glyphs';

// pdf.js puts a space between every two letters of letter-spaced text ("V E N D E U S E  E N
// P R Ê T") and then cannot tell the wider gap between words from the gap between letters: both
// come out as one space. With the glyphs' positions the words come back: within such a run the
// usual gap is the letter spacing, and a word gap is wider by about a space.

/** Above the run's usual gap by this much (in ems), a gap separates two words. */
const WORD_GAP_EM = 0.15;
const MAX_SEARCH = 4000;

export function isLetterSpaced(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 4) return false;
  const short = tokens.filter((token) => [...token].length <= 2).length;
  return short >= 0.7 * tokens.length && /\p{L}/u.test(text);
}

/**
 * For each text item (by index) that is letter-spaced, its text with one space between words and
 * none between letters. Items and glyphs come in the same content-stream order; each item is
 * found in the glyph stream after the previous one.
 */
export function respaceLetterSpacedText(texts: string[], glyphs: PlacedGlyph[]): Map<number, string> {
  let stream = '';
  const owner: number[] = [];
  glyphs.forEach((glyph, index) => {
    for (const char of glyph.char.normalize('NFKC').replace(/\s/g, '')) {
      stream += char;
      owner.push(index);
    }
  });
  const result = new Map<number, string>();
  const shortRuns = new Map<number, string>();
  let cursor = 0;
  texts.forEach((text, index) => {
    const key = text.normalize('NFKC').replace(/\s+/g, '');
    if (!key) return;
    const position = stream.indexOf(key, cursor);
    if (position < 0 || position - cursor > MAX_SEARCH) return;
    cursor = position + key.length;
    const short = isShortSpacedRun(text);
    if (!short && !isLetterSpaced(text)) return;
    const first = owner[position]!;
    const last = owner[position + key.length - 1]!;
    const respaced = respace(glyphs.slice(first, last + 1));
    if (respaced) (short ? shortRuns : result).set(index, respaced);
  });
  // A short word of a spaced heading ("D E" in "C H E F  D E  R A N G") comes as an item of its own,
  // too short to tell from initials or a list of licences: it is a spaced word when the words
  // beside it are.
  for (const [index, respaced] of shortRuns) {
    if (result.has(neighbour(texts, index, -1)) || result.has(neighbour(texts, index, 1))) result.set(index, respaced);
  }
  return result;
}

/** Two or three single letters, one space apart ("D E", "E T", "L E S"). */
function isShortSpacedRun(text: string): boolean {
  return /^\p{L}(?: \p{L}){1,2}$/u.test(text.trim());
}

/** The nearest item before (-1) or after (+1) that holds more than spaces. */
function neighbour(texts: string[], index: number, step: -1 | 1): number {
  let at = index + step;
  while (at >= 0 && at < texts.length && !texts[at]!.trim()) at += step;
  return at;
}

function respace(run: PlacedGlyph[]): string | null {
  const letters: { glyph: PlacedGlyph; spaceBefore: boolean }[] = [];
  let space = false;
  for (const glyph of run) {
    if (/^\s*$/.test(glyph.char)) {
      space = true;
      continue;
    }
    letters.push({ glyph, spaceBefore: space });
    space = false;
  }
  if (letters.length < 2) return null;
  const gaps = letters.slice(1).map(({ glyph }, index) => {
    const previous = letters[index]!.glyph;
    const along = (glyph.startX - previous.endX) * previous.directionX + (glyph.startY - previous.endY) * previous.directionY;
    return along / (previous.size || 1);
  });
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
  let text = letters[0]!.glyph.char;
  letters.slice(1).forEach(({ glyph, spaceBefore }, index) => {
    if (spaceBefore || gaps[index]! > usual + WORD_GAP_EM) text += ' ';
    text += glyph.char;
  });
  return text.normalize('NFKC');
}
