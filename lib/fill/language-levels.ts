import { fold } from './fold-text';
import { scaleRanks } from './level-scale';
import type { ChoiceOption } from './match-option';

/**
 * Language levels on one scale, so a CEFR level from the CV finds its option whatever the form
 * calls it: "B2", "B2 — Intermédiaire avancé", "Courant", "Upper intermediate". 1…6 are A1…C2;
 * 7 is a mother tongue. Multi-word names come first: "intermédiaire avancé" is not "avancé".
 */
const LEVEL_WORDS: [RegExp, number][] = [
  [/maternelle|natale|native|mother tongue|first language|premiere langue/, 7],
  [/bilingue|bilingual/, 6.5],
  [/interm\w* (avance|superieur)|upper interm|haut interm/, 4],
  [/pre interm|faux debutant|false beginner/, 2.5],
  [/maitrise|mastery|proficien|expert|excellent|parfait|perfect/, 6],
  [/avance|advanced|tres bon|very good|professionnel|professional/, 5],
  [/courant|fluent|fluide|aisance|operationnel|working knowledge/, 4.5],
  [/(^|\s)(bon|bonne|good)($|\s)|confirme/, 4],
  [/intermediaire|intermediate|conversation|correct|moyen|medium|average/, 3],
  [/elementaire|elementary|scolaire|school|basique|basic|lu ecrit/, 2],
  [/debutant|beginner|notions?|novice|rudiments|faible|weak|some knowledge|a little|un peu/, 1],
];

const CEFR = /(^|\s)([abc])\s?([12])($|\s)/g;

/** A level's place on the scale, from a CEFR code or the words of a level; null if none. */
export function levelRank(text: string): number | null {
  const folded = fold(text);
  if (!folded) return null;
  const codes = [...folded.matchAll(CEFR)].map((match) => ('abc'.indexOf(match[2]!) * 2) + Number(match[3]));
  if (codes.length > 0) return codes.reduce((sum, rank) => sum + rank, 0) / codes.length;
  for (const [pattern, rank] of LEVEL_WORDS) if (pattern.test(folded)) return rank;
  return null;
}

/** The rank the plan asks for: the CV's own words first ("langue maternelle"), else its CEFR level. */
export function wantedRank(level: string | null, levelText?: string | null): number | null {
  const fromWords = levelText ? levelRank(levelText) : null;
  return fromWords ?? (level ? levelRank(level) : null);
}

/**
 * The index of the level closest to the wanted one among options described by their texts; on a
 * tie the lower level, so the form never says more than the CV. Null when the options are not
 * levels (fewer than two carry one) or none is within one and a half steps. `said` is the level as
 * the CV words it: an option that says the same words is the one.
 */
export function closestLevel(optionTexts: string[], wanted: number, said?: string | null): number | null {
  let ranks = optionTexts.map(levelRank);
  // "Courant" in the CV and a "C1 - Courant" option: the option that says the CV's own words,
  // rather than "B2 - Avancé" as near on the scale ("courant" sits between B2 and C1).
  const words = said ? fold(said) : '';
  if (words && levelRank(words) !== null) {
    const saying = optionTexts.findIndex((text, index) => ranks[index] !== null && Math.abs(ranks[index]! - wanted) <= 1.5 && ` ${fold(text)} `.includes(` ${words} `));
    if (saying >= 0) return saying;
  }
  // Stars or points that say no level ("1 étoile" … "5 étoiles"): their place on the scale.
  if (ranks.filter((rank) => rank !== null).length < 2) ranks = scaleRanks(optionTexts) ?? ranks;
  if (ranks.filter((rank) => rank !== null).length < 2) return null;
  let best: { index: number; distance: number; rank: number } | null = null;
  ranks.forEach((rank, index) => {
    if (rank === null) return;
    const distance = Math.abs(rank - wanted);
    if (!best || distance < best.distance - 1e-9 || (Math.abs(distance - best.distance) < 1e-9 && rank < best.rank)) best = { index, distance, rank };
  });
  const found = best as { index: number; distance: number; rank: number } | null;
  return found && found.distance <= 1.5 ? found.index : null;
}

/** An option's words for the level scale; none for a placeholder or a disabled option. */
export function levelOptionText(option: ChoiceOption): string {
  return option.disabled || option.placeholder ? '' : `${option.text} ${option.value}`;
}
