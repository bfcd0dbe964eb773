// An address search (the national address base behind most French public forms, Google Places,
// Algolia) suggests whole addresses as one types the street: "27 Rue Jean Jaurès 59300
// Valenciennes", "27 Rue Jean Jaurès, Valenciennes, France". Many such boxes keep only a picked
// suggestion. None says the CV's street line alone, so the generic match found nothing and the
// address was left empty: the right suggestion starts with the street and says the person's
// postcode or town after it.

import { WAY_TYPE_NAMES } from './address-parts';
import { bestOption, optionText } from './fill-combobox';
import { fold } from './fold-text';

/** The same words whether the way is written in full or short ("av." / "Avenue"), "27bis" or "27 bis". */
function addressWords(text: string): string[] {
  return fold(text.replace(/(\d)(bis|ter|quater)\b/gi, '$1 $2'))
    .split(' ')
    .filter(Boolean)
    .map((word) => WAY_TYPE_NAMES[word] ?? word);
}

/**
 * The suggestion for `street` in the person's place: the option that says the street itself (the
 * generic match), else the one that starts with the street and whose rest says the plan's postcode
 * or town and no other postcode. Without a postcode or a town to check, a street alone could be in
 * any town: nothing is chosen. Two different suggestions that fit are the person's choice.
 */
export function addressSuggestion(options: Element[], street: string, place: { postcode?: string; city?: string }): { option: Element | null; tied: Element[] } {
  const plain = bestOption(options, street, [place.postcode ?? '']);
  if (plain.option || plain.tied.length > 0) return plain;
  const streetWords = addressWords(street);
  const postcode = place.postcode?.trim() ?? '';
  const town = place.city ? ` ${addressWords(place.city).join(' ')} ` : '';
  if (streetWords.length === 0 || (!postcode && !town)) return { option: null, tied: [] };
  const fits = options
    .map((option) => ({ option, words: addressWords(optionText(option)) }))
    .filter(({ words }) => streetWords.every((word, index) => words[index] === word))
    .map(({ option, words }) => {
      const rest = words.slice(streetWords.length);
      // The place comes right after the street: "27 Rue Jean Jaurès Prolongée" is another street.
      const placeNext = rest[0] === postcode || (town !== '' && ` ${rest.join(' ')} `.startsWith(town));
      if (!placeNext) return { option, text: words.join(' '), score: 0 };
      const otherPostcode = rest.some((word) => /^\d{5}$/.test(word) && word !== postcode);
      const saysPostcode = postcode !== '' && rest.includes(postcode);
      const saysTown = town !== '' && ` ${rest.join(' ')} `.includes(town);
      return { option, text: words.join(' '), score: otherPostcode ? 0 : Number(saysPostcode) + Number(saysTown) };
    })
    .filter(({ score }) => score > 0);
  const best = Math.max(0, ...fits.map(({ score }) => score));
  const tied = fits.filter(({ score }) => score === best);
  if (new Set(tied.map(({ text }) => text)).size > 1) return { option: null, tied: tied.map(({ option }) => option) };
  return { option: tied[0]?.option ?? null, tied: [] };
}
