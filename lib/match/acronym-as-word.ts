// A word in capitals inside a line written in lower case is an acronym or a name: "BET" (bureau
// d'études techniques) is not betting, "COINS" (a construction software) is not coining. Read alone,
// it may only be a label word that is itself written as a name or an acronym ("SAP", "Excel",
// "HACCP"), never an ordinary lower-case word that happens to share its letters or its stem.

import { foldText, hasLowerCaseRun } from '../taxonomy/label-words';

const CAPITALS = /^\p{Lu}[\p{Lu}\d-]{1,7}$/u;

/** True when the matched text is one capitals word of a mixed-case line and none of the concept's
 *  labels (any language) writes that word with a capital. */
export function isAcronymReadAsWord(matched: string, line: string, conceptLabels: () => string[]): boolean {
  const word = matched.trim();
  if (!CAPITALS.test(word) || !hasLowerCaseRun(line)) return false;
  const folded = foldText(word);
  return !conceptLabels().some((label) =>
    label.split(/[^\p{L}\d-]+/u).some((labelWord) => /^\p{Lu}/u.test(labelWord) && foldText(labelWord) === folded),
  );
}
