// Google Places Autocomplete (the Maps JavaScript API's widget, on many job boards and employer
// sites) gives neither its box nor its list an ARIA role: it marks the box "pac-target-input" and
// draws its suggestions as <div class="pac-item"> in a <div class="pac-container"> at the end of
// the page. Read as a combobox, its address is picked like any address search's.

/** Google's list of suggestions, and each suggestion in it. */
export const PLACES_LIST = '.pac-container';
export const PLACES_OPTION = '.pac-item';

/** The box Google attached its autocomplete to. */
export function isPlacesBox(control: Element): boolean {
  return control.classList.contains('pac-target-input');
}

/**
 * "27 Rue Jean Jaurès, Valenciennes, France": the suggestion's street part and its place part,
 * which Google draws side by side with no space between ("…JaurèsValenciennes, France").
 */
export function placesItemText(item: Element): string {
  return [...item.children]
    .map((part) => (part.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ');
}
