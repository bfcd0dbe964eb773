// A CV without a "Profil" heading writes its summary under the name: "Hard-working warehouse
// operative with six years' experience… Happy to work shifts, nights and overtime." The parse stage
// leaves it in the header, which is not read for skills (name, headline, contact). A sentence there
// is the person's summary and is read as a profile is; contact lines and a headline are not, nor
// the job sought that often ends it ("Je recherche un CDI en support de proximité…"): its words
// are wishes, not skills shown.
import type { TextLine } from '../types';

/** Fewer words than this is a headline ("Auxiliaire de vie sociale – Accompagnante éducative"). */
const SENTENCE_WORDS = 12;
const CONTACT = /@|https?:\/\/|www\.|linkedin|github|\+?\d[\d .-]{7,}\d|\b\d{5}\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s*\d[A-Z]{2}\b/u;
const JOB_SOUGHT =
  /(?<![\p{L}])(?:je\s+(?:recherche|cherche|souhaite|voudrais|aimerais)|(?:à|a)\s+la\s+recherche|en\s+recherche|(?:i\s+am|i['’]m)\s+(?:looking|seeking|hoping)|looking\s+for|seeking|would\s+like\s+to)(?![\p{L}])/iu;

/** The summary a header line holds, up to the sentence of the job sought; undefined when the line
 *  is a name, a headline or contact details. */
export function headerSummary(line: TextLine): TextLine | undefined {
  let text = line.text;
  const sought = JOB_SOUGHT.exec(text);
  if (sought) {
    // Back to the start of that sentence.
    const before = text.slice(0, sought.index);
    const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
    text = end < 0 ? '' : text.slice(0, end + 1);
  }
  const words = text.trim().split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < SENTENCE_WORDS || CONTACT.test(text)) return undefined;
  // Prose: mostly lower-case words (an address or a list of names is capitalised).
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  if (lower * 2 <= words.length) return undefined;
  return text === line.text ? line : { ...line, text };
}
