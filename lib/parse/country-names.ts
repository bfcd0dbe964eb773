// Country names in French and English ("Mali", "Côte d'Ivoire", "Royaume-Uni", "Morocco"), from the
// runtime's own region names (Intl.DisplayNames): a line "Bamako, Mali" under a diploma is where it
// was taken, not the school.
import { foldText } from './fold-text';

let names: Set<string> | undefined;

/** Folded names of every region the runtime knows, in French and English. */
function countryNames(): Set<string> {
  if (names) return names;
  names = new Set();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const language of ['fr', 'en']) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        let name: string | undefined;
        try {
          name = display.of(code);
        } catch {
          continue;
        }
        if (name && name !== code) names.add(foldText(name));
      }
    }
  }
  return names;
}

export function isCountryName(text: string): boolean {
  return countryNames().has(foldText(text.trim()));
}

/** A place named with its country: "Bamako, Mali" (as parts), "Dakar (Sénégal)", "Maroc". */
export function namesCountry(parts: string[]): boolean {
  const last = parts.at(-1)?.trim() ?? '';
  const bracket = /\(([^()]+)\)$/.exec(last);
  return isCountryName(last) || (bracket !== null && isCountryName(bracket[1]!));
}
