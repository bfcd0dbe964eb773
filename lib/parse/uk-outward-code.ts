// A UK postcode may be written by its first half only, the district: "Cardiff CF14", "Leeds, West
// Yorkshire LS6". It tells the town without being a postcode a form would take, so it is read
// past, not kept.

/** The district half of a UK postcode ending a part: one or two area letters, the district. A
 *  language level ("Anglais B2", "English C1") has the same shape and is left alone. */
const OUTWARD_CODE = /\s+([A-Z]{1,2}\d[A-Z\d]?)$/;
const LANGUAGE_LEVEL = /^[ABC][12]$/;

/** The text without a UK district code at its end; the text itself when there is none. */
export function withoutOutwardCode(text: string): string {
  const match = OUTWARD_CODE.exec(text);
  if (!match || LANGUAGE_LEVEL.test(match[1]!)) return text;
  return text.slice(0, match.index);
}
