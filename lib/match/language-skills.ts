// Language knowledge ("English", "anglais", "interagir verbalement en kazakh") is a skill in ESCO and
// a savoir in ROME, but the profile already has a languages field with levels; suggesting it again as
// a skill would duplicate it. These concepts are recognised by their labels: a language name, or one
// of ESCO's language-skill patterns. The language names are read from the referential itself
// ("interact verbally in X" names X), so the list covers every language ESCO knows.

import { foldText } from '../taxonomy/label-words';
import type { Referential } from '../taxonomy/referential';

const KNOWN_LANGUAGE_NAMES =
  'english french spanish german italian portuguese arabic chinese mandarin cantonese russian dutch polish ' +
  'romanian turkish japanese korean greek hindi urdu bengali persian hebrew swedish norwegian danish finnish ' +
  'czech slovak hungarian bulgarian croatian serbian slovenian ukrainian lithuanian latvian estonian albanian ' +
  'vietnamese thai berber tamil swahili wolof lingala catalan basque breton corsican occitan irish welsh ' +
  'anglais francais espagnol allemand italien portugais arabe chinois russe neerlandais polonais roumain turc ' +
  'japonais coreen grec hindi ourdou bengali persan hebreu suedois norvegien danois finnois tcheque slovaque ' +
  'hongrois bulgare croate serbe slovene ukrainien lituanien letton estonien albanais vietnamien thai berbere ' +
  'tamoul swahili wolof lingala catalan basque breton corse occitan irlandais gallois latin';

/** ESCO's language-skill labels; each captures the language it is about. */
const LANGUAGE_SKILL_PATTERNS = [
  /^interagir verbalement en (.+)$/,
  /^interact verbally in (.+)$/,
  /^comprendre (?:le |la |l')?(.+?) (?:ecrit|parle)$/,
  /^understand (?:written|spoken) (.+)$/,
  /^(?:ecrire|s'exprimer (?:oralement|par ecrit)) en (.+)$/,
  /^write (.+)$/,
];
/** The two that exist for every language ESCO knows: they name the languages. */
const NAMING_PATTERNS = LANGUAGE_SKILL_PATTERNS.slice(0, 2);

function isLanguageSkillLabel(label: string, names: Set<string>): boolean {
  if (names.has(label) || /^(?:langue|language)\s+\w+$/.test(label)) return true;
  return LANGUAGE_SKILL_PATTERNS.some((pattern) => {
    const name = pattern.exec(label)?.[1];
    return name !== undefined && names.has(name);
  });
}

const cache = new WeakMap<Referential, Set<number>>();

export function languageSkills(referential: Referential): Set<number> {
  let concepts = cache.get(referential);
  if (concepts) return concepts;
  const { labels } = referential;
  const folded = labels.text.map((text) => foldText(text).replace(/\s+/g, ' ').trim());
  const names = new Set(KNOWN_LANGUAGE_NAMES.split(' '));
  for (const label of folded) {
    for (const pattern of NAMING_PATTERNS) {
      const name = pattern.exec(label)?.[1];
      if (name) names.add(name);
    }
  }
  concepts = new Set();
  for (let label = 0; label < labels.text.length; label++) {
    const concept = labels.concept[label]!;
    if (referential.concepts[concept]!.kind !== 'skill') continue;
    if (isLanguageSkillLabel(folded[label]!, names)) concepts.add(concept);
  }
  cache.set(referential, concepts);
  return concepts;
}
