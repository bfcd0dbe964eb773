import type { TextItem } from '../../types';

// A superscript ("1re année", "4e arrondissement", "m3") is drawn smaller and a little above the
// line it belongs to: Word and browsers raise it by a quarter to a third of the text's height,
// more than rows tolerate between baselines. It then became a line of its own ("re") above its
// line, which lost it ("Licence 1 année"). A short, smaller item that starts where a larger
// item ends and sits raised on its line is put on that line's baseline, so it is read in place.
// Only the text layer goes through this: OCR reads superscripts inside their words.

const MAX_SCRIPT_CHARS = 4;
/** The script's font is at most this share of its line's. */
const MAX_SIZE_RATIO = 0.85;
/** Raised by this share of the line's font height: less is the same line, more is another line. */
const MIN_RAISE = 0.1;
const MAX_RAISE = 0.6;
/** The script starts at most this far (in line heights) before or after the end of the text it follows. */
const MAX_OVERLAP = 0.15;
const MAX_GAP = 0.3;
/** Lines looked at for one script, in the order of their ends: a page whose items all end at one place (a
 *  hostile file, a column of glyphs) is not compared all against all. */
const MAX_CANDIDATES = 32;

export function settleRaisedScripts(items: TextItem[]): TextItem[] {
  if (!items.some(isShort)) return items;
  // Lines by where they end: a script's line ends within a line height of where the script starts.
  const byEnd = items.filter((item) => item.text.trim() !== '').sort((a, b) => a.x + a.width - (b.x + b.width));
  const ends = byEnd.map((item) => item.x + item.width);
  const tallest = byEnd.reduce((most, item) => Math.max(most, item.height), 0);
  return items.map((item) => {
    if (!isShort(item)) return item;
    let at = firstAtLeast(ends, item.x - MAX_GAP * tallest);
    for (let looked = 0; at < byEnd.length && ends[at]! <= item.x + MAX_OVERLAP * tallest && looked < MAX_CANDIDATES; at += 1, looked += 1) {
      const line = byEnd[at]!;
      if (carries(line, item)) return { ...item, y: line.y + line.height - item.height };
    }
    return item;
  });
}

function isShort(item: TextItem): boolean {
  const chars = item.text.trim().length;
  return chars > 0 && chars <= MAX_SCRIPT_CHARS;
}

/** The index of the first value at least `value` in ascending `values`. */
function firstAtLeast(values: number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `script` is a superscript at the end of `line`. */
function carries(line: TextItem, script: TextItem): boolean {
  if (line === script || line.text.trim() === '' || script.height > MAX_SIZE_RATIO * line.height) return false;
  const raise = line.y + line.height - (script.y + script.height);
  if (raise < MIN_RAISE * line.height || raise > MAX_RAISE * line.height) return false;
  const gap = script.x - (line.x + line.width);
  return gap >= -MAX_OVERLAP * line.height && gap <= MAX_GAP * line.height;
}
