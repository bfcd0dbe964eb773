import { ACROSS, ALONG } from './drop-overprinted-text';
import type { PlacedGlyph } from './locate-glyphs';

// Fake bold drawn glyph by glyph: some generators thicken a heading by drawing each letter twice
// (or three times) a fraction of a point apart before moving to the next one. pdf.js breaks its
// text items at every step back, so no item is a copy of another ('C', 'Co', 'om', 'mp'…) and the
// line read "CCoommppéétteenncceess". The copies are found among the glyphs: the same letter
// starting within a tenth of an em of one drawn just before it.

/** How many glyphs back a copy's original may be: a letter drawn three times is two back. */
const LOOK_BACK = 4;

/**
 * Whether the page's text, in drawing order, has letters doubled three times in a row ("CCoomm"):
 * glyphs are placed only then. A real word may do it too ("bookkeeper"): the glyphs tell.
 */
export function mayBeOverprintedGlyphByGlyph(texts: string[]): boolean {
  return /(\p{L})\1(\p{L})\2(\p{L})\3/u.test(texts.join('').replace(/\s/g, ''));
}

/** Marks each glyph drawn over an earlier glyph of the same letter as a copy, and that one as thickened. */
export function markOverprintedGlyphs(glyphs: PlacedGlyph[]): void {
  for (const [index, glyph] of glyphs.entries()) {
    if (!glyph.char.trim()) continue;
    for (let back = index - 1; back >= Math.max(0, index - LOOK_BACK); back -= 1) {
      const earlier = glyphs[back]!;
      if (earlier.overprint === 'copy' || earlier.char !== glyph.char || !overprints(earlier, glyph)) continue;
      glyph.overprint = 'copy';
      earlier.overprint = 'thickened';
      break;
    }
  }
}

function overprints(earlier: PlacedGlyph, later: PlacedGlyph): boolean {
  const size = Math.max(earlier.size, later.size);
  const dx = later.startX - earlier.startX;
  const dy = later.startY - earlier.startY;
  const along = dx * earlier.directionX + dy * earlier.directionY;
  const across = -dx * earlier.directionY + dy * earlier.directionX;
  return Math.abs(along) <= ALONG * size && Math.abs(across) <= ACROSS * size && Math.abs(earlier.size - later.size) <= 0.1 * size;
}
