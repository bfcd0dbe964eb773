// A CV written as plain text lines (a DOCX or a text PDF without layout), parsed and linked as the
// extension does it: what the counsellor sees on the review screen.
import { linkProfile } from '../../lib/match/link-profile';
import { parseProfile } from '../../lib/parse/parse-profile';
import type { Referential } from '../../lib/taxonomy/referential';
import type { ConceptSuggestion } from '../../lib/types';
import { documentOf, plainLines } from '../parse/build-lines';

export const SKILL = 'http://data.europa.eu/esco/skill/';
export const OCCUPATION = 'http://data.europa.eu/esco/occupation/';

export function linkCv(text: string, referential: Referential): { skills: ConceptSuggestion[]; softSkills: ConceptSuggestion[]; occupations: ConceptSuggestion[]; jobTitle: string | undefined } {
  const parsed = parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: new Date('2026-11-30') });
  return { ...linkProfile(parsed, referential), jobTitle: parsed.fields.jobTitle?.value };
}

/** The suggestion of one concept, or undefined when it is not suggested. */
export function suggestionOf(suggestions: ConceptSuggestion[], id: string): ConceptSuggestion | undefined {
  return suggestions.find((suggestion) => suggestion.id === id);
}

/** A short French CV (a warehouse job) with the given lines under a heading of their own. */
export function frenchCv(heading: string, lines: string[]): string {
  return ['Karim Benali', 'Préparateur de commandes', '06 12 34 56 78', 'karim.benali@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2020 – 2024 Préparateur de commandes – Société Martin, Lyon', '• Préparation des commandes clients', heading, ...lines].join('\n');
}

/** The same in English. */
export function englishCv(heading: string, lines: string[]): string {
  return ['John Smith', 'Warehouse operative', '07700 900123', 'john.smith@example.co.uk', 'WORK EXPERIENCE', '2020 – 2024 Warehouse operative – Acme Ltd, Leeds', '• Picking and packing customer orders', heading, ...lines].join('\n');
}
