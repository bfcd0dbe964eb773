import { isListBox, type FillReport, type ListBox } from '../lib/fill/fill-plan';
import type { FieldKey } from '../lib/types';
import type { Translate } from './use-settings';

/** A box the fill left alone: a profile field, or the skills or savoir-être box the person had
 *  already written in. */
export type ConflictKey = FieldKey | ListBox;
export type FillConflict = { key: ConflictKey; pageValue: string; suggested: string };

/** A fill's field and list conflicts, as one list for the screen. */
export function conflictsOf(report: FillReport): FillConflict[] {
  return [...report.conflicts, ...(report.listConflicts ?? []).map(({ target, pageValue, suggested }) => ({ key: target, pageValue, suggested }))];
}

interface Props {
  conflicts: FillConflict[];
  onReplace: (key: ConflictKey) => void;
  onKeep: (key: ConflictKey) => void;
  t: Translate;
}

/** A box's text as long as a line can show: a skills box may hold a paragraph. */
const shown = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

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
            {t('review.conflict', { field: t(isListBox(conflict.key) ? `review.section.${conflict.key}` : `review.field.${conflict.key}`), page: shown(conflict.pageValue), cv: shown(conflict.suggested) })}{' '}
            <button type="button" data-testid="replace" onClick={() => onReplace(conflict.key)}>{t('review.conflict-replace')}</button>{' '}
            <button type="button" data-testid="keep" onClick={() => onKeep(conflict.key)}>{t('review.conflict-keep')}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
