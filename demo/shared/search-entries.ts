// How the demo's autocomplete lists answer a query, as a server would: the entries where every word
// typed starts a word of the entry (accents and case aside), at most eight.

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function searchEntries<T>(entries: T[], query: string, textOf: (entry: T) => string): T[] {
  const typed = folded(query).split(' ').filter(Boolean);
  if (typed.length === 0) return [];
  return entries
    .filter((entry) => {
      const words = folded(textOf(entry)).split(' ');
      return typed.every((word) => words.some((candidate) => candidate.startsWith(word)));
    })
    .slice(0, 8);
}
