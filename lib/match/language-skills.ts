// Language knowledge ("English", "anglais", "interagir verbalement en kazakh") is a skill in ESCO and
// a savoir in ROME, but the profile already has a languages field with levels; suggesting it again as
// a skill would duplicate it. These concepts are recognised by their labels: a language name, or one
// of ESCO's language-skill patterns. The language names are read from the referential itself
// ("interact verbally in X" names X), so the list covers every language ESCO knows.

import { foldText, isStopWord, stemWord, wordsOf } from '../taxonomy/label-words';
import { LANGUAGES, type Referential } from '../taxonomy/referential';

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
  // "langue basque", "language Kazakh": a language only when the word is one ("language therapy" is not).
  const named = /^(?:langue|language)\s+(\w+)$/.exec(label)?.[1];
  if (names.has(label) || (named !== undefined && names.has(named))) return true;
  return LANGUAGE_SKILL_PATTERNS.some((pattern) => {
    const name = pattern.exec(label)?.[1];
    return name !== undefined && names.has(name);
  });
}

const cache = new WeakMap<Referential, Set<number>>();

/** First words of the labels above; a language-skill label holds one of them or a language name. */
const ANCHOR_WORDS = ['interagir', 'interact', 'comprendre', 'understand', 'ecrire', 'exprimer', 'write', 'langue', 'language'];

/** Labels holding any of the words (in either language's keys), found through the word index so
 *  the referential's labels are not all read. */
function labelsWithWords(referential: Referential, words: Iterable<string>): Set<number> {
  const labels = new Set<number>();
  for (const word of words) {
    for (const language of LANGUAGES) {
      if (isStopWord(word, language)) continue;
      const key = referential.keyIds.get(stemWord(word, language));
      if (key === undefined) continue;
      for (let i = referential.postingStart[key]!; i < referential.postingStart[key + 1]!; i++) labels.add(referential.postingLabels[i]!);
    }
  }
  return labels;
}

export function languageSkills(referential: Referential): Set<number> {
  let concepts = cache.get(referential);
  if (concepts) return concepts;
  const { labels } = referential;
  const folded = new Map<number, string>();
  const foldedLabel = (label: number): string => {
    let text = folded.get(label);
    if (text === undefined) folded.set(label, (text = foldText(labels.text.at(label)!).replace(/\s+/g, ' ').trim()));
    return text;
  };
  const names = new Set(KNOWN_LANGUAGE_NAMES.split(' '));
  const anchored = labelsWithWords(referential, ANCHOR_WORDS);
  for (const label of anchored) {
    for (const pattern of NAMING_PATTERNS) {
      const name = pattern.exec(foldedLabel(label))?.[1];
      if (name) names.add(name);
    }
  }
  const nameWords = new Set([...names].flatMap((name) => wordsOf(name).map((word) => word.folded)));
  concepts = new Set();
  for (const label of new Set([...anchored, ...labelsWithWords(referential, nameWords)])) {
    const concept = labels.concept[label]!;
    if (referential.concepts[concept]!.kind !== 'skill') continue;
    if (isLanguageSkillLabel(foldedLabel(label), names)) concepts.add(concept);
  }
  cache.set(referential, concepts);
  return concepts;
}
