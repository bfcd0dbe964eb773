import type { PlacedGlyph } from './locate-glyphs';

// CVs stuffed for applicant-tracking systems hide keywords in white text on the white page, or in
// invisible text (render mode 3): a robot reads them, a counsellor would see skills that are not
// on the page. pdf.js keeps such text in its text layer, often in the same item as the visible
// text beside it ("Compétences : soudure" then, in white, " Python Java Kubernetes"), as a colour
// change does not end an item. Each item is cut to the parts whose glyphs are seen. The copies of
// fake bold drawn glyph by glyph (find-overprinted-glyphs.ts) are cut out the same way.

export interface SeenPart {
  text: string;
  /** The part's first and last glyphs: where it starts and ends on the page. */
  first: PlacedGlyph;
  last: PlacedGlyph;
  /** Thickened by copies drawn over it. */
  bold: boolean;
}

/** A glyph no one sees as text of its own: drawn unseen, or a copy drawn over another. */
export const isLeftOut = (glyph: PlacedGlyph): boolean => glyph.unseen || glyph.overprint === 'copy';

/** How far ahead of the previous item an item's glyphs are looked for. */
const MAX_SEARCH = 4000;

/**
 * For each text item (by index) that holds unseen glyphs, its seen parts (none when the whole item
 * is unseen). Items and glyphs come in the same content-stream order; each item is found in the
 * glyph stream after the previous one. An item not found there is kept whole.
 */
export function cutUnseenText(texts: string[], glyphs: PlacedGlyph[]): Map<number, SeenPart[]> {
  let stream = '';
  const owner: number[] = [];
  glyphs.forEach((glyph, index) => {
    for (const char of letters(glyph.char)) {
      stream += char;
      owner.push(index);
    }
  });
  const result = new Map<number, SeenPart[]>();
  let cursor = 0;
  texts.forEach((text, index) => {
    // Character by character, as seenParts walks it (NFKC may join a letter and its accent).
    const key = [...text].map(letters).join('');
    if (!key) return;
    const position = stream.indexOf(key, cursor);
    if (position < 0 || position - cursor > MAX_SEARCH) return;
    cursor = position + key.length;
    let leftOut = false;
    for (let at = position; at < cursor && !leftOut; at += 1) leftOut = isLeftOut(glyphs[owner[at]!]!);
    if (leftOut) result.set(index, seenParts(text, position, owner, glyphs));
  });
  return result;
}

/** The runs of the item's text drawn with seen glyphs; spaces go with the run they are in. */
function seenParts(text: string, position: number, owner: number[], glyphs: PlacedGlyph[]): SeenPart[] {
  const parts: SeenPart[] = [];
  let current: { text: string; first: PlacedGlyph | null; last: PlacedGlyph | null; bold: boolean } = { text: '', first: null, last: null, bold: false };
  const close = () => {
    const trimmed = current.text.trim();
    if (trimmed && current.first && current.last) parts.push({ text: trimmed, first: current.first, last: current.last, bold: current.bold });
    current = { text: '', first: null, last: null, bold: false };
  };
  let at = position;
  for (const char of text) {
    const count = letters(char).length;
    if (count === 0) {
      current.text += char;
      continue;
    }
    const glyph = glyphs[owner[at]!]!;
    at += count;
    if (glyph.overprint === 'copy') continue;
    if (glyph.unseen) {
      close();
      continue;
    }
    current.bold ||= glyph.overprint === 'thickened';
    current.first ??= glyph;
    current.last = glyphs[owner[at - 1]!]!;
    current.text += char;
  }
  close();
  return parts;
}

function letters(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}
