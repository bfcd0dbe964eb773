// Words that say how much or how a job was held, not what was done in it: "part-time", "temps
// partiel", "mi-temps". Read as content, "Sales Assistant (part-time)" said "sell vehicle
// parts" and "mi-temps" said "gérer le temps". The words of these set phrases are not skill words.

import type { Word } from '../taxonomy/label-words';

/** Folded word sequences, each a set phrase whose words say nothing of a skill. */
const SET_PHRASES: readonly (readonly string[])[] = [
  ['part', 'time'],
  ['full', 'time'],
  ['part', 'timer'],
  ['day', 'to', 'day'],
  ['time', 'served'],
  ['temps', 'partiel'],
  ['temps', 'plein'],
  ['temps', 'complet'],
  ['plein', 'temps'],
  ['mi', 'temps'],
];

/** Positions in `words` of the words of a working-time set phrase. */
export function workingTimeWordPositions(words: readonly Pick<Word, 'folded'>[]): Set<number> {
  const positions = new Set<number>();
  for (let start = 0; start < words.length; start++) {
    for (const phrase of SET_PHRASES) {
      if (phrase.every((word, offset) => words[start + offset]?.folded === word)) {
        for (let offset = 0; offset < phrase.length; offset++) positions.add(start + offset);
      }
    }
  }
  return positions;
}
