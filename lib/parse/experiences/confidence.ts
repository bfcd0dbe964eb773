// How sure the reader is of a dated job: a period, an employer and a trade word make it surer, a
// long title (a sentence read as a header) less so.
import type { Experience } from '../../types';
import { foldText } from '../fold-text';
import type { Anchor } from './period-anchors';
import { hasJobWord } from './part-kinds';

export interface ExperienceSuggestion extends Experience {
  confidence: number;
}

export function confidenceOf(anchor: Anchor, title: string, employer: string | null): number {
  let confidence = 0.75;
  if (!anchor.range.single) confidence += 0.1;
  if (employer) confidence += 0.05;
  if (hasJobWord(title)) confidence += 0.05;
  if (foldText(title).split(/\s+/).length > 8) confidence -= 0.15;
  return Math.min(0.95, Math.max(0.3, confidence));
}
