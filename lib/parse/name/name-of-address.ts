// A CV that writes the name nowhere but in its e-mail address ("CURRICULUM VITAE – Menuisier
// poseur", then "lucas.fontaine35@orange.fr"): the address's two words are the name, when one of
// them is a known given name and the other is not, which tells the order. Said with a low
// confidence: the counsellor checks it against the candidate.
import type { TextLine } from '../../types';
import { extractEmail } from '../extract-email';
import { givenNameWeight } from './given-names';
import type { NameSuggestion } from './split-name';

export function nameOfAddress(lines: TextLine[]): NameSuggestion | undefined {
  const email = extractEmail(lines);
  if (!email) return undefined;
  // "lucas.fontaine35", "fontaine_lucas", "lucas-fontaine": two words of letters apart.
  const words = email.value.split('@')[0]!.replace(/\d+/g, ' ').split(/[._\s-]+/).filter(Boolean);
  if (words.length !== 2 || words.some((word) => !/^\p{L}{2,}$/u.test(word))) return undefined;
  const [a, b] = words.map((word) => givenNameWeight(word)) as [number, number];
  if (a === b) return undefined;
  const [first, last] = a > b ? words : [words[1]!, words[0]!];
  const evidence = { text: email.evidence.text, page: email.evidence.page };
  const displayCase = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return {
    firstName: { value: displayCase(first!), confidence: 0.5, evidence },
    lastName: { value: displayCase(last!), confidence: 0.5, evidence },
  };
}
