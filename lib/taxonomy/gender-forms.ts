// French job titles written with both genders, split into the two titles a CV would use:
//   "Développeur / Développeuse web"                -> "Développeur web", "Développeuse web"
//   "Agent / Agente d'entretien des espaces verts"  -> "Agent d'entretien…", "Agente d'entretien…"
//   "directeur technique/directrice technique"      -> "directeur technique", "directrice technique"
//   "Accastilleur(se)-monteur(se) électronique"     -> "Accastilleur-monteur…", "Accastilleuse-monteuse…"
// The part after the slash usually repeats the head words and carries the shared tail. ROME also
// pairs other words ("Steward / Hôtesse de l'air" -> "Steward de l'air", "Hôtesse de l'air"): its import asks for those.

/** Expand "(se)", "(e)", "(ère)", "(rice)" inline endings into the masculine and feminine titles. */
function expandInlineEndings(title: string): string[] {
  if (!/\([a-zéèêàç]{1,5}\)/i.test(title)) return [title];
  const masculine = title.replace(/\(([a-zéèêàç]{1,5})\)/gi, '');
  const feminine = title.replace(/(\p{L}+)\(([a-zéèêàç]{1,5})\)/giu, (_whole, stem: string, ending: string) =>
    feminineOf(stem, ending),
  );
  return [masculine.replace(/\s+/g, ' ').trim(), feminine.replace(/\s+/g, ' ').trim()];
}

function feminineOf(stem: string, ending: string): string {
  const lower = ending.toLowerCase();
  if (lower === 'se' && stem.endsWith('eur')) return `${stem.slice(0, -1)}se`; // vendeur(se) -> vendeuse
  if (lower === 'rice' && stem.endsWith('teur')) return `${stem.slice(0, -3)}rice`;
  if (lower === 'trice' && stem.endsWith('teur')) return `${stem.slice(0, -4)}trice`;
  if (lower === 'euse' && stem.endsWith('eur')) return `${stem.slice(0, -3)}euse`;
  if (lower === 'ère' && stem.endsWith('er')) return `${stem.slice(0, -2)}ère`;
  if (lower === 'ne' && stem.endsWith('en')) return `${stem}ne`;
  return `${stem}${ending}`;
}

export interface GenderFormOptions {
  /** The slash always separates the two genders, even when they are different words
   *  ("Steward / Hôtesse de l'air", "Garçon / Fille de chenil"): true for ROME's appellations,
   *  which write every title so. Elsewhere "Cariste / Magasinier" is two trades, not a pair. */
  pairsOfOtherWords?: boolean;
}

/** The gendered variants of a title (the title itself when it has none). */
export function genderForms(title: string, options: GenderFormOptions = {}): string[] {
  const clean = title.replace(/\s+/g, ' ').trim();
  // "H/F", "F/H" markers are not gender pairs of words.
  const slash = /\s*\/\s*/.exec(clean);
  if (!slash || /\b[hfHF]\s*\/\s*[hfHF]\b/.test(clean)) return expandInlineEndings(clean);
  const chained = chainedPairs(clean);
  if (chained) return [...new Set(chained.flatMap(expandInlineEndings))];
  const left = clean.slice(0, slash.index).trim();
  const right = clean.slice(slash.index + slash[0].length).trim();
  if (!left || !right || right.includes('/')) return expandInlineEndings(clean);
  const leftWords = left.split(' ');
  const rightWords = right.split(' ');
  // Only a gender pair if the two sides start alike ("Agent"/"Agente", "Serveur"/"Serveuse").
  const a = leftWords[0]!.toLowerCase();
  const b = rightWords[0]!.toLowerCase();
  // ROME's "Masculine / Feminine tail" with other words: one word on the left of a spaced slash.
  const otherWords = options.pairsOfOtherWords === true && leftWords.length === 1 && /\s\/\s/.test(clean);
  if (!otherWords && commonPrefix(a, b) < Math.min(3, Math.min(a.length, b.length))) return [clean];
  const masculine =
    rightWords.length > leftWords.length ? [...leftWords, ...rightWords.slice(leftWords.length)].join(' ') : left;
  // "Chef de rayon / Cheffe" style: the feminine side omits the tail that the left side holds.
  const feminine =
    leftWords.length > rightWords.length ? [...rightWords, ...leftWords.slice(rightWords.length)].join(' ') : right;
  return [...new Set([masculine, feminine].flatMap(expandInlineEndings))];
}

/** Pairs where the word before each slash and the word after it are the two genders of one word:
 *  "Aide ménager / ménagère à domicile", "Agent / Agente d'administration principal / principale des
 *  impôts" -> the masculine and the feminine titles. Undefined when a slash is not such a pair. */
function chainedPairs(title: string): [string, string] | undefined {
  const parts = title.split(/\s*\/\s*/).map((part) => part.split(' ').filter(Boolean));
  if (parts.some((words) => words.length === 0)) return undefined;
  let masculine = [...parts[0]!];
  let feminine = [...parts[0]!];
  for (const words of parts.slice(1)) {
    const before = feminine[feminine.length - 1]!.toLowerCase();
    const after = words[0]!.toLowerCase();
    if (commonPrefix(before, after) < Math.min(3, before.length, after.length) || before === after) return undefined;
    masculine = [...masculine, ...words.slice(1)];
    feminine = [...feminine.slice(0, -1), ...words];
  }
  return [masculine.join(' '), feminine.join(' ')];
}

/** Letters the two words share at their start, accents aside ("Poète" / "Poétesse"). */
function commonPrefix(a: string, b: string): number {
  [a, b] = [a, b].map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()) as [string, string];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
