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

/** Letters-only view, for comparing two spellings of one label. */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}
