import type { ComponentChildren } from 'preact';
import type { Decision } from '../lib/fill/build-fill-plan';
import type { Evidence } from '../lib/types';
import { ConfidenceBadge } from './ConfidenceBadge';
import type { Translate } from './use-settings';

interface Props {
  testId: string;
  label: string;
  value: string;
  confidence: number;
  evidence?: Evidence;
  decision: Decision | undefined;
  editable?: boolean;
  onDecide: (decision: Decision) => void;
  /** Opens the CV page with the evidence highlighted. */
  onShowEvidence?: (evidence: Evidence) => void;
  t: Translate;
  /** The referential's id of a skill or occupation, shown on hover. */
  conceptId?: string;
  children?: ComponentChildren;
}

/** One suggestion: value (editable), confidence, the CV snippet it came from, accept / reject. */
export function SuggestionRow({ testId, label, value, confidence, evidence, decision, editable = false, onDecide, onShowEvidence, t, conceptId, children }: Props) {
  const status = decision?.status ?? 'pending';
  const shown = decision?.value ?? value;
  const inputId = `edit-${testId}`;
  return (
    <li class={`suggestion suggestion-${status}`} data-testid={testId} data-status={status} title={conceptId}>
      <div class="suggestion-main">
        {editable ? (
          <label class="suggestion-label" id={`${testId}-label`} for={inputId}>{label}</label>
        ) : (
          <span class="suggestion-label" id={`${testId}-label`}>{label}</span>
        )}
        {editable ? (
          <input
            id={inputId}
            class="suggestion-value"
            data-testid="edit"
            value={shown}
            aria-label={t('review.edit-label', { field: label })}
            onInput={(event) => onDecide({ ...decision, status, value: (event.currentTarget as HTMLInputElement).value })}
          />
        ) : (
          <span class="suggestion-value">{shown}</span>
        )}
        <ConfidenceBadge confidence={confidence} t={t} />
      </div>
      {evidence && evidence.text && (
        <p class="evidence">
          {t('review.evidence', { text: evidence.text, page: evidence.page })}
          {onShowEvidence && (
            <>
              {' '}
              <button
                type="button"
                id={`${testId}-show`}
                class="link-button"
                data-testid="show-evidence"
                aria-labelledby={`${testId}-show ${testId}-label`}
                onClick={() => onShowEvidence(evidence)}
              >
                {t('review.show-in-cv')}
              </button>
            </>
          )}
        </p>
      )}
      {children}
      <div class="suggestion-actions" role="group" aria-label={label}>
        <button
          type="button"
          data-testid="accept"
          class="button-accept"
          aria-pressed={status === 'accepted'}
          onClick={() => onDecide({ ...decision, status: status === 'accepted' ? 'pending' : 'accepted' })}
        >
          {status === 'accepted' ? `✓ ${t('review.accepted')}` : t('review.accept')}
        </button>
        <button
          type="button"
          data-testid="reject"
          class="button-reject"
          aria-pressed={status === 'rejected'}
          onClick={() => onDecide({ ...decision, status: status === 'rejected' ? 'pending' : 'rejected' })}
        >
          {status === 'rejected' ? `✗ ${t('review.rejected')}` : t('review.reject')}
        </button>
      </div>
    </li>
  );
}
