// Match stage entry point: the parsed CV -> skill and occupation suggestions linked to the
// referential. Occupations are linked first so the skills they need can weigh more.

import type { ConceptSuggestion, ParsedProfile } from '../types';
import { skillsOfOccupation, type ConceptScheme, type Referential } from '../taxonomy/referential';
import { linkOccupations } from './link-occupations';
import { documentKeysOf, linkSkills, type SkillContext } from './link-skills';
import { linkSoftSkills } from './link-soft-skills';
import { romeTitlesByCrosswalk } from './rome-titles-by-crosswalk';

/** How many of the top occupations give context to the skills. */
const CONTEXT_OCCUPATIONS = 2;

export interface LinkOptions {
  /** Only suggest concepts of these schemes (a pack may hold ESCO and ROME); default all. */
  schemes?: ConceptScheme[];
}

export function linkProfile(
  parsed: ParsedProfile,
  referential: Referential,
  options: LinkOptions = {},
): { skills: ConceptSuggestion[]; softSkills: ConceptSuggestion[]; occupations: ConceptSuggestion[] } {
  // What the CV is about, read once: context for both the occupations and the skills.
  const documentKeys = documentKeysOf(parsed, referential);
  const occupations = romeTitlesByCrosswalk(linkOccupations(parsed, referential, documentKeys), referential);
  const skills = linkSkills(parsed, referential, { ...skillContext(occupations, referential), documentKeys });
  const wanted = (suggestion: ConceptSuggestion): boolean => {
    if (!options.schemes) return true;
    const concept = referential.conceptIndex.get(suggestion.id);
    return concept !== undefined && options.schemes.includes(referential.concepts[concept]!.scheme);
  };
  const kept = skills.filter(wanted);
  // The qualities stated, apart: those the skills already hold are not said twice.
  const softSkills = linkSoftSkills(parsed, referential, kept).filter(wanted);
  return { skills: kept, softSkills, occupations: occupations.filter(wanted) };
}

/** Skills the likely occupations need, following crosswalk equivalents (ESCO <-> ROME). */
export function skillContext(occupations: ConceptSuggestion[], referential: Referential): SkillContext {
  const relatedSkills = new Set<number>();
  for (const occupation of occupations.slice(0, CONTEXT_OCCUPATIONS)) {
    const concept = referential.conceptIndex.get(occupation.id);
    if (concept === undefined) continue;
    for (const linked of [concept, ...(referential.equivalents.get(concept) ?? [])]) {
      for (const skills of skillsOfOccupation(referential, linked)) for (const skill of skills) relatedSkills.add(skill);
    }
  }
  return { relatedSkills };
}
