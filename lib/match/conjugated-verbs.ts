// A CV written in the first person says its tasks with conjugated verbs: "Je préparais les
// commandes", "J'accueillais les clients", "Nous assurions le nettoyage", "J'ai préparé les
// commandes". The stemmer reads infinitives and action nouns ("préparer", "préparation"), not these
// forms ("préparais" is no key; "prépare" stems as "prépa"), so the task linked nothing. Right after
// "je" or "nous" (or "j'ai", "nous avons"), a word is read as the infinitive it conjugates, when a
// label of the referential writes that infinitive. Only there: elsewhere "-ais", "-ions" end nouns
// ("relais", "anglais", "missions").

import { stemWord, wordsOf, type Word } from '../taxonomy/label-words';
import { LANGUAGES, type Referential } from '../taxonomy/referential';

/** "je" or "j'", then a reflexive or object pronoun ("je m'occupais", "je les rangeais"), then
 *  the auxiliary of the past tense ("j'ai préparé"). Only the first person: "on", "il", "elle" are
 *  also English and other words ("on site"). */
const FIRST_PERSON_SINGULAR = /(?<![\p{L}\d])(?:je\s+|j['’]\s*)(?:m['’]\s*|me\s+|l['’]\s*|les\s+|leur\s+|lui\s+|y\s+|en\s+)?(ai\s+)?$/iu;
const FIRST_PERSON_PLURAL = /(?<![\p{L}\d])nous\s+(?:nous\s+|l['’]\s*|les\s+|leur\s+|lui\s+|y\s+|en\s+)?(avons\s+)?$/iu;

/** Endings of the first person in the imperfect and the present, longest first: "je préparais",
 *  "je remplissais", "nous assurions", "je prépare", "nous réceptionnons". */
const SINGULAR_ENDINGS = ['issais', 'ais', 'is', 'e'];
const PLURAL_ENDINGS = ['issions', 'issons', 'ions', 'ons'];
/** The past participle after "ai" or "avons": "préparé(e)(s)", "accueilli(e)(s)". */
const PARTICIPLE_ENDINGS = ['ees', 'ee', 'es', 'e', 'ies', 'ie', 'is', 'i'];
/** The infinitive's endings: "préparer", "accueillir" ("j'accueillais"), "vendre" ("je vendais"). */
const INFINITIVE_ENDINGS = ['er', 'ir', 're'];
/** Shorter words are pronouns, auxiliaries and little verbs ("suis", "fais", "ai"). */
const MIN_LENGTH = 5;

/** The referential key of the infinitive the word conjugates, when "je" or "nous" comes right
 *  before it; undefined otherwise or when the referential knows no such verb. */
export function conjugatedVerbKey(text: string, words: Word[], position: number, referential: Referential): number | undefined {
  const word = words[position]!;
  if (word.folded.length < MIN_LENGTH || !/^[a-z]+$/.test(word.folded)) return undefined;
  const before = text.slice(Math.max(0, word.start - 24), word.start);
  const singular = FIRST_PERSON_SINGULAR.exec(before);
  const plural = singular ? null : FIRST_PERSON_PLURAL.exec(before);
  if (!singular && !plural) return undefined;
  const endings = (singular ?? plural)![1] !== undefined ? PARTICIPLE_ENDINGS : singular ? SINGULAR_ENDINGS : PLURAL_ENDINGS;
  for (const ending of endings) {
    if (!word.folded.endsWith(ending)) continue;
    let root = word.folded.slice(0, -ending.length);
    // "je rangeais", "nous mangions": the "e" kept before "a" and "o" is no part of "ranger".
    if (/ge$/.test(root) && /^[ao]/.test(ending)) root = root.slice(0, -1);
    if (root.length < 3) continue;
    for (const infinitiveEnding of INFINITIVE_ENDINGS) {
      const infinitive = root + infinitiveEnding;
      const key = referential.keyIds.get(stemWord(infinitive, 'fr'));
      if (key !== undefined && writesInfinitive(referential, key, infinitive)) return key;
    }
  }
  return undefined;
}

const FRENCH = LANGUAGES.indexOf('fr');
const infinitivesCache = new WeakMap<Referential, Map<string, boolean>>();

/** Whether a French label writes this infinitive: the verb is one the referential knows, not a
 *  made-up form that only shares a stem ("je savais" is no "saver", whose stem is SAV's). */
function writesInfinitive(referential: Referential, key: number, infinitive: string): boolean {
  let cache = infinitivesCache.get(referential);
  if (!cache) infinitivesCache.set(referential, (cache = new Map()));
  const known = cache.get(infinitive);
  if (known !== undefined) return known;
  let found = false;
  // A verb made from its action noun ("réceptionner" from "réception", "conditionner"): the labels
  // may write the noun only ("réception des marchandises"), never that verb.
  const actionNoun = /ionner$/.test(infinitive) ? infinitive.slice(0, -3) : undefined;
  for (let p = referential.postingStart[key]!; p < referential.postingStart[key + 1]! && !found; p++) {
    const label = referential.postingLabels[p]!;
    if (referential.labels.language[label] !== FRENCH) continue;
    found = wordsOf(referential.labels.text.at(label)!).some((word) => word.folded === infinitive || word.folded === actionNoun);
  }
  cache.set(infinitive, found);
  return found;
}
