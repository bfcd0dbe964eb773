import { isPlaceholderOption, isPlaceholderText } from './find-controls';
import { fold, wordOverlap } from './fold-text';

/** An option as the matching sees it: a native select's <option>, or one of a custom menu's. */
export interface ChoiceOption {
  text: string;
  value: string;
  disabled: boolean;
  /** "Choisir…", "--": never a choice. */
  placeholder: boolean;
}

/** Picks the index of the option to choose among those a list offers, or null for none. */
export type Chooser = (options: ChoiceOption[]) => number | null;

export function selectOptions(select: HTMLSelectElement): ChoiceOption[] {
  return [...select.options].map((option) => ({ text: option.text, value: option.value, disabled: option.disabled, placeholder: isPlaceholderOption(option) }));
}

/** A custom menu's option: its text, the value libraries keep on it (data-value), its state. */
export function menuOption(text: string, value: string, disabled: boolean): ChoiceOption {
  return { text, value, disabled, placeholder: isPlaceholderText(text) };
}

/**
 * The option that best matches one of the wanted texts, compared folded (accents and case ignored)
 * on both its label and its value: exact first, then whole words, then word overlap. Placeholder
 * options ("Choisir…") and disabled ones are never picked.
 */
export function bestOptionIndex(options: ChoiceOption[], wanted: string[], minimum = 0.5): number | null {
  const targets = wanted.map(fold).filter(Boolean);
  let best: { index: number; score: number } | null = null;
  options.forEach((option, index) => {
    if (option.disabled || option.placeholder) return;
    for (const candidate of [fold(option.text), fold(option.value)]) {
      if (!candidate) continue;
      for (const target of targets) {
        const score = similarity(candidate, target);
        if (!best || score > best.score) best = { index, score };
      }
    }
  });
  const found = best as { index: number; score: number } | null;
  return found && found.score >= minimum ? found.index : null;
}

/** The same, on a native select. */
export function pickOption(select: HTMLSelectElement, wanted: string[], minimum = 0.5): HTMLOptionElement | null {
  const index = bestOptionIndex(selectOptions(select), wanted, minimum);
  return index === null ? null : select.options[index]!;
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

/** The first option whose label or value `matches` (a licence code as a leading token: "B (voiture)"). */
export function codedOptionIndex(options: ChoiceOption[], matches: (text: string) => boolean): number | null {
  const index = options.findIndex((option) => !option.disabled && !option.placeholder && (matches(option.text) || matches(option.value)));
  return index >= 0 ? index : null;
}

export function pickCodedOption(select: HTMLSelectElement, matches: (text: string) => boolean): HTMLOptionElement | null {
  const index = codedOptionIndex(selectOptions(select), matches);
  return index === null ? null : select.options[index]!;
}
