// A name set apart from the header (signed at the foot of the page, under the photo of a template)
// is still the one the e-mail address spells: "SAMIR HADDAD" with samir.haddad@hotmail.fr. Looked
// for on the whole first page, only when the header gave no name, and only a line whose every
// word is in the address, so that no town, employer or heading is taken for it.
import type { TextLine } from '../../types';
import { extractEmail } from '../extract-email';
import { foldText } from '../fold-text';
import { nameWords } from './name-words';
import { splitName, toSuggestions, type NameSuggestion } from './split-name';

export function nameInEmail(lines: TextLine[]): NameSuggestion | undefined {
  // The CV's own address, as the contact field reads it (spelled "[at]" ones too).
  const local = extractEmail(lines)?.value.split('@')[0];
  if (!local) return undefined;
  const spelled = foldText(local).replace(/[^a-z]/g, '');
  const page = lines[0]?.page;
  for (const line of lines) {
    if (line.page !== page) continue;
    const text = line.text.trim();
    if (!nameWords(text)) continue;
    const words = foldText(text).split(/[\s'’-]+/).map((word) => word.replace(/[^a-z]/g, '')).filter(Boolean);
    if (words.length < 2 || !words.every((word) => word.length >= 2 && spelled.includes(word))) continue;
    const split = splitName(text);
    if (split) return toSuggestions(split, text, line.page, 0.85);
  }
  return undefined;
}
