import type { AddedKind } from '../lib/fill/build-fill-plan';
import { conceptScheme } from './concept-scheme';
import type { Translate } from './use-settings';

interface Props {
  kind: AddedKind;
  added: { key: string; id: string; label: string }[];
  onRemove: (key: string) => void;
  t: Translate;
}

/** What the counsellor added from the referential: confirmed by the adding, removable, marked as
 *  theirs (no CV snippet backs it). */
export function AddedConcepts({ kind, added, onRemove, t }: Props) {
  if (added.length === 0) return null;
  return (
    <ul class="suggestions added" aria-label={t(`review.added-${kind}s`)}>
      {added.map((concept, index) => (
        <li key={concept.key} class="suggestion suggestion-accepted suggestion-added" data-testid={`added-${kind}-${index}`} data-status="accepted" title={concept.id}>
          <div class="suggestion-main">
            <span class="suggestion-label">{concept.label}</span>
            <span class="suggestion-value">{conceptScheme(concept.id)}</span>
            <span class="added-by">{t('review.added-by-you')}</span>
          </div>
          <div class="suggestion-actions">
            <button type="button" data-testid="remove" onClick={() => onRemove(concept.key)} aria-label={t('review.remove-added', { label: concept.label })}>
              {t('review.remove')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
