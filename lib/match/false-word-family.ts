// The French stemmer gives one key to words of different families:
// - "-iste", "-isme" and "-ite" are stripped alike, so "graphiste" (a trade), "graphisme" (its
//   craft) and "graphite" (a mineral) share a key. An "-iste" practises an "-isme"; an "-ite" noun
//   is something else (a mineral, an inflammation: "graphite", "bronchite").
// - "-ement" is stripped too, so "équipe" (a team) and "équipement" (gear) share a key: "Entretien
//   de l'équipe" read "entretenir des équipements". Most such pairs are one family ("active" /
//   "activement", "encadré" / "encadrement", "je charge" / "chargement"), so only the nouns known
//   to name something else are kept apart.
// A CV word and a label word that share a key only through such a confusion are not one word.

import { stemWord, wordsOf } from '../taxonomy/label-words';
import { LANGUAGES, type Referential } from '../taxonomy/referential';

const AGENT_OR_CRAFT = /(?:iste|isme)s?$/;
const OTHER_NOUN = /ites?$/;
/** Nouns whose "-ement" word names another thing, as their folded singular. */
const NOT_THEIR_EMENT = new Set(['equipe']);
const FRENCH = LANGUAGES.indexOf('fr');

/** True when the two folded words share a stem only through the stemmer's confusion of suffixes. */
export function isFalseWordFamily(cvWord: string, labelWord: string): boolean {
  if ((AGENT_OR_CRAFT.test(cvWord) && OTHER_NOUN.test(labelWord)) || (OTHER_NOUN.test(cvWord) && AGENT_OR_CRAFT.test(labelWord))) return true;
  return isActionAndBareNoun(cvWord, labelWord) || isActionAndBareNoun(labelWord, cvWord);
}

/** "équipement" and "équipe(s)": a noun and the "-ement" word of its letters that names another thing. */
function isActionAndBareNoun(action: string, noun: string): boolean {
  const singular = noun.replace(/s$/, '');
  return NOT_THEIR_EMENT.has(singular) && (action === `${singular}ment` || action === `${singular}ments`);
}

/** CV words worth a look; most words end otherwise and cost nothing. */
const SUSPECT_ENDING = /(?:equipe|ement|ite|iste|isme)s?$/;

const otherFamilyCache = new WeakMap<Referential, Map<string, Set<number>>>();

/** Does the French label write this key only as a word of another family than the CV's word
 *  ("équipements" for the CV's "équipe")? Found once per CV word, over the labels holding its key. */
export function labelSaysOtherFamily(referential: Referential, label: number, key: number, cvWord: string): boolean {
  if (!SUSPECT_ENDING.test(cvWord)) return false;
  let cache = otherFamilyCache.get(referential);
  if (!cache) otherFamilyCache.set(referential, (cache = new Map()));
  const cacheKey = `${key}:${cvWord}`;
  let labels = cache.get(cacheKey);
  if (!labels) {
    labels = new Set();
    for (let p = referential.postingStart[key]!; p < referential.postingStart[key + 1]!; p++) {
      const other = referential.postingLabels[p]!;
      if (referential.labels.language[other] !== FRENCH) continue;
      const written = wordsOf(referential.labels.text.at(other)!)
        .map((word) => word.folded)
        .filter((folded) => referential.keyIds.get(stemWord(folded, 'fr')) === key);
      if (written.length > 0 && written.every((folded) => folded !== cvWord && isFalseWordFamily(cvWord, folded))) labels.add(other);
    }
    cache.set(cacheKey, labels);
  }
  return labels.has(label);
}
