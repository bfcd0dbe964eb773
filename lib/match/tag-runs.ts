// "JavaScript TypeScript React Node.js Express HTML5": a developer's stack written as tags, names
// one after another with only spaces between. Read whole, the line is longer than any label and
// each name a lone word in a long phrase, so nothing was found; the same names with commas gave
// seven skills. A run of names, some of them plainly technical (a digit, a dot, "SQL", an inner
// capital), is read name by name. Multi-word names ("Visual Studio Code") are still read in the
// whole line.

/** A name as tags write it: a capital or a digit first ("React", "HTML5", "3ds"), or an inner
 *  capital ("jQuery", "macOS"), then letters, digits and . + # -. */
const NAME = /^(?:[\p{Lu}\d][\p{L}\d.+#-]*|\p{Ll}+\p{Lu}[\p{L}\d.+#-]*|\.NET)$/u;
/** Plainly a technical name, not a capitalised word of a sentence or a place. */
const TECHNICAL = /\p{L}\d|[.+#]|\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u;
const JOINING_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'au', 'aux', 'pour', 'sur', 'avec', 'the', 'and', 'of', 'in', 'for', 'with', 'to', 'on', 'at']);
const MIN_NAMES = 4;
const MAX_NAMES = 40;
const MIN_TECHNICAL = 2;

/** The names of a run of tags, or undefined when the text is not one. */
export function tagRunNames(text: string): string[] | undefined {
  // A spaced slash between two tags is one more space ("HTML5 / CSS3"); "TCP/IP" stays one name.
  const names = text.trim().split(/\s+(?:\/\s+)?/).map((name) => name.replace(/[.,;:]+$/u, ''));
  if (names.length < MIN_NAMES || names.length > MAX_NAMES) return undefined;
  // Letters in every name: "06 52 17 83 40" is a phone number.
  if (!names.every((name) => NAME.test(name) && /\p{L}/u.test(name))) return undefined;
  if (names.filter((name) => TECHNICAL.test(name)).length < MIN_TECHNICAL) return undefined;
  // A line in capitals is a heading or a company ("SARL BTP SUD OUEST"), and a word that joins
  // ("DE", "and") makes a title or a sentence of it.
  if (!/\p{Ll}/u.test(text) || names.some((name) => JOINING_WORDS.has(name.toLowerCase()))) return undefined;
  return names;
}
