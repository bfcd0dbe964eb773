// How sure a skill suggestion is: the probability that a counsellor keeps it, from its mentions in
// the CV (how well the label was said, where, how many times, in how long a phrase, the words
// around it) and from the concept (does the rest of the CV speak of it, is it knowledge or a
// transversal skill). One number in [0, 1] per concept.

import type { SectionKind, TextLine } from '../types';
import type { LabelSpot } from './spot-skill-labels';

/** One skill label spotted in one CV phrase, with what its confidence is made of. */
export interface SkillMention {
  spot: LabelSpot;
  /** Other readings of the same words, best first. */
  alternatives: LabelSpot[];
  /** The CV phrase (evidence). */
  phrase: string;
  /** Words in the phrase the label was read in. */
  phraseWords: number;
  /** The CV's own words the label matched ("SQL" in "Python, Go, SQL"). */
  written?: string;
  line: TextLine;
  section: SectionKind;
  /** How much the section counts for skills (SECTION_WEIGHT). */
  sectionWeight: number;
  /** 1, or less when negation, a plan or a smattering surrounds it. */
  hedging: number;
  /** The concept is among the skills of the CV's likely occupations. */
  related: boolean;
}

/** What the referential and the rest of the CV say about the concept itself. */
export interface ConceptEvidence {
  /** Words of its official labels the CV repeats beyond the matched ones (conceptSupport). */
  support: number;
  /** ESCO "knowledge" or ROME "savoir": a field known, more often merely mentioned than practised. */
  knowledge: boolean;
  /** ESCO reuse level "transversal" (teamwork, customer service): stated plainly when stated. */
  transversal: boolean;
}

const CONTEXT_BOOST = 1.1;
/** Each further mention elsewhere in the CV adds a little to the reading's strength, up to three. */
const REPEAT_BONUS = 0.03;

/** What the model reads of a concept's mentions, in the order of SKILL_MODEL_WEIGHTS. */
export const SKILL_MODEL_FEATURES = [
  'bias',
  'label similarity (logit)',
  'best mention in an experience section',
  'best mention outside skills and experience sections',
  'mentions (log, up to 6)',
  'other sections mentioning it (up to 2)',
  'other label words the CV repeats (up to 3)',
  'words in the phrase (log)',
  'one word read as the whole skill',
  'knowledge concept',
  'transversal concept',
] as const;

/**
 * Logistic model of "the counsellor keeps it" (the gold, or an extra an assessor judged correct),
 * fitted by scripts/eval/fit-skill-confidence.ts on the blind held-out CVs of batches 1–5 (when fitted: 797
 * suggestions, 68.5 % kept; leave-one-CV-out log-loss 0.563) and tested on a later blind batch. The
 * development CVs were not used: the curated phrasings were written from them, which makes their
 * matches look surer than on unseen CVs. What it learnt: a skill said again, in several sections, or
 * whose other label words the CV repeats is kept far more often; one word read as a whole skill, a
 * long experience sentence, a knowledge concept and mentions outside the skills section less often;
 * transversal skills almost always.
 */
export const SKILL_MODEL_WEIGHTS: readonly number[] = [0.12, 0.17, -0.3, -0.57, 0.79, 0.12, 0.37, -0.17, -0.66, -0.59, 1.23];

const SKILLS_SECTIONS = new Set<SectionKind>(['skills', 'softSkills', 'certifications']);

/** A mention's own strength, to choose the evidence shown: label similarity weighed by the section
 *  and the hedging. */
export function mentionConfidence(mention: SkillMention): number {
  return Math.min(1, mention.spot.score * mention.sectionWeight * mention.hedging * (mention.related ? CONTEXT_BOOST : 1));
}

/** The mention shown as evidence: the most confident one. */
export function bestMention(mentions: SkillMention[]): SkillMention {
  let best = mentions[0]!;
  for (const mention of mentions) if (mentionConfidence(mention) > mentionConfidence(best)) best = mention;
  return best;
}

/** How well the CV says the concept, before any judgement of whether it is kept: the best mention,
 *  a little more when the CV says it again. Readings below SKILL_READING_THRESHOLD are not skills at
 *  all (the model below was fitted on readings above it). */
export function readingStrength(mentions: SkillMention[], best = bestMention(mentions)): number {
  return Math.min(1, mentionConfidence(best) + REPEAT_BONUS * Math.min(3, mentions.length - 1));
}

/** The model's inputs for one concept (SKILL_MODEL_FEATURES). `best` is bestMention(mentions),
 *  passed by callers that have it already. */
export function skillModelFeatures(mentions: SkillMention[], concept: ConceptEvidence, best = bestMention(mentions)): number[] {
  const similarity = Math.min(0.999, Math.max(0.01, best.spot.score));
  const sections = new Set(mentions.map((mention) => mention.section)).size;
  return [
    1,
    Math.log(similarity / (1 - similarity)),
    best.section === 'experience' ? 1 : 0,
    best.section !== 'experience' && !SKILLS_SECTIONS.has(best.section) ? 1 : 0,
    Math.log(Math.min(6, mentions.length)),
    Math.min(3, sections) - 1,
    Math.min(3, concept.support),
    Math.log(best.phraseWords + 1),
    best.spot.positions.length === 1 ? 1 : 0,
    concept.knowledge ? 1 : 0,
    concept.transversal ? 1 : 0,
  ];
}

/** Probability that the suggestion is kept, from all the concept's mentions. Hedging (a plan, a
 *  negation) and the occupation context scale it afterwards: too rare in the CVs to be fitted. */
export function skillConfidence(mentions: SkillMention[], concept: ConceptEvidence, best = bestMention(mentions)): number {
  const logit = skillModelFeatures(mentions, concept, best).reduce((sum, value, index) => sum + value * SKILL_MODEL_WEIGHTS[index]!, 0);
  const kept = 1 / (1 + Math.exp(-logit));
  return Math.min(0.99, kept * best.hedging * (best.related ? CONTEXT_BOOST : 1));
}
