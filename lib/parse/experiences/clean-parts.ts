// The title and the employer as the form wants them: without the contract, the gender mark, "chez",
// a bracket after the employer or the school beside an alternance's employer.
import { cleanPart } from '../entry-parts';
import { isSchool } from '../detect-degree';
import { CONTRACT_PART, GENDER_MARK } from '../job-vocabulary';

export function cleanTitle(text: string): string | null {
  // "Alternance : Assistante RH": the contract as a label before the title is not part of it.
  const label = /^([^:]{2,30}?)\s*:\s+(?=\S)/.exec(text);
  if (label && CONTRACT_PART.test(label[1]!.trim())) text = text.slice(label[0].length);
  // "Agent de service hospitalier – CDI": a contract named after the title is not part of it.
  const parts = text.split(/\s[–—-]\s/);
  while (parts.length > 1 && CONTRACT_PART.test(parts[parts.length - 1]!.trim())) parts.pop();
  const title = cleanPart(parts.join(' – ').replace(GENDER_MARK, ''));
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
