import type { Decision } from '../lib/fill/build-fill-plan';
import type { Evidence } from '../lib/types';
import { PartsEditor, type PartSpec } from './PartsEditor';
import { SuggestionRow } from './SuggestionRow';
import type { Translate } from './use-settings';

interface Props {
  /** The row's test id (`experience-0`), also the stem of its boxes' ids. */
  testId: string;
  label: string;
  value: string;
  confidence: number;
  evidence?: Evidence;
  decision: Decision | undefined;
  onDecide: (decision: Decision) => void;
  onShowEvidence?: (evidence: Evidence) => void;
  /** The parts the counsellor may correct; each box holds their text, else what the CV gave. */
  parts: PartSpec[];
  unreadable: string[];
  t: Translate;
}

/** An experience, a training or a language: a suggestion whose parts can be corrected one by one
 *  (PartsEditor). A correction keeps the row's decision, or leaves it to be made. */
export function CorrectableRow({ testId, label, value, confidence, evidence, decision, onDecide, onShowEvidence, parts, unreadable, t }: Props) {
  return (
    <SuggestionRow testId={testId} label={label} value={value} confidence={confidence} evidence={evidence} decision={decision} onDecide={onDecide} onShowEvidence={onShowEvidence} t={t}>
      <PartsEditor
        rowId={testId}
        parts={parts.map((part) => ({ ...part, value: decision?.parts?.[part.name] ?? part.value }))}
        edited={decision?.parts}
        unreadable={unreadable}
        onChange={(edited) => onDecide({ ...decision, status: decision?.status ?? 'pending', parts: edited })}
        t={t}
      />
    </SuggestionRow>
  );
}
