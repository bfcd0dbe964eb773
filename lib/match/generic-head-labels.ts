// One-word alternative labels that are only a head noun many other trades share: ESCO lists
// "installer" for the tent installer, "fitter" for the welder, "assistant" for the secretary,
// "inspecteur" for the police officer, as search terms. A title that says more than that word
// ("HVAC Installer", "Shop Fitter", "Inspecteur qualité") is not read as that one trade among the
// dozens the head noun names; the title said exactly ("Installer") still is.

import { LABEL_TYPES, LANGUAGES, labelKeyIds, type Referential } from '../taxonomy/referential';

/** Other occupations whose titles end (English) or start (French) with the word: beyond this many,
 *  the word is a family of trades, not one. */
const MIN_OTHER_OCCUPATIONS = 8;

const cache = new WeakMap<Referential, Set<number>>();

/** Ids of the occupation labels that are such a bare, shared head noun. */
export function genericHeadLabels(referential: Referential): Set<number> {
  const known = cache.get(referential);
  if (known) return known;
  const { labels, concepts } = referential;
  const isOccupation = (label: number) => concepts[labels.concept[label]!]!.kind === 'occupation';
  // (language, head key) -> occupations with a title of several words on that head.
  const occupationsByHead = new Map<string, Set<number>>();
  const singleWord: number[] = [];
  for (let label = 0; label < labels.concept.length; label++) {
    if (!isOccupation(label)) continue;
    const keys = labelKeyIds(referential, label);
    if (keys.length === 1) {
      if (LABEL_TYPES[labels.type[label]!] === 'alternative' || LABEL_TYPES[labels.type[label]!] === 'hidden') singleWord.push(label);
      continue;
    }
    if (keys.length === 0) continue;
    const language = labels.language[label]!;
    const head = LANGUAGES[language] === 'en' ? keys[keys.length - 1]! : keys[0]!;
    const key = `${language}:${head}`;
    const occupations = occupationsByHead.get(key) ?? new Set<number>();
    occupations.add(labels.concept[label]!);
    occupationsByHead.set(key, occupations);
  }
  const generic = new Set<number>();
  for (const label of singleWord) {
    const occupations = occupationsByHead.get(`${labels.language[label]}:${labelKeyIds(referential, label)[0]}`);
    if (!occupations) continue;
    const others = occupations.size - (occupations.has(labels.concept[label]!) ? 1 : 0);
    if (others >= MIN_OTHER_OCCUPATIONS) generic.add(label);
  }
  cache.set(referential, generic);
  return generic;
}
