// Job titles of the CV (the headline, then experience titles, most recent first) -> occupation
// suggestions, in each scheme the referential holds (ESCO occupations, ROME appellations).

import type { ConceptSuggestion, Evidence, Language, ParsedProfile } from '../types';
import { conceptLabel, type ConceptScheme, type Referential } from '../taxonomy/referential';
import { withoutJobSearchWording } from '../parse/job-search-wording';
import { cleanJobTitle } from './clean-job-title';
import { documentKeysOf } from './link-skills';
import type { DocumentKeys } from './spot-skill-labels';
import { rankConcepts, type RankedConcept, EXACT_TITLE_SCORE } from './rank-concepts';
import { titleContextWords, titleInContext } from './title-acronym-senses';
import { exactTitleInContext } from './exact-title-in-context';
import { withinTitleFamily } from './title-family';
import { narrowerTradesUnsaid } from './narrower-trade-unsaid';

export const OCCUPATION_THRESHOLD = 0.6;
/** Below this, not even the closest occupation is offered: the titles say nothing the referential knows. */
const FALLBACK_THRESHOLD = 0.4;
const MAX_OCCUPATIONS_PER_SCHEME = 5;
const MAX_ALTERNATIVES = 3;

export interface JobTitle {
  text: string;
  evidence: Evidence;
  /** How much this title says about the person's occupation (headline 1, older jobs less). */
  weight: number;
  /** The headline says it is the job sought ("Recherche un poste de…", "Poste recherché : …",
   *  "En reconversion : …"): a career changer's, ahead of the jobs held. */
  sought?: boolean;
}

export function jobTitlesOf(profile: Pick<ParsedProfile, 'fields' | 'experiences'>): JobTitle[] {
  const titles: JobTitle[] = [];
  const headline = profile.fields.jobTitle;
  if (headline) {
    // The parse stage may have taken a label off ("Poste recherché : Cariste"): its line says it too.
    const sought = withoutJobSearchWording(headline.value).sought || withoutJobSearchWording(headline.evidence.text).sought;
    titles.push({ text: headline.value, evidence: headline.evidence, weight: 1, sought });
  }
  profile.experiences.forEach((experience, index) => {
    if (!experience.title.trim()) return;
    titles.push({ text: experience.title, evidence: experience.evidence, weight: Math.max(0.75, 0.92 - 0.04 * index) });
  });
  return titles;
}

/** A label score that says the title is the occupation's name, give or take an accent or a gender. */
const NAMED_TITLE_SCORE = 0.95;

