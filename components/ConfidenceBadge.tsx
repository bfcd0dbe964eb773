import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '../utils/settings';
import type { Translate } from './use-settings';

/** The confidence from which a suggestion is called reliable: the counsellor's "Accept all"
 *  threshold, so that the button takes exactly the rows the screen calls reliable, no row it asks
 *  to check. */
export const ReliableFrom = createContext(DEFAULT_SETTINGS.acceptThreshold);

/** Below this a suggestion is uncertain, whatever the threshold. */
const UNCERTAIN_BELOW = 0.6;

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export function confidenceLevel(confidence: number, reliableFrom: number): ConfidenceLevel {
  if (confidence >= reliableFrom) return 'high';
  return confidence >= Math.min(UNCERTAIN_BELOW, reliableFrom) ? 'medium' : 'low';
}

/** Confidence in words and colour, with the number for those who want it. */
export function ConfidenceBadge({ confidence, t }: { confidence: number; t: Translate }) {
  const level = confidenceLevel(confidence, useContext(ReliableFrom));
  const word = t(`review.confidence.${level}`);
  return (
    <span class={`confidence confidence-${level}`} title={t('review.confidence.label', { level: word, percent: Math.round(confidence * 100) })}>
      <span aria-hidden="true" class="confidence-dot" />
      {word} <span class="confidence-percent">{Math.round(confidence * 100)} %</span>
    </span>
  );
}
