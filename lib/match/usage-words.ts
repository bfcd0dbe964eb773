// Words that say only "using" a tool: "Utilisation de l'autolaveuse", "Maniement du gerbeur",
// "Using a pallet truck", "Operating the floor scrubber". A tool named with one of them is the skill
// of using it, as sure as the tool named alone: the word is the skill's own verb, not another
// thing the phrase speaks of.
import { STOP_WORD, type PhraseWord } from './phrase-words';

const USAGE_WORDS = new Set([
  'utilisation', 'utiliser', 'utilise', 'maniement', 'manier', 'pilotage', 'piloter',
  'use', 'uses', 'using', 'used', 'operating', 'operate', 'operates', 'operation', 'operated',
]);

/** Whether the content word nearest before `position` (stop words skipped) is a usage word. */
export function usageWordBefore(words: readonly PhraseWord[], position: number, lang: number): boolean {
  for (let index = position - 1; index >= 0; index--) {
    const word = words[index]!;
    if (word.keys[lang] === STOP_WORD) continue;
    return USAGE_WORDS.has(word.folded);
  }
  return false;
}
