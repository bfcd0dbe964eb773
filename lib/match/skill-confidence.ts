// How sure a skill suggestion is, from its mentions in the CV: how well the label was said, where,
// how many times, and the words around it (negation, plans). One number in [0, 1] per concept.

import type { TextLine } from '../types';
import type { LabelSpot } from './spot-skill-labels';

/** One skill label spotted in one CV phrase, with what its confidence is made of. */
export interface SkillMention {
  spot: LabelSpot;
  /** Other readings of the same words, best first. */
  alternatives: LabelSpot[];
  /** The CV phrase (evidence). */
  phrase: string;
  line: TextLine;
  /** How much the section counts for skills (SECTION_WEIGHT). */
  sectionWeight: number;
  /** 1, or less when negation, a plan or a smattering surrounds it. */
  hedging: number;
  /** The concept is among the skills of the CV's likely occupations. */
  related: boolean;
}

const CONTEXT_BOOST = 1.1;
/** Each further mention elsewhere in the CV adds a little, up to three. */
const REPEAT_BONUS = 0.03;

/** Confidence of one mention alone: the label similarity weighed by the section, the hedging and
 *  the occupation context. */
export function mentionConfidence(mention: SkillMention): number {
  return Math.min(1, mention.spot.score * mention.sectionWeight * mention.hedging * (mention.related ? CONTEXT_BOOST : 1));
}

/** The mention shown as evidence: the most confident one. */
export function bestMention(mentions: SkillMention[]): SkillMention {
  let best = mentions[0]!;
  for (const mention of mentions) if (mentionConfidence(mention) > mentionConfidence(best)) best = mention;
  return best;
}

/** Confidence of a concept from all its mentions: the best one, a little more when the CV says it
 *  again elsewhere. (A logistic model over these features was tried, fitted on the dev corpus: its
 *  leave-one-CV-out F1 gain came only from trusting the curated CV-phrase aliases, which were
 *  themselves written from the dev CVs, so it would not carry over to other CVs.) */
export function skillConfidence(mentions: SkillMention[]): number {
  const best = mentionConfidence(bestMention(mentions));
  return Math.min(1, best + REPEAT_BONUS * Math.min(3, mentions.length - 1));
}
