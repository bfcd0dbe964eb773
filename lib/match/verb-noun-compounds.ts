// French names of things made of a verb and its object ("chauffe-eau", "garde-corps", "monte-charge",
// "pare-brise") are split into words like any hyphenated word. One half alone then reads as a skill
// the thing has nothing to do with: "robinetterie et chauffe-eau" gave "installer un chauffage au
// bois", "monte-charge" would give "charger". A label that says both halves ("laver la vaisselle"
// for "lave-vaisselle") still reads whole.

import { STOP_WORD, type PhraseWord } from './phrase-words';

/** Verb forms that start the French verb-object compounds CVs write (objects, tools, clothes). */
const VERB_FORMS = new Set(
  ('abat attrape brise cache casse chasse chauffe compte coupe couvre cure essuie fixe garde gratte grille ' +
    'hache leve lance lave monte ouvre pare passe perce pese pince plie porte pousse presse protege ramasse ' +
    'range rase rince sauve serre seche souffle taille tire tourne vide').split(' '),
);

/** Positions of the two halves of each verb-object compound of the phrase, each to the other. */
export function verbNounCompoundHalves(text: string, words: PhraseWord[]): Map<number, number> {
  const halves = new Map<number, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const verb = words[i]!;
    const object = words[i + 1]!;
    if (text.slice(verb.end, object.start) !== '-' || !VERB_FORMS.has(verb.folded)) continue;
    // "porte-à-porte", "pousse-à-la-roue": a preposition after the verb: no object, so no such compound.
    if (object.keys.every((key) => key === STOP_WORD)) continue;
    halves.set(i, i + 1);
    halves.set(i + 1, i);
  }
  return halves;
}
