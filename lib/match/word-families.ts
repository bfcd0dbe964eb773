// French job titles name a trade by its activity or by its agent: "Agent de magasinage" is a
// "magasinier", "Opérateur de montage" a "monteur", "Agent de recyclage" a "recycleur". The stemmer
// keeps those apart (magasin / magasini, mont / monteur), so a title and the referential's label
// share no word. The same holds for an adjective and its noun ("Technicien en agriculture" is the
// "technicien agricole"). A word family groups the stems that differ only by such a suffix, so that
// ranking can give a title word part credit for its relatives.

import type { Referential } from '../taxonomy/referential';

/** Stem endings of agents and trades ("monteur", "réparateur", "boulangerie", "magasinier",
 *  "architecture", "laminoir"; "-ur" of the -ure nouns, whose r the stemmer keeps), longest first;
 *  "-ement" of a trade the stemmer keeps whole ("nettoiement", a town's street cleaning, the
 *  "nettoyeur"'s trade). */
const FAMILY_ENDINGS = ['ateur', 'ement', 'eur', 'eri', 'ur', 'i', 'u', 'o'];
const MIN_ROOT = 4;
/** Adjective endings read as the noun they come from ("industriel" / "industrie", "agricole" /
 *  "agriculture", "bancaire" / "banque", "commercial" / "commerce"), tried before the agent's. */
const ADJECTIVE_ENDINGS: [string, string][] = [
  ['iell', ''], ['iel', ''], ['ial', ''], ['abil', 'abl'], ['col', 'cult'], ['ai', ''],
];

/** The family root of a French stem: its ending of agent or trade removed, "y" read as "i"
 *  ("nettoyeur" / "nettoiement"), a doubled final consonant single. */
export function familyRoot(stem: string): string {
  let root = stem.replace(/y/g, 'i');
  for (const [ending, noun] of ADJECTIVE_ENDINGS) {
    // "-ai" of "-aire" after a consonant only ("bancai", "alimentai").
    if (ending === 'ai' && /[aeiou]ai$/.test(root)) continue;
    if (root.endsWith(ending) && root.length - ending.length + noun.length >= MIN_ROOT) return root.slice(0, -ending.length) + noun;
  }
  for (const ending of FAMILY_ENDINGS) {
    // A final "i" is an agent's ("magasini-er") after a consonant only: "nettoi" keeps it.
    if (ending === 'i' && /[aeiou]i$/.test(root)) continue;
    if (root.endsWith(ending) && root.length - ending.length >= MIN_ROOT) {
      root = root.slice(0, -ending.length);
      break;
    }
  }
  // "maçonnerie" / "maçon", "conditionneur" / "conditionnement": a doubled final consonant is one.
  return root.replace(/([^aeiou])\1$/, '$1');
}

interface Families {
  /** Family root -> the keys of that family. */
  byRoot: Map<string, number[]>;
  /** Key -> the other keys of its family (only keys that have relatives appear). */
  relatives: Map<number, number[]>;
}

const families = new WeakMap<Referential, Families>();

function familiesOf(referential: Referential): Families {
  let built = families.get(referential);
  if (built) return built;
  const byRoot = new Map<string, number[]>();
  referential.vocabulary.forEach((stem, key) => {
    if (stem.length < MIN_ROOT || /\d/.test(stem)) return;
    const root = familyRoot(stem);
    const members = byRoot.get(root);
    if (members) members.push(key);
    else byRoot.set(root, [key]);
  });
  const relatives = new Map<number, number[]>();
  for (const members of byRoot.values()) {
    if (members.length < 2) continue;
    for (const key of members) relatives.set(key, members.filter((member) => member !== key));
  }
  built = { byRoot, relatives };
  families.set(referential, built);
  return built;
}

/** For each key, the other keys of its family. Built once per referential from its vocabulary. */
export function familyRelatives(referential: Referential): Map<number, number[]> {
  return familiesOf(referential).relatives;
}

/** The keys of the family of a French stem the referential does not know: "agriculteur" is no
 *  label word, but "agricole" and "agriculture" are; "usineur" finds "usine". */
export function familyOfUnknown(referential: Referential, stem: string): number[] {
  if (stem.length < MIN_ROOT + 2 || /\d/.test(stem)) return [];
  return familiesOf(referential).byRoot.get(familyRoot(stem)) ?? [];
}
