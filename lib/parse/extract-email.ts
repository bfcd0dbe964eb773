// Finds the candidate's e-mail address. The first address of the CV wins: it sits in the header,
// while later ones tend to belong to referees or employers.
import type { Suggestion, TextLine } from '../types';

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?:\s?@\s?)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/** An address written to fool robots: "marie.dupont [at] gmail [dot] com", "(arobase)", "(point)". */
const SPELLED_AT = /\s*[[(]\s*(?:at|arobase)\s*[\])]\s*|\s+arobase\s+/gi;
const SPELLED_DOT = /\s*[[(]\s*(?:dot|point)\s*[\])]\s*/gi;
const SPELLED = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?:\s*[[(]\s*(?:at|arobase)\s*[\])]\s*|\s+arobase\s+)[A-Za-z0-9-]+(?:(?:\s*[[(]\s*(?:dot|point)\s*[\])]\s*|\.)[A-Za-z0-9-]+)+/i;

/** Spaces a PDF put around the dots of the domain ("marie@gmail .com", "x @ hotmail . fr"): read
 *  only before a common ending, so that a sentence's full stop after an address is not taken in. */
const SPACED_DOTS = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+\s?@\s?[A-Za-z0-9-]+(?:\s?\.\s?[A-Za-z0-9-]+)*?\s?\.\s?(?:com|fr|net|org|eu|be|ch|lu|ca|uk|ie|io|info)(?![A-Za-z0-9])/i;
/** An address a template spaced out letter by letter, as it spaces names ("S O P H I E"):
 *  "s o p h i e . m a r t i n @ g m a i l . c o m". */
const LETTER_SPACED = /(?<!\S)(?<!(?<!\S)[A-Za-z0-9._%+-] )(?:[A-Za-z0-9._%+-] ){2,}@(?: [A-Za-z0-9.-]){4,}(?!\S)/;

/** An address whose domain lost its dot in a scan ("k.hamdi69@hotmailfr"): read back only for the
 *  big webmail providers, whose names tell where the ending starts. */
const LOST_DOT = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+@(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|aol|gmx|orange|wanadoo|free|sfr|laposte|neuf|bbox|btinternet|sky|protonmail))(com|fr|net|co\.uk|be|ch)(?![A-Za-z0-9])/i;

// Each pattern starts where its run of address characters starts (a lookbehind says so): the
// match found is the same, since a match inside a run is a match from its start too, but a long
// run with no "@" (100,000 letters, or letters spaced out "a b c …") is tried once, not once per
// character, which took seconds to minutes.

export function extractEmail(lines: TextLine[]): Suggestion | undefined {
  for (const line of lines) {
    const match = EMAIL.exec(line.text);
    if (match) {
      const value = match[0].replace(/\s/g, '').toLowerCase();
      return { value, confidence: 0.98, evidence: { text: match[0], page: line.page } };
    }
    const spelled = SPELLED.exec(line.text);
    if (spelled) {
      const value = spelled[0].replace(SPELLED_AT, '@').replace(SPELLED_DOT, '.').replace(/\s/g, '').toLowerCase();
      // Read back from words: a little less sure than an address written as such.
      if (EMAIL.test(value)) return { value, confidence: 0.9, evidence: { text: spelled[0], page: line.page } };
    }
    const dotted = SPACED_DOTS.exec(line.text);
    if (dotted) return { value: dotted[0].replace(/\s/g, '').toLowerCase(), confidence: 0.9, evidence: { text: dotted[0], page: line.page } };
    const spaced = LETTER_SPACED.exec(line.text);
    if (spaced) {
      const value = spaced[0].replace(/ /g, '').toLowerCase();
      if (EMAIL.test(value)) return { value, confidence: 0.9, evidence: { text: spaced[0], page: line.page } };
    }
    const undotted = LOST_DOT.exec(line.text);
    if (undotted) return { value: `${undotted[1]}.${undotted[2]}`.toLowerCase(), confidence: 0.8, evidence: { text: undotted[0], page: line.page } };
  }
  return undefined;
}