/** Rank occupations for one title as written: each cleaned variant is tried, best score kept. */
export function rankJobTitle(
  title: string,
  referential: Referential,
  language: Language,
  scheme?: ConceptScheme,
  top = 5,
  context?: Set<number>[],
): RankedConcept[] {
  const best = new Map<number, RankedConcept>();
  for (const variant of cleanJobTitle(title)) {
    const options = { kind: 'occupation' as const, language, top, ...(scheme ? { scheme } : {}), ...(context ? { context } : {}) };
    for (const ranked of rankConcepts(variant.text, referential, options)) {
      if (variant.namedOnly && ranked.score < NAMED_TITLE_SCORE) continue;
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
  context?: Set<number>[],
): RankedConcept[] {
  const direct = rankJobTitle(title, referential, language, scheme, top + 3, context);
  if (scheme !== 'esco' || referential.equivalents.size === 0) return direct.slice(0, top);
  const best = new Map(direct.map((ranked) => [ranked.concept, ranked]));
  const directScore = (concept: number) => best.get(concept)?.score ?? 0;
  for (const appellation of rankJobTitle(title, referential, language, 'rome', 2, context)) {
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

/** How many occupations of each title's ranking take part in the CV's ranking. */
const RANKED_PER_TITLE = 5;
/** Share of the other titles' scores an occupation gains: the CV's titles are evidence together
 *  ("Care Assistant" + "Domiciliary Care Worker" point at care work more than either alone). */
const SUPPORT_SHARE = 0.12;
const MAX_SUPPORT = 0.15;
/** A job sought the headline names clearly (its best occupation scores this much)... */
const CLEAR_SOUGHT_SCORE = 0.8;
/** ...makes the jobs held count less where they point elsewhere: a career changer's past is not the
 *  occupation to record. */
const PAST_JOBS_WHEN_SOUGHT = 0.8;

export function linkOccupations(
  profile: Pick<ParsedProfile, 'fields' | 'experiences' | 'language'> & Partial<Pick<ParsedProfile, 'sections'>>,
  referential: Referential,
  documentKeys?: DocumentKeys,
): ConceptSuggestion[] {
  const schemes = [...new Set(referential.concepts.filter((c) => c.kind === 'occupation').map((c) => c.scheme))];
  // An acronym of two jobs ("AVS") is read in the sense the CV's jobs and summary announce.
  const contextWords = titleContextWords(profile.sections);
  const titles = jobTitlesOf(profile).map((title) => ({ ...title, text: titleInContext(title.text, contextWords) }));
  // What the CV is about: words it repeats outside the header (the same context skills use).
  const context = documentKeys ?? (profile.sections ? documentKeysOf({ sections: profile.sections }, referential) : undefined);
  const suggestions: ConceptSuggestion[] = [];
  for (const scheme of schemes) {
    const byConcept = new Map<number, { best: number; total: number; title: JobTitle; ranked: RankedConcept[] }>();
    const rankings = titles.map((title) => {
      // A few more than kept: the readings below may rise above those the CV does not bear out.
      const ranked = rankTitleInScheme(title.text, referential, profile.language, scheme, RANKED_PER_TITLE + 3, context);
      const family = narrowerTradesUnsaid(withinTitleFamily(ranked, referential), profile.language, title.text, contextWords);
      return exactTitleInContext(family, referential, profile.language, title.text, contextWords).slice(0, RANKED_PER_TITLE);
    });
    const soughtClearly = titles[0]?.sought === true && (rankings[0]?.[0]?.score ?? 0) >= CLEAR_SOUGHT_SCORE;
    // Occupations the job sought reads as too keep what the jobs held say of them.
    const ofJobSought = new Set(soughtClearly ? rankings[0]!.map((ranked) => ranked.concept) : []);
    for (const [index, title] of titles.entries()) {
      const ranked = rankings[index]!;
      for (const candidate of ranked) {
        const pastOnly = soughtClearly && index > 0 && !ofJobSought.has(candidate.concept);
        const score = candidate.score * (pastOnly ? title.weight * PAST_JOBS_WHEN_SOUGHT : title.weight);
        const known = byConcept.get(candidate.concept);
        if (!known) byConcept.set(candidate.concept, { best: score, total: score, title, ranked });
        else {
          known.total += score;
          if (score > known.best) Object.assign(known, { best: score, title, ranked });
        }
      }
    }
    const ofScheme = [...byConcept]
      .map(([concept, { best, total, title, ranked }]) => {
        // Ranked on the uncapped score so two titles at 1 still order by their support. The
        // headline written as an occupation's label is the person's own word for their trade:
        // as well supported as can be, so older jobs' more general titles do not pass it
        // ("Vendeuse en prêt-à-porter" above "Vendeuse conseil", "Vendeuse").
        const saidInHeadline = title === titles[0] && title.weight === 1 && best >= EXACT_TITLE_SCORE;
        const score = best + (saidInHeadline ? MAX_SUPPORT : Math.min(MAX_SUPPORT, SUPPORT_SHARE * (total - best)));
        const confidence = Math.min(1, score);
        const suggestion: ConceptSuggestion = {
          id: referential.concepts[concept]!.id,
          label: conceptLabel(referential, concept, profile.language),
          confidence: Math.round(confidence * 100) / 100,
          evidence: title.evidence,
        };
        const alternatives = ranked
          .filter((alternative) => alternative.concept !== concept)
          .slice(0, MAX_ALTERNATIVES)
          .map((alternative) => ({ id: alternative.id, label: alternative.label, score: Math.round(alternative.score * 100) / 100 }));
        if (alternatives.length > 0) suggestion.alternatives = alternatives;
        return { suggestion, confidence, score };
      })
      .sort((a, b) => b.score - a.score);
    // When no title reads clearly as an occupation, the closest one is still offered, at its low
    // confidence and with its alternatives: a starting point for the counsellor's own search.
    const confident = ofScheme.filter(({ confidence }) => confidence >= OCCUPATION_THRESHOLD);
    const offered = confident.length > 0 ? confident : ofScheme.slice(0, 1).filter(({ confidence }) => confidence >= FALLBACK_THRESHOLD);
    const kept = offered.slice(0, MAX_OCCUPATIONS_PER_SCHEME).map(({ suggestion }) => suggestion);
    suggestions.push(...kept);
  }
  // Stable: within a scheme the order above (by score) is kept among equal confidences.
  return suggestions.sort((a, b) => b.confidence - a.confidence);
}
