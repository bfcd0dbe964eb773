// Decides whether a page's text layer can be trusted or the page must be read by OCR. A scan has
// no text (or a few stray characters); a broken font mapping yields private-use glyphs, "(cid:12)"
// or control bytes; both go to OCR.

export type TextLayerVerdict = 'usable' | 'empty' | 'garbage';

const MIN_USABLE_CHARS = 40;

export function assessTextLayer(text: string): TextLayerVerdict {
  const visible = text.replace(/\s+/g, '');
  if (visible.length < MIN_USABLE_CHARS) return 'empty';
  let suspicious = 0;
  for (const char of visible) {
    const code = char.codePointAt(0)!;
    if ((code >= 0xe000 && code <= 0xf8ff) || code === 0xfffd || code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      suspicious += 1;
    }
  }
  suspicious += (text.match(/\(cid:\d+\)/g) ?? []).join('').length;
  if (suspicious / visible.length > 0.1) return 'garbage';
  // Random bytes mapped to glyphs: few real words. Real CVs have most tokens made of letters with
  // at least one vowel.
  const tokens = text.split(/\s+/).filter((token) => /\p{L}/u.test(token));
  if (tokens.length >= 10) {
    const wordLike = tokens.filter((token) => /^[\p{L}'’.,;:()\-/&+]+$/u.test(token) && /[aeiouyàâäéèêëîïôöùûüAEIOUY]/.test(token));
    if (wordLike.length / tokens.length < 0.35) return 'garbage';
  }
  return 'usable';
}
