// A label that is an acronym ("POS", "POs", "SAP", "BIM") names one thing by its letters: the CV must
// write those letters. "Atelier et pose" had read "POS" (point of sale) through the stem of "pose",
// and a cash register came out of a locksmith's workshop. Read through a stem or a plural, an
// acronym label is some other word.

import { foldText } from '../taxonomy/label-words';

/** An acronym: two to six capitals (digits and a final lower-case plural "s" allowed: "POs", "ERPs"). */
const ACRONYM_LABEL = /^\p{Lu}[\p{Lu}\d]{1,5}s?$/u;

/** True when the label is one acronym and the CV's matched text is not those letters. */
export function isWordReadAsAcronym(matched: string, labelText: string): boolean {
  const label = labelText.trim();
  if (!ACRONYM_LABEL.test(label)) return false;
  // "GPs" is the plural of GP (doctors), not GPS: a capital S belongs to the acronym, a small one
  // after capitals makes another acronym plural.
  if (/^\p{Lu}[\p{Lu}\d]*s$/u.test(matched.trim()) && /\p{Lu}S$/u.test(label)) return true;
  const letters = (text: string) => foldText(text).replace(/[^a-z0-9]/g, '');
  const written = letters(matched);
  const acronym = letters(label);
  // A plural either way ("HGVs" for "HGV", "PO" for "POs") is still the acronym.
  const singular = (text: string) => text.replace(/s$/, '');
  return singular(written) !== singular(acronym);
}
