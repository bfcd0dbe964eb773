// Which creole a CV names. "Créole" alone says only that it is French-based (ISO 639-2 "cpf");
// the variety after it ("créole réunionnais", "créole (guadeloupéen)", "créole de la Réunion")
// is a language of its own, with an ISO 639-3 code as none has an ISO 639-1 one. Haitian creole
// keeps "ht". Martinique and Guadeloupe share one Antillean creole ("gcf").

/** The word alone, folded. */
export const BARE_CREOLE = /^(?:creole|kreyol|kreol)$/;

/** The variety as the adjective or the place written after the word, folded. */
const VARIETIES: [RegExp, string][] = [
  [/^(?:reunionnaise?|(?:de\s+(?:la\s+)?)?(?:l['’])?(?:ile\s+de\s+la\s+)?reunion)(?![a-z])/, 'rcf'],
  [/^(?:martiniquaise?|guadeloupeen(?:ne)?|antillaise?|(?:de\s+(?:la\s+)?)?(?:martinique|guadeloupe)|des\s+antilles)(?![a-z])/, 'gcf'],
  [/^(?:guyanaise?|(?:de\s+(?:la\s+)?)?guyane)(?![a-z])/, 'gcr'],
  [/^(?:mauricien(?:ne)?|morisyen|(?:de\s+(?:l['’])?)?(?:ile\s+)?maurice|mauritian)(?![a-z])/, 'mfe'],
  [/^(?:seychellois(?:e)?|(?:des\s+)?seychelles|seselwa)(?![a-z])/, 'crs'],
  [/^(?:haitien(?:ne)?|d['’]\s*haiti|haitian)(?![a-z])/, 'ht'],
];

/** The creole a folded text right after the bare word names ("réunionnais : courant",
 *  " (guadeloupéen)", " de la Réunion"): its code and how many characters name it. */
export function creoleVariety(after: string): { code: string; length: number } | null {
  const lead = /^\s*\(?\s*/.exec(after)![0];
  const rest = after.slice(lead.length);
  for (const [pattern, code] of VARIETIES) {
    const match = pattern.exec(rest);
    if (!match) continue;
    const bracket = lead.includes('(') ? /^\s*\)/.exec(rest.slice(match[0].length))?.[0] ?? null : '';
    // "Créole (réunionnais, notions)": the bracket holds more than the variety; the name ends with it.
    return { code, length: lead.length + match[0].length + (bracket ?? '').length };
  }
  return null;
}
