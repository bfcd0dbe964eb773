// Another way to hide keywords from a reader but not from a robot: a font so small that the line
// is a grey hairline on the page (1 point or less), or a text matrix of size zero. Small print a
// reader can read (a 5-point footer) is far above the bound. The item's width must be as small as
// its height says, so that a font whose size lives in its own matrix (a Type 3 font drawn at
// "1 Tf", whose height pdf.js may give as 1) is not taken for small print: its letters are wide.

/** Below this share of the page's shorter side (2 points on A4), text is too small to read. The
 *  shorter side, so that a page as long as a web page saved whole keeps its small print. */
const MIN_SIZE_SHARE = 1 / 300;
/** An average letter is well over this share of the font size wide (a Helvetica "i" is 0.22). */
const MIN_ADVANCE_EM = 0.6;

/**
 * Whether a text item is drawn too small for anyone to read: `height` is its drawn size (from its
 * transform, 0 when degenerate), `width` its advance, `pageSize` the page's shorter side, all in
 * page units.
 */
export function isMicroText(text: string, height: number, width: number, pageSize: number): boolean {
  const letters = text.replace(/\s/g, '').length;
  if (letters === 0 || !(pageSize > 0)) return false;
  const bound = pageSize * MIN_SIZE_SHARE;
  return Math.abs(height) < bound && Math.abs(width) < bound * MIN_ADVANCE_EM * letters;
}
