// "Voir dans le CV": the CV page the evidence comes from, drawn by the engine (which holds the
// file), shown in a dialog. The dialog opens at once and the page arrives when drawn.
import { useState } from 'preact/hooks';
import type { Evidence } from '../lib/types';
import type { EvidenceImage } from '../utils/messages';
import type { ViewerState } from './EvidenceViewer';
import { sendToBackground } from './send-to-background';

export function useEvidenceViewer(tabId: number | null): { viewer: ViewerState | null; showEvidence: (evidence: Evidence) => Promise<void>; closeViewer: () => void } {
  const [viewer, setViewer] = useState<ViewerState | null>(null);
  const showEvidence = async (evidence: Evidence) => {
    if (tabId === null) return;
    setViewer({ evidence, image: null });
    const image = (await sendToBackground({ target: 'background', type: 'render-evidence', tabId, page: evidence.page, text: evidence.text })) as EvidenceImage | undefined;
    // Another snippet asked for meanwhile (or the dialog closed): this drawing is not shown.
    setViewer((current) => (current?.evidence === evidence ? { evidence, image: image ?? { ok: false } } : current));
  };
  return { viewer, showEvidence, closeViewer: () => setViewer(null) };
}
