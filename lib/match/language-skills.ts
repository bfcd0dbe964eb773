// Language knowledge ("English", "anglais", "Spanish") is a skill in ESCO and a savoir in ROME, but
// the profile already has a languages field with levels; suggesting it again as a skill would
// duplicate it. These concepts are recognised by their label being a language name.

import { foldText } from '../taxonomy/label-words';
import type { Referential } from '../taxonomy/referential';

const LANGUAGE_NAMES = new Set(
  (
    'english french spanish german italian portuguese arabic chinese mandarin cantonese russian dutch polish ' +
    'romanian turkish japanese korean greek hindi urdu bengali persian hebrew swedish norwegian danish finnish ' +
    'czech slovak hungarian bulgarian croatian serbian slovenian ukrainian lithuanian latvian estonian albanian ' +
    'vietnamese thai berber tamil swahili wolof lingala catalan basque breton corsican occitan irish welsh ' +
    'anglais francais espagnol allemand italien portugais arabe chinois russe neerlandais polonais roumain turc ' +
    'japonais coreen grec hindi ourdou bengali persan hebreu suedois norvegien danois finnois tcheque slovaque ' +
    'hongrois bulgare croate serbe slovene ukrainien lituanien letton estonien albanais vietnamien thai berbere ' +
    'tamoul swahili wolof lingala catalan basque breton corse occitan irlandais gallois latin'
  ).split(' '),
);

const cache = new WeakMap<Referential, Set<number>>();

export function languageSkills(referential: Referential): Set<number> {
  let concepts = cache.get(referential);
  if (concepts) return concepts;
  concepts = new Set();
  for (let label = 0; label < referential.labels.text.length; label++) {
    if (referential.labels.type[label] !== 0) continue;
    const concept = referential.labels.concept[label]!;
    if (referential.concepts[concept]!.kind !== 'skill') continue;
    const name = foldText(referential.labels.text[label]!).trim();
    if (LANGUAGE_NAMES.has(name) || /^(?:langue|language)\s+\w+$/.test(name)) concepts.add(concept);
  }
  cache.set(referential, concepts);
  return concepts;
}
