// A programming language or a piece of software named as the referential spells it ("SQL",
// "TypeScript", "C#", "WordPress"): ESCO files these as knowledge, and a knowledge concept is more
// often a field merely mentioned ("Informatique", "statistics") than one practised. A tool named
// letter for letter, capitals included, is one the person uses: it is read as a skill, not a field.

/** A name, not a common word: a capital inside it ("SQL", "TypeScript") or a digit or symbol ("C#",
 *  "C++", "CSS3"). Not a capital at the start alone: a sentence-case label ("Agile development") names
 *  no product, and one-word names are often common words too ("Source", "Chef", "Swift"; "Carl
 *  Source" is a maintenance software, not ESCO's "Source"). */
const NAMED = /^.+\p{Lu}|[\d#+]/u;

/** True when the label is a product or language name and the CV wrote exactly it. */
export function isNamedToolWrittenAsIs(matched: string, labelText: string): boolean {
  const label = labelText.trim();
  return label.length > 0 && matched.trim() === label && NAMED.test(label);
}
