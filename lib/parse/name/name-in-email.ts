// A name set apart from the header (signed at the foot of the page, under the photo of a template)
// is still the one the e-mail address spells: "SAMIR HADDAD" with samir.haddad@hotmail.fr. Looked
// for on the whole first page, only when the header gave no name, and only a line whose every
// word is in the address, so that no town, employer or heading is taken for it.
import type { TextLine } from '../../types';
import { extractEmail } from '../extract-email';
import { foldText } from '../fold-text';
import { nameWords } from './name-words';
import { splitName, toSuggestions, type NameOrder, type NameSuggestion } from './split-name';

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

/** The order an address tells of a name in one case: "KOWALCZYK ZBIGNIEW" with zkowalczyk@… or
 *  z.kowalczyk@… puts the first name's initial before the surname, so the surname is the first word.
 *  A full "prenom.nom" tells nothing sure: many write "nom.prenom". Nor does a name and an initial
 *  after it: "gintare.p@" is the first name and the surname's initial as often as the reverse. */
export function emailNameOrder(lines: TextLine[], name: string): NameOrder {
  const local = extractEmail(lines)?.value.split('@')[0];
  const words = foldText(name).split(/\s+/).map((word) => word.replace(/[^a-z]/g, ''));
  if (!local || words.length !== 2 || words.some((word) => word.length < 3)) return 'unknown';
  const spelled = foldText(local).replace(/[^a-z]/g, '');
  const [lead, tail] = words as [string, string];
  // The whole address, digits and dots aside: "zkowalczyk", "z.kowalczyk59".
  const initialThen = (initial: string, surname: string) => spelled === initial[0]! + surname;
  return initialThen(tail, lead) && !initialThen(lead, tail) ? 'surname-first' : 'unknown';
}
