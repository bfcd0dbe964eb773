import type { Translate } from './use-settings';

interface Props {
  acceptThreshold: number;
  counts: { accepted: number; rejected: number; pending: number };
  onAcceptAll: () => void;
  onFill: () => void;
  onUndo: () => void;
  onClear: () => void;
  t: Translate;
}

/** Accept all above the threshold, fill, undo, clear, and how many rows are decided. */
export function ReviewToolbar({ acceptThreshold, counts, onAcceptAll, onFill, onUndo, onClear, t }: Props) {
  return (
    <div class="toolbar" role="toolbar" aria-label={t('review.title')}>
      <button type="button" data-testid="accept-all" onClick={onAcceptAll}>
        {t('review.accept-all', { percent: Math.round(acceptThreshold * 100) })}
      </button>
      <button type="button" class="primary" data-testid="fill" onClick={onFill}>{t('review.fill')}</button>
      <button type="button" data-testid="undo" onClick={onUndo}>{t('review.undo')}</button>
      <button type="button" data-testid="clear" onClick={onClear}>{t('review.clear')}</button>
      <p class="counts">{t('review.counts', counts)}</p>
    </div>
  );
}
