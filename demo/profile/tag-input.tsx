// A tag input: type a word, press Enter (or "Ajouter") and it becomes a removable chip. The text
// being typed is framework state too, so a value pushed into the DOM without an `input` event is
// not added, exactly as in the tag inputs of real single-page applications.
import { useRef, useState } from 'preact/hooks';

export interface TagInputProps {
  id: string;
  label: string;
  hint: string;
  /** Completes "Ajouter …" and "Retirer …" for screen readers, e.g. "une compétence". */
  itemLabel: string;
  /** Accessible name of the chip list, e.g. "Compétences ajoutées". */
  listLabel: string;
  tags: string[];
  onTags: (tags: string[]) => void;
}

function sameTag(a: string, b: string): boolean {
  return a.localeCompare(b, 'fr', { sensitivity: 'base' }) === 0;
}

export function TagInput(props: TagInputProps) {
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const listId = `${props.id}-liste`;

  const add = () => {
    const tag = draft.trim().replace(/\s+/g, ' ');
    if (tag && !props.tags.some((existing) => sameTag(existing, tag))) props.onTags([...props.tags, tag]);
    setDraft('');
  };

  return (
    <div class="field tag-input">
      <label for={props.id}>
        {props.label}
        <span class="hint">
          <br />
          {props.hint}
        </span>
      </label>
      <div class="tag-entry">
        <input
          ref={input}
          id={props.id}
          name={props.id}
          type="text"
          autocomplete="off"
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.isComposing) return;
            event.preventDefault(); // Enter adds a chip; it must not submit the form.
            add();
          }}
        />
        <button
          type="button"
          id={`${props.id}-ajouter`}
          class="btn btn-secondary"
          onClick={() => {
            add();
            input.current?.focus();
          }}
        >
          Ajouter<span class="sr-only"> {props.itemLabel}</span>
        </button>
      </div>
      <ul class="chips" id={listId} aria-label={props.listLabel} aria-live="polite">
        {props.tags.map((tag, index) => (
          <li class="chip" key={tag}>
            <span class="chip-label">{tag}</span>
            <button
              type="button"
              aria-label={`Retirer ${tag}`}
              onClick={() => props.onTags(props.tags.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
