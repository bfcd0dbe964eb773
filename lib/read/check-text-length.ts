import { CvError } from '../errors';
import type { ReadDocument } from '../types';

// The parse and match stages take time in proportion to the text, and more on some shapes of it (a
// line of digits for the phone search, a line of words for the skills). A CV of ten dense pages
// holds about 40,000 characters; a text far beyond that is another document (a book, a log, a data
// export renamed .txt), or one built to keep the engine busy. It is refused once read, with the
// message Word and OpenDocument files far too long get, instead of minutes of parsing.

/** Characters of text a read document may hold: the longest CVs of the test corpora hold under
 *  5,000, a 60-page PDF read to its 10-page limit 36,000. */
export const MAX_TEXT_CHARACTERS = 200_000;

export function checkTextLength(document: ReadDocument): void {
  let characters = 0;
  for (const line of document.lines) {
    characters += line.text.length;
    if (characters > MAX_TEXT_CHARACTERS) {
      throw new CvError('too-long', `more than ${MAX_TEXT_CHARACTERS} characters of text`, { maxCharacters: MAX_TEXT_CHARACTERS });
    }
  }
}
