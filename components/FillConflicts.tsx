import type { FillReport } from '../lib/fill/fill-plan';
import type { FieldKey } from '../lib/types';
import type { Translate } from './use-settings';

interface Props {
  conflicts: FillReport['conflicts'];
  onReplace: (key: FieldKey) => void;
  onKeep: (key: FieldKey) => void;
  t: Translate;
}

/** The boxes a fill left alone because the page already held another value: the person chooses
 *  the CV's value (Replace) or the page's (Keep), one by one. */
export function FillConflicts({ conflicts, onReplace, onKeep, t }: Props) {
  if (conflicts.length === 0) return null;
  return (
    <div class="conflicts" data-testid="conflicts" role="alert">
      <p>{t('review.conflicts')}</p>
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.key} data-testid={`conflict-${conflict.key}`}>
            {t('review.conflict', { field: t(`review.field.${conflict.key}`), page: conflict.pageValue, cv: conflict.suggested })}{' '}
            <button type="button" data-testid="replace" onClick={() => onReplace(conflict.key)}>{t('review.conflict-replace')}</button>{' '}
            <button type="button" data-testid="keep" onClick={() => onKeep(conflict.key)}>{t('review.conflict-keep')}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
