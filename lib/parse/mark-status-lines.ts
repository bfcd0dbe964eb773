// A short line under an item that only says where the item stands: "CACES R490 grue auxiliaire"
// then "– formation prévue en 2027", "(en cours d'obtention)", "- not renewed". What it says (not
// held, planned, a negation) is the item's: certificates leave it out, skills weigh it less. The
// line's shape is decided here, once; what its words mean stays with each reader.
import type { CvSection } from '../types';

/** At most this many words; at most STATUS_BARE_WORDS when it does not open with a dash or a bracket. */
const STATUS_WORDS = 7;
const STATUS_BARE_WORDS = 4;

/** Marks each line followed, on the same page and in the same section, by a line of that shape
 *  (TextLine.statusBelow); a reader keeps it only if its words give a status. The parse stage's own
 *  line objects are marked in place. */
export function markStatusLines(sections: CvSection[]): CvSection[] {
  for (const section of sections) {
    section.lines.forEach((line, index) => {
      const below = section.lines[index + 1];
      if (!below || below.page !== line.page) return;
      const text = below.text.trim();
      // Tokens after an opening dash: "PSC1 – échoué à l'examen" (5) is an item with its own status,
      // "– formation prévue en mars ou avril 2027" (7) a status.
      // Both lines dashed as items of one list, the one below opening with a capital: the next item
      // ("- Counterbalance & Reach Truck (RTITB)" / "- CSCS Green Card – expired 2022").
      if (/^[-–—]\s+\p{Lu}/u.test(text) && /^\s*[-–—]\s/u.test(line.text)) return;
      const body = text.replace(/^[-–—]\s*/u, '');
      const words = body === '' ? 0 : body.split(/\s+/).length;
      // A line ending with a colon or a dash announces what follows: "GWO ART :" / "session prévue en février 2027".
      const announced = /[:–—-]\s*$/u.test(line.text);
      if (words === 0 || words > STATUS_WORDS || (!announced && !/^[-–—(]/u.test(text) && words > STATUS_BARE_WORDS)) return;
      line.statusBelow = text;
    });
  }
  return sections;
}
