// Decides whether a page's text layer can be trusted or the page must be read by OCR. A scan has
// no text (or a few stray characters); a broken font mapping yields private-use glyphs, "(cid:12)"
// or control bytes; both go to OCR.

export type TextLayerVerdict = 'usable' | 'empty' | 'garbage';

const MIN_USABLE_CHARS = 40;

export function assessTextLayer(text: string): TextLayerVerdict {
  const visible = text.replace(/\s+/g, '');
  if (visible.length < MIN_USABLE_CHARS) return 'empty';
  if (countSuspicious(text) / visible.length > 0.1) return 'garbage';
  // Random bytes mapped to glyphs: few real words. Real CVs have most tokens made of letters with
  // at least one vowel.
  const tokens = text.split(/\s+/).filter((token) => /\p{L}/u.test(token));
  if (tokens.length >= 10) {
    const wordLike = tokens.filter((token) => /^[\p{L}'’.,;:()\-/&+]+$/u.test(token) && /[aeiouyàâäéèêëîïôöùûüAEIOUY]/.test(token));
    if (wordLike.length / tokens.length < 0.35) return 'garbage';
  }
  return 'usable';
}

/**
 * A line drawn in a font without a Unicode map (often only the headings' display font): mostly
 * private-use glyphs or "(cid:n)". The page may be good text otherwise, so this is judged line by
 * line: under the page's threshold such lines would be kept as junk and the headings lost.
 */
export function isJunkLine(text: string): boolean {
  const visible = text.replace(/\s+/g, '').length;
  const suspicious = countSuspicious(text);
  // A word's worth at least: a row of two or three icon-font glyphs (phone, mail) is not a heading,
  // nor a rating drawn with one or two glyphs of a symbol font ("●●●○○"), which a word never is:
  // each such line would cost the page an OCR pass for nothing to read.
  return suspicious >= 4 && suspicious / Math.max(1, visible) > 0.5 && distinctSuspicious(text) >= 3;
}

function distinctSuspicious(text: string): number {
  const glyphs = new Set([...text.replace(/\s+/g, '')].filter((char) => isSuspicious(char.codePointAt(0)!)));
  return glyphs.size + (/\(cid:\d+\)/.test(text) ? new Set(text.match(/\(cid:\d+\)/g)).size : 0);
}

function isSuspicious(code: number): boolean {
  return (code >= 0xe000 && code <= 0xf8ff) || code === 0xfffd || code < 0x20 || (code >= 0x7f && code < 0xa0);
}

function countSuspicious(text: string): number {
  let suspicious = 0;
  for (const char of text.replace(/\s+/g, '')) {
    if (isSuspicious(char.codePointAt(0)!)) suspicious += 1;
  }
  return suspicious + (text.match(/\(cid:\d+\)/g) ?? []).join('').length;
}
