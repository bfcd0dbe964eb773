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
/** Pages with more items than this are not looked at (each small item is compared with all). */
const MAX_ITEMS = 20_000;

export function settleRaisedScripts(items: TextItem[]): TextItem[] {
  if (items.length > MAX_ITEMS) return items;
  return items.map((item) => {
    const chars = item.text.trim().length;
    if (chars === 0 || chars > MAX_SCRIPT_CHARS) return item;
    const line = items.find((other) => carries(other, item));
    return line ? { ...item, y: line.y + line.height - item.height } : item;
  });
}

/** `script` is a superscript at the end of `line`. */
function carries(line: TextItem, script: TextItem): boolean {
  if (line === script || line.text.trim() === '' || script.height > MAX_SIZE_RATIO * line.height) return false;
  const raise = line.y + line.height - (script.y + script.height);
  if (raise < MIN_RAISE * line.height || raise > MAX_RAISE * line.height) return false;
  const gap = script.x - (line.x + line.width);
  return gap >= -MAX_OVERLAP * line.height && gap <= MAX_GAP * line.height;
}
