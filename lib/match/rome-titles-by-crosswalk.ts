// ROME titles for an occupation the CV's words did not name in French. ROME's titles are French
// only, so an English CV (or a French one worded unlike any ROME title) gets ESCO occupations and
// no ROME title; yet France Travail's forms list ROME titles, and the counsellor codes the job
// sought in ROME. When the referential holds the official ESCO <-> ROME crosswalk, each of the first
// ESCO occupations brings a ROME title the crosswalk pairs it with, beside it, unless a title of the
// same fiche is there already.

import type { ConceptSuggestion } from '../types';
import { wordsOf } from '../taxonomy/label-words';
import { LANGUAGES, conceptLabel, type Referential } from '../taxonomy/referential';

/** Only the first occupations: the ones a counsellor reads, and the surest. */
const FROM_FIRST = 3;
/** A title reached through the crosswalk is a step further from the CV's words. */
const CROSSWALK_DISCOUNT = 0.95;

export function romeTitlesByCrosswalk(occupations: ConceptSuggestion[], referential: Referential): ConceptSuggestion[] {
  const ficheOf = (id: string): string | undefined => {
    const entry = conceptOf(referential, id);
    return entry?.scheme === 'rome' ? entry.group : undefined;
  };
  const fiches = new Set(occupations.map((occupation) => ficheOf(occupation.id)).filter((fiche) => fiche !== undefined));
  const suggested = new Set(occupations.map((occupation) => occupation.id));
  const result: ConceptSuggestion[] = [];
  let esco = 0;
  for (const occupation of occupations) {
    result.push(occupation);
    const concept = referential.conceptIndex.get(occupation.id);
    if (concept === undefined || referential.concepts[concept]!.scheme !== 'esco' || esco++ >= FROM_FIRST) continue;
    const titles = (referential.equivalents.get(concept) ?? []).filter((equivalent) => referential.concepts[equivalent]!.scheme === 'rome');
    const title = closestRomeTitle(referential, concept, titles);
    if (title === undefined) continue;
    const { id, group } = referential.concepts[title]!;
    if (suggested.has(id) || (group !== undefined && fiches.has(group))) continue;
    suggested.add(id);
    if (group !== undefined) fiches.add(group);
    result.push({
      id,
      label: conceptLabel(referential, title, 'fr'),
      confidence: Math.round(occupation.confidence * CROSSWALK_DISCOUNT * 100) / 100,
      evidence: occupation.evidence,
    });
  }
  return romeTitlesSurestFirst(result, referential);
}

/** The ROME titles in the places they hold, surest first: a title the CV names in ROME's own words
 *  ("Préparateur de commandes", 1) comes before one reached through the crosswalk from an ESCO
 *  occupation listed earlier ("manutentionnaire" -> a docker's title, 0.95). */
function romeTitlesSurestFirst(occupations: ConceptSuggestion[], referential: Referential): ConceptSuggestion[] {
  const isRome = (occupation: ConceptSuggestion) => conceptOf(referential, occupation.id)?.scheme === 'rome';
  const rome = occupations.filter(isRome).sort((a, b) => b.confidence - a.confidence);
  let next = 0;
  return occupations.map((occupation) => (isRome(occupation) ? rome[next++]! : occupation));
}

function conceptOf(referential: Referential, id: string): Referential['concepts'][number] | undefined {
  const concept = referential.conceptIndex.get(id);
  return concept === undefined ? undefined : referential.concepts[concept];
}

/** Of the ROME titles the crosswalk pairs with an ESCO occupation, one of the fiche it pairs most
 *  titles with (its main sense: "electrician" maps to a dozen maintenance electricians' titles and
 *  one of lorry electricians), and in that fiche the title whose words are closest to the
 *  occupation's French labels, the shorter on a tie. */
function closestRomeTitle(referential: Referential, occupation: number, titles: number[]): number | undefined {
  if (titles.length <= 1) return titles[0];
  const french = LANGUAGES.indexOf('fr');
  const wordsOfConcept = (concept: number, language?: number): Set<string> => {
    const words = new Set<string>();
    const { labelStart, labelEnd } = referential.concepts[concept]!;
    for (let label = labelStart; label < labelEnd; label++) {
      if (language !== undefined && referential.labels.language[label] !== language) continue;
      for (const word of wordsOf(referential.labels.text.at(label)!)) words.add(word.folded);
    }
    return words;
  };
  const occupationWords = wordsOfConcept(occupation, french);
  const closeness = (title: number): number => {
    const words = wordsOfConcept(title);
    const shared = [...words].filter((word) => occupationWords.has(word)).length;
    return shared / Math.max(1, new Set([...words, ...occupationWords]).size);
  };
  const perFiche = new Map<string | undefined, number>();
  for (const title of titles) {
    const fiche = referential.concepts[title]!.group;
    perFiche.set(fiche, (perFiche.get(fiche) ?? 0) + 1);
  }
  const score = (title: number): [number, number, number] => [
    perFiche.get(referential.concepts[title]!.group)!,
    closeness(title),
    -conceptLabel(referential, title, 'fr').length,
  ];
  let best = titles[0]!;
  let bestScore = score(best);
  for (const title of titles.slice(1)) {
    const candidate = score(title);
    const better = candidate.findIndex((value, index) => value !== bestScore[index]!);
    if (better >= 0 && candidate[better]! > bestScore[better]!) {
      best = title;
      bestScore = candidate;
    }
  }
  return best;
}
