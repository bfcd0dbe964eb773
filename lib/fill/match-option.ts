import { isPlaceholderOption } from './find-controls';
import { fold, wordOverlap } from './fold-text';

/**
 * The option of a select that best matches one of the wanted texts, compared folded (accents and
 * case ignored) on both its label and its value: exact first, then whole words, then word overlap.
 * Placeholder options ("Choisir…") and disabled ones are never picked.
 */
export function pickOption(select: HTMLSelectElement, wanted: string[], minimum = 0.5): HTMLOptionElement | null {
  const targets = wanted.map(fold).filter(Boolean);
  let best: { option: HTMLOptionElement; score: number } | null = null;
  for (const option of select.options) {
    if (option.disabled || isPlaceholderOption(option)) continue;
    for (const candidate of [fold(option.text), fold(option.value)]) {
      if (!candidate) continue;
      for (const target of targets) {
        const score = similarity(candidate, target);
        if (!best || score > best.score) best = { option, score };
      }
    }
  }
  return best && best.score >= minimum ? best.option : null;
}

/** 1 for the same words, 0.85 when one holds the other as whole words, else their word overlap. */
export function similarity(candidate: string, target: string): number {
  if (candidate === target) return 1;
  if (` ${candidate} `.includes(` ${target} `) || ` ${target} `.includes(` ${candidate} `)) {
    // "Anglais (English)" holds "anglais"; a one-letter candidate holds nothing useful.
    return Math.min(candidate.length, target.length) >= 2 ? 0.85 : 0.3;
  }
  return wordOverlap(candidate, target) * 0.8;
}

/** The option whose label or value is exactly one of `codes` as a leading token ("B (voiture)"). */
export function pickCodedOption(select: HTMLSelectElement, matches: (text: string) => boolean): HTMLOptionElement | null {
  for (const option of select.options) {
    if (option.disabled || isPlaceholderOption(option)) continue;
    if (matches(option.text) || matches(option.value)) return option;
  }
  return null;
}
