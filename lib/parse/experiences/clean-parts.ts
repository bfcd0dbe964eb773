// The title and the employer as the form wants them: without the contract, the gender mark, "chez",
// a bracket after the employer or the school beside an alternance's employer.
import { cleanPart } from '../entry-parts';
import { isSchool } from '../detect-degree';
import { CONTRACT_PART, GENDER_MARK, MILITARY_SERVICE } from '../job-vocabulary';

export function cleanTitle(text: string): string | null {
  // "Alternance : Assistante RH": the contract as a label before the title is not part of it.
  const label = /^([^:]{2,30}?)\s*:\s+(?=\S)/.exec(text);
  if (label && CONTRACT_PART.test(label[1]!.trim())) text = text.slice(label[0].length);
  // "Agent de service hospitalier – CDI": a contract named after the title is not part of it.
  const parts = text.split(/\s[–—-]\s/);
  while (parts.length > 1 && CONTRACT_PART.test(parts[parts.length - 1]!.trim())) parts.pop();
  // "Stage – Agent de quai", "Service militaire – Conducteur de VAB": nor before it.
  while (parts.length > 1 && (CONTRACT_PART.test(parts[0]!.trim()) || MILITARY_SERVICE.test(parts[0]!.trim()))) parts.shift();
  const title = cleanPart(withoutTermsBracket(parts.join(' – ').replace(GENDER_MARK, '')));
  return title.length >= 2 ? title : null;
}

/** The employer without "chez" and without a bracket after it ("Leroy Merlin (Lesquin)"). */
export function cleanEmployer(text: string): string | null {
  return cleanPart(text.replace(/^(?:chez|at|pour|for)\s+/i, '').replace(/\s*\((?:[^()]*)\)\s*$/, '')) || null;
}

/** "Kiabi / CFA Commerce Occitanie": an alternance names its school beside the employer. */
export function withoutSchool(employer: string | null): string | null {
  if (!employer) return employer;
  const sides = employer.split(/\s+\/\s+/);
  const kept = sides.filter((side) => !isSchool(side));
  return sides.length > 1 && kept.length > 0 && kept.length < sides.length ? kept.join(' / ') : employer;
}

/** One piece of a bracket that says how or when one worked, not what: "intérim", "CDD saisonnier",
 *  "week-ends", "12 h/semaine", "job étudiant", "stage pratique BAFA", "part-time", "agency". */
const TERMS_PIECE = /^(?:(?:stage|alternance|apprentissage|cdd|cdi|contrat|missions?|int[ée]rim)\b.*|.+\sen\s+(?:alternance|apprentissage|int[ée]rim|cdd|cdi)|contractuel(?:le)?|vacataire|saisonni(?:er|[èe]re)|extras?|remplacements?|vacations?|(?:le\s+|les\s+)?(?:week-?ends?|soirs?|soir[ée]es|nuits?|samedis?|dimanches?|vacances(?:\s+scolaires)?|[ée]t[ée]s?)|\d+(?:[,.]\d+)?\s*h(?:eures?)?\b.*|(?:weekends?|evenings?|nights?|saturdays?|sundays?|summers?|holidays?|agency|casual|zero[- ]hours?|seasonal)(?:\s+(?:work|job|role|contract))?)$/i;

/** "Caissier (CDD saisonnier)", "Hôtesse de caisse (week-ends, job étudiant)", "Conducteur
 *  (intérim) puis magasinier": the contract or the hours in a bracket of the title are not part of
 *  it (the review keeps them in the evidence). */
function withoutTermsBracket(text: string): string {
  const kept = text.replace(/\s*\(([^()]+)\)/g, (bracket, inside: string, at: number) => {
    if (at === 0) return bracket;
    const pieces = inside.split(/\s*[,;+]\s*|\s+\/\s+|\s+et\s+|\s+and\s+/).filter((piece) => piece.trim() !== '');
    return pieces.every((piece) => CONTRACT_PART.test(piece.trim()) || TERMS_PIECE.test(piece.trim())) ? '' : bracket;
  });
  return kept.trim() === '' ? text : kept;
}
