// ESCO says whom a skill works with in a placeholder word: "train employees", "supervise staff",
// "former le personnel". A CV names them: "Train new room attendants", "Formation des nouveaux
// câbleurs", "Encadrement de 5 vendeurs". A plural word naming people of a trade (a one-word
// occupation label) or newcomers ("apprentis", "trainees") stands for that placeholder.

import type { Language } from '../types';
import { foldText, stemWord } from '../taxonomy/label-words';
import { LANGUAGES, type Referential } from '../taxonomy/referential';
import type { PhraseWord } from './phrase-words';

/** The labels' placeholders for the people a skill works with. */
const PLACEHOLDERS: Record<Language, string[]> = {
  fr: ['personnel', 'employes', 'salaries', 'collaborateurs'],
  en: ['staff', 'employees', 'personnel', 'workers', 'colleagues'],
};

/** People no one-word occupation label names: newcomers, temps, the team's members. */
const NEWCOMERS: Record<Language, string[]> = {
  fr: ['apprentis', 'stagiaires', 'interimaires', 'saisonniers', 'recrues', 'arrivants', 'embauches', 'equipiers', 'operateurs', 'ouvriers', 'techniciens', 'agents'],
  en: ['apprentices', 'trainees', 'starters', 'recruits', 'juniors', 'operatives', 'operators', 'assistants', 'attendants', 'technicians', 'agents'],
};

interface PeopleKeys {
  placeholders: Set<number>;
  newcomers: Set<number>;
}

const peopleKeysCache = new WeakMap<Referential, PeopleKeys[]>();
const tradeWordsCache = new WeakMap<Referential, Set<string>[]>();

function keysOf(referential: Referential, words: string[], language: Language): Set<number> {
  const keys = new Set<number>();
  for (const word of words) {
    const key = referential.keyIds.get(stemWord(word, language));
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

/** Per language index: the placeholder keys of the labels and the keys of newcomer words. */
export function peopleKeys(referential: Referential, lang: number): PeopleKeys {
  let cached = peopleKeysCache.get(referential);
  if (!cached) {
    cached = LANGUAGES.map((language) => ({
      placeholders: keysOf(referential, PLACEHOLDERS[language], language),
      newcomers: keysOf(referential, NEWCOMERS[language], language),
    }));
    peopleKeysCache.set(referential, cached);
  }
  return cached[lang]!;
}

/** Per language index: the one-word occupation labels as written, folded ("vendeur", "cashier",
 *  "barista"). Written words, not keys: the stemmer gives "commandes" the key of "commandant". */
export function tradeWords(referential: Referential): Set<string>[] {
  let cached = tradeWordsCache.get(referential);
  if (cached) return cached;
  cached = LANGUAGES.map(() => new Set<string>());
  const { labels } = referential;
  for (let label = 0; label < labels.text.length; label++) {
    if (referential.concepts[labels.concept[label]!]!.kind !== 'occupation') continue;
    // "vendeur/vendeuse": each form is a label of its own.
    for (const form of foldText(labels.text.at(label)!).split('/')) {
      const word = form.trim();
      if (/^[a-z-]+$/.test(word)) cached[labels.language[label]!]!.add(word);
    }
  }
  tradeWordsCache.set(referential, cached);
  return cached;
}

/** Positions of the phrase's words that can stand for a label's placeholder: plural, and people
 *  of a trade or newcomers. "Formation de vendeuse" (one's own training) names no one trained. */
export function peopleStandIns(words: PhraseWord[], lang: number, referential: Referential): number[] {
  const { placeholders, newcomers } = peopleKeys(referential, lang);
  const trades = tradeWords(referential)[lang]!;
  const positions: number[] = [];
  words.forEach((word, position) => {
    const key = word.keys[lang]!;
    if (key < 0 || placeholders.has(key) || !/[^s][sx]$/.test(word.folded)) return;
    if (!newcomers.has(key) && !trades.has(word.folded.slice(0, -1))) return;
    if (!forOrWith(words, position)) positions.push(position);
  });
  return positions;
}

/** Words between a preposition and the people it introduces ("pour les 3 nouveaux avocats"). */
const DETERMINERS = /^(?:les|des|aux|nos|ses|mes|leurs|de|d|l|the|our|their|his|her|my|new|nouveaux|nouvelles|jeunes|junior|\d+)$/;
/** "Préparation des dossiers pour les avocats", "with the nurses": the people are whom the work is
 *  for or done with, not whom it trains or manages. */
const FOR_OR_WITH = /^(?:pour|avec|aupres|par|for|with|by|alongside)$/;

function forOrWith(words: PhraseWord[], position: number): boolean {
  for (let i = position - 1; i >= 0; i--) {
    const folded = words[i]!.folded;
    if (FOR_OR_WITH.test(folded)) return true;
    if (!DETERMINERS.test(folded)) return false;
  }
  return false;
}
