import type { Translate } from './use-settings';

/** Confidence in words and colour, with the number for those who want it. */
export function ConfidenceBadge({ confidence, t }: { confidence: number; t: Translate }) {
  const level = confidence >= 0.85 ? 'high' : confidence >= 0.6 ? 'medium' : 'low';
  const word = t(`review.confidence.${level}`);
  return (
    <span class={`confidence confidence-${level}`} title={t('review.confidence.label', { level: word, percent: Math.round(confidence * 100) })}>
      <span aria-hidden="true" class="confidence-dot" />
      {word} <span class="confidence-percent">{Math.round(confidence * 100)} %</span>
    </span>
  );
}
