import { useEffect, useRef } from 'preact/hooks';
import type { Evidence } from '../lib/types';
import type { EvidenceImage } from '../utils/messages';
import type { Translate } from './use-settings';

export interface ViewerState {
  evidence: Evidence;
  image: EvidenceImage | null;
}

/** A modal dialog with the CV page and the evidence highlighted; Escape or "Fermer" closes it. */
export function EvidenceViewer({ state, onClose, t }: { state: ViewerState; onClose: () => void; t: Translate }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  const { evidence, image } = state;
  return (
    <dialog ref={dialog} class="evidence-viewer" data-testid="evidence-viewer" aria-labelledby="viewer-title" onClose={onClose}>
      <div class="viewer-header">
        <h2 id="viewer-title">{t('review.viewer-title', { page: evidence.page })}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>{t('review.viewer-close')}</button>
      </div>
      {image === null && <p role="status">{t('review.viewer-loading')}</p>}
      {image && !image.ok && <p data-detail={image.detail}>{t('review.viewer-unavailable', { text: evidence.text })}</p>}
      {image && image.ok && (
        <img src={image.dataUrl} alt={t('review.viewer-alt', { page: evidence.page, text: evidence.text })} />
      )}
    </dialog>
  );
}
