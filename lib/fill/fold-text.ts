/**
 * Text as the rule tables see it: lower case, no accents, every run of punctuation or spaces as one
 * space. "E-mail *" -> "e mail", "Nom d'usage" -> "nom d usage", "Savoir-être" -> "savoir etre".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** Words shared by two folded texts, over the longer one's word count (0…1). */
export function wordOverlap(a: string, b: string): number {
  const left = new Set(a.split(' ').filter(Boolean));
  const right = b.split(' ').filter(Boolean);
  if (left.size === 0 || right.length === 0) return 0;
  return right.filter((word) => left.has(word)).length / Math.max(left.size, right.length);
}
