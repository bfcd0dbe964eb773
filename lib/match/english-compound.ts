// English joins two nouns without a hyphen: "site reliability", "data integrity", "energy
// efficient", "reliability engineering". A quality word inside such a compound is a thing's
// ("the site's reliability"), not the person's. French writes the thing with "de" ("fiabilité du
// site"), which the savoir-être reader already leaves to its owner; English needs the words around.
// Without a tagger, a word before the quality is taken as the person's ("Proven", "Highly",
// "great", "and") when it is a function word, a word of degree or shaped like an adjective or adverb;
// any other word is a noun that owns it.

/** Words before a quality that leave it the person's: function words, degree, showing it. */
const PERSON_BEFORE = new Set([
  'a', 'an', 'and', 'or', 'but', 'plus', 'with', 'in', 'for', 'to', 'as', 'at', 'on', 'by', 'under', 'my', 'our', 'own', 'very', 'most', 'more', 'much', 'so', 'real', 'true', 'high', 'great', 'good', 'strong', 'top', 'big', 'total', 'full', 'deep', 'solid', 'sound', 'keen', 'clear', 'quick', 'fast', 'utmost', 'genuine', 'proven', 'natural', 'show', 'shows', 'showing', 'bring', 'brings', 'bringing', 'display', 'displays', 'displaying', 'demonstrate', 'demonstrates', 'demonstrating', 'outstanding', 'unwavering', 'work', 'works', 'working', 'act', 'acts', 'acting', 'am', 'is', 'are', 'be', 'being', 'known', 'also', 'always', 'hard', 'well', 'extremely', 'i', 'who', 'whose', 'their', 'highest', 'absolute', 'complete', 'personal',
]);
/** Adjectives and adverbs by their ending ("reliable", "careful", "honest", "highly"). */
const ADJECTIVE_SHAPE = /(?:ly|al|ive|ent|ant|ful|ous|ic|able|ible|ed|est|ish|less|ile|ary)$/;
/** Nouns of a quality ("reliability", "honesty", "leadership"), which a following noun would
 *  turn into a modifier ("reliability engineering", "integrity checks"). */
const QUALITY_NOUN = /(?:ity|ness|ship|ence|ance|ency|ancy|ment|ism|esty|athy|ion)$/;
/** Words after a quality noun that leave it the person's: function words and the words saying it
 *  is a quality ("leadership skills", "flexibility with hours"). */
const PERSON_AFTER = new Set(['and', 'or', 'but', 'with', 'in', 'at', 'to', 'for', 'under', 'when', 'as', 'on', 'of', 'skills', 'skill', 'qualities', 'quality', 'abilities', 'ability', 'attitude', 'mindset', 'values', 'and/or']);

/** Whether the English wording at words[start, start + size) is half of a compound whose head is
 *  another noun: a noun before a one-word quality ("site reliability"; a longer wording says more
 *  than a noun: "experience working under pressure"), or a noun after a quality noun. Words are
 *  folded. */
export function isInEnglishCompound(words: readonly string[], start: number, size: number): boolean {
  const before = words[start - 1];
  if (size === 1 && before !== undefined && !PERSON_BEFORE.has(before) && !ADJECTIVE_SHAPE.test(before) && /^[a-z]+$/.test(before)) return true;
  const after = words[start + size];
  const last = words[start + size - 1]!;
  return after !== undefined && QUALITY_NOUN.test(last) && /^[a-z]+$/.test(after) && !PERSON_AFTER.has(after);
}
