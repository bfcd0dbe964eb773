// Job titles of the CV (the headline, then experience titles, most recent first) -> occupation
// suggestions, in each scheme the referential holds (ESCO occupations, ROME appellations).

import type { ConceptSuggestion, Evidence, Language, ParsedProfile } from '../types';
import { conceptLabel, type ConceptScheme, type Referential } from '../taxonomy/referential';
import { cleanJobTitle } from './clean-job-title';
import { rankConcepts, type RankedConcept } from './rank-concepts';

export const OCCUPATION_THRESHOLD = 0.6;
const MAX_OCCUPATIONS_PER_SCHEME = 5;
const MAX_ALTERNATIVES = 3;

export interface JobTitle {
  text: string;
  evidence: Evidence;
  /** How much this title says about the person's occupation (headline 1, older jobs less). */
  weight: number;
}

export function jobTitlesOf(profile: Pick<ParsedProfile, 'fields' | 'experiences'>): JobTitle[] {
  const titles: JobTitle[] = [];
  const headline = profile.fields.jobTitle;
  if (headline) titles.push({ text: headline.value, evidence: headline.evidence, weight: 1 });
  profile.experiences.forEach((experience, index) => {
    if (!experience.title.trim()) return;
    titles.push({ text: experience.title, evidence: experience.evidence, weight: Math.max(0.75, 0.92 - 0.04 * index) });
  });
  return titles;
}

/** Rank occupations for one title as written: each cleaned variant is tried, best score kept. */
export function rankJobTitle(
  title: string,
  referential: Referential,
  language: Language,
  scheme?: ConceptScheme,
  top = 5,
): RankedConcept[] {
  const best = new Map<number, RankedConcept>();
  for (const variant of cleanJobTitle(title)) {
    const options = { kind: 'occupation' as const, language, top, ...(scheme ? { scheme } : {}) };
    for (const ranked of rankConcepts(variant.text, referential, options)) {
      const score = Math.round(ranked.score * variant.weight * 1000) / 1000;
      const known = best.get(ranked.concept);
      if (!known || score > known.score) best.set(ranked.concept, { ...ranked, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, top);
}

/** How much a title's ROME appellation says about the ESCO occupations the official crosswalk
 *  links it to (the crosswalk's links are often broader or narrower than the title). */
const CROSSWALK_FACTOR = 0.96;

/** Rank one scheme's occupations for a title; ESCO also through the title's ROME appellations and
 *  the crosswalk when the referential holds both (ROME knows many more French job titles). */
export function rankTitleInScheme(
  title: string,
  referential: Referential,
  language: Language,
  scheme: ConceptScheme,
  top: number,
): RankedConcept[] {
  const direct = rankJobTitle(title, referential, language, scheme, top + 3);
  if (scheme !== 'esco' || referential.equivalents.size === 0) return direct.slice(0, top);
  const best = new Map(direct.map((ranked) => [ranked.concept, ranked]));
  const directScore = (concept: number) => best.get(concept)?.score ?? 0;
  for (const appellation of rankJobTitle(title, referential, language, 'rome', 2)) {
    const linked = (referential.equivalents.get(appellation.concept) ?? []).filter(
      (concept) => referential.concepts[concept]!.scheme === 'esco',
    );
    // Among several linked occupations, the one the title itself is closest to comes first.
    linked.sort((a, b) => directScore(b) - directScore(a));
    linked.forEach((concept, index) => {
      const score = Math.round(appellation.score * CROSSWALK_FACTOR * (1 - 0.01 * index) * 1000) / 1000;
      if (score <= directScore(concept)) return;
      best.set(concept, {
        concept,
        id: referential.concepts[concept]!.id,
        label: conceptLabel(referential, concept, language),
        matchedLabel: appellation.matchedLabel,
        score,
      });
    });
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, top);
}

export function linkOccupations(
  profile: Pick<ParsedProfile, 'fields' | 'experiences' | 'language'>,
  referential: Referential,
): ConceptSuggestion[] {
  const schemes = [...new Set(referential.concepts.filter((c) => c.kind === 'occupation').map((c) => c.scheme))];
  const titles = jobTitlesOf(profile);
  const suggestions: ConceptSuggestion[] = [];
  for (const scheme of schemes) {
    const byConcept = new Map<number, { suggestion: ConceptSuggestion; support: number }>();
    for (const title of titles) {
      const ranked = rankTitleInScheme(title.text, referential, profile.language, scheme, 1 + MAX_ALTERNATIVES);
      const first = ranked[0];
      if (!first) continue;
      const confidence = first.score * title.weight;
      const known = byConcept.get(first.concept);
      if (known) {
        known.support++;
        if (confidence <= known.suggestion.confidence) continue;
      }
      const suggestion: ConceptSuggestion = {
        id: first.id,
        label: first.label,
        confidence,
        evidence: title.evidence,
      };
      const alternatives = ranked.slice(1).map((alternative) => ({
        id: alternative.id,
        label: alternative.label,
        score: Math.round(alternative.score * 100) / 100,
      }));
      if (alternatives.length > 0) suggestion.alternatives = alternatives;
      byConcept.set(first.concept, { suggestion, support: known ? known.support : 1 });
    }
    const ofScheme = [...byConcept.values()]
      .map(({ suggestion, support }) => ({
        ...suggestion,
        // The same occupation behind several titles of the CV is more certain.
        confidence: Math.round(Math.min(1, suggestion.confidence + 0.04 * Math.min(3, support - 1)) * 100) / 100,
      }))
      .filter((suggestion) => suggestion.confidence >= OCCUPATION_THRESHOLD)
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, MAX_OCCUPATIONS_PER_SCHEME);
    suggestions.push(...ofScheme);
  }
  return suggestions.sort((a, b) => b.confidence - a.confidence);
}
