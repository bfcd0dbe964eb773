import type { TextItem } from '../../types';

// "Fake bold": some PDF producers (report and form generators, older word processors, CV sites
// printing with a font that has no bold face) make text bold by drawing it two or three times a
// fraction of a point apart. The text layer then holds every copy, and a line read
// "Karim HADDADKarim HADDAD" or, drawn glyph by glyph, "KKaarriimm". A copy of the same text at
// nearly the same place is never something a reader sees twice: it is dropped, and the text it
// thickened is marked bold, which is what the reader sees.

/** How far apart two copies may be, as a share of the font height, along the line and across it
 *  (poppler's figures). Along the line it stays under the narrowest letter (an "l" of a condensed
 *  face is 0.18 em), so that "ll" drawn glyph by glyph stays two letters. */
export const ALONG = 0.1;
export const ACROSS = 0.2;

export function dropOverprintedText(items: TextItem[]): TextItem[] {
  const kept: TextItem[] = [];
  // Copies are looked up by their text and their top edge in whole points.
  const placed = new Map<string, TextItem[]>();
  const key = (text: string, y: number) => `${Math.floor(y)}\u0000${text}`;
  for (const item of items) {
    const text = item.text.trim();
    if (!text || !Number.isFinite(item.y) || !Number.isFinite(item.x)) {
      kept.push(item);
      continue;
    }
    // Bounded, so that a hostile font size cannot make the lookup walk millions of buckets.
    const reach = Math.min(ACROSS * item.height, 32);
    let original: TextItem | undefined;
    for (let y = Math.floor(item.y - reach); y <= Math.floor(item.y + reach) && !original; y += 1) {
      original = placed.get(key(text, y))?.find((other) => isCopy(other, item));
    }
    if (original) {
      original.bold = true;
      continue;
    }
    const copy = { ...item };
    const bucket = key(text, copy.y);
    const bucketed = placed.get(bucket);
    if (bucketed) bucketed.push(copy);
    else placed.set(bucket, [copy]);
    kept.push(copy);
  }
  return kept;
}

function isCopy(a: TextItem, b: TextItem): boolean {
  const height = Math.max(a.height, b.height);
  return (
    Math.abs(a.x - b.x) <= ALONG * height &&
    Math.abs(a.y - b.y) <= ACROSS * height &&
    Math.abs(a.height - b.height) <= 0.1 * height &&
    Math.abs(a.width - b.width) <= 0.1 * Math.max(a.width, b.width) + ALONG * height
  );
}
