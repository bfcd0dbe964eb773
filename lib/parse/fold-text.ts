// Compares words the way a reader does: without accents, case or typographic apostrophes.
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}

/** The same, one character for one, so that positions found in it hold in the original text.
 *  Ligatures become one letter; no vocabulary word needs them. */
export function foldKeepingLength(text: string): string {
  return foldText(text.replace(/[œŒæÆ]/g, 'e'));
}
