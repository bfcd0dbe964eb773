import { useState } from 'preact/hooks';
import type { EditedParts } from '../lib/fill/edited-parts';
import type { Translate } from './use-settings';

export interface PartSpec {
  name: string;
  label: string;
  /** What the box holds now: the counsellor's text, else the value read from the CV. */
  value: string;
  kind: 'text' | 'start' | 'end' | 'level';
}

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

interface Props {
  /** The row's test id, to make the boxes' ids unique on the screen; `${rowId}-label` is the row's
   *  label, which names the button and the boxes' group ("Corriger" alone says not which row). */
  rowId: string;
  parts: PartSpec[];
  edited: EditedParts | undefined;
  /** Parts whose text could not be read (a date typed "en 2019 je crois"). */
  unreadable: string[];
  onChange: (parts: EditedParts) => void;
  t: Translate;
}

/** "Corriger": the parts of an experience, a training or a language level, each in its own box,
 *  for a row the CV reading got partly wrong. Closed by default: most rows need no correction. */
export function PartsEditor({ rowId, parts, edited, unreadable, onChange, t }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = `${rowId}-parts`;
  const change = (name: string, value: string) => onChange({ ...edited, [name]: value });
  return (
    <div class="parts-editor">
      <button
        type="button"
        id={`${rowId}-correct`}
        class="link-button"
        data-testid="edit-parts"
        aria-expanded={open}
        aria-controls={panelId}
        aria-labelledby={`${rowId}-correct ${rowId}-label`}
        onClick={() => setOpen(!open)}
      >
        {open ? t('review.parts.close') : t('review.parts.open')}
      </button>
      <div id={panelId} class="parts" role="group" aria-labelledby={`${rowId}-label`} hidden={!open}>
        {parts.map((part) => {
          const id = `${rowId}-part-${part.name}`;
          const invalid = unreadable.includes(part.name);
          return (
            <p key={part.name} class="part">
              <label for={id}>{part.label}</label>
              {part.kind === 'level' ? (
                <select id={id} data-testid={`part-${part.name}`} value={part.value} onChange={(event) => change(part.name, (event.currentTarget as HTMLSelectElement).value)}>
                  <option value="">{t('review.part.level-none')}</option>
                  {LEVELS.map((level) => <option key={level} value={level}>{level}</option>)}
                  <option value="native">{t('review.part.level-native')}</option>
                </select>
              ) : (
                <input
                  id={id}
                  data-testid={`part-${part.name}`}
                  value={part.value}
                  placeholder={part.kind === 'start' ? t('review.part.date-example') : part.kind === 'end' ? t('review.part.end-example') : undefined}
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? `${id}-error` : undefined}
                  onInput={(event) => change(part.name, (event.currentTarget as HTMLInputElement).value)}
                />
              )}
              {invalid && <span id={`${id}-error`} class="part-error" data-testid="part-error">{t('review.part.date-unread')}</span>}
            </p>
          );
        })}
      </div>
    </div>
  );
}
