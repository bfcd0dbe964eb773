import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReferentialHit } from '../lib/match/search-referential';
import type { AddedKind } from '../lib/fill/build-fill-plan';
import type { Language } from '../lib/types';
import { conceptScheme } from './concept-scheme';
import type { Translate } from './use-settings';

/** Waits this long after the last key before searching: the referential is ranked once per pause,
 *  not at every letter of "soudure". */
const PAUSE_MS = 150;
const SHOWN_HITS = 8;

interface Props {
  kind: AddedKind;
  /** The language of the labels to show (the CV's). */
  language: Language;
  search: (query: string, kind: AddedKind, language: Language, top: number) => Promise<ReferentialHit[] | null>;
  onAdd: (hit: ReferentialHit) => void;
  /** Ids the CV already suggested: marked in the results (choosing one confirms it). */
  suggested: Set<string>;
  t: Translate;
}

/** "Ajouter une compétence": a combobox over the referential (ARIA 1.2 pattern) for what the CV
 *  implies but no line says. Arrows choose, Enter adds, Escape closes; nothing is added without a choice. */
export function ConceptSearch({ kind, language, search, onAdd, suggested, t }: Props) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ReferentialHit[]>([]);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<'idle' | 'searching' | 'done' | 'failed'>('idle');
  /** The text the shown hits answer: Enter adds only an answer to what the box holds now. */
  const [answered, setAnswered] = useState('');
  const asked = useRef(0);
  const id = `add-${kind}`;
  const listId = `${id}-results`;

  useEffect(() => {
    const text = query.trim();
    const ask = ++asked.current;
    if (text.length < 2) {
      setHits([]);
      setActive(-1);
      setState('idle');
      return undefined;
    }
    setState('searching');
    const timer = setTimeout(() => {
      void search(text, kind, language, SHOWN_HITS).then((found) => {
        // An answer to an older text (the person typed on) is dropped.
        if (ask !== asked.current) return;
        setHits(found ?? []);
        setAnswered(text);
        setActive(found && found.length > 0 ? 0 : -1);
        setState(found ? 'done' : 'failed');
      });
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, kind, language]);

  const add = (hit: ReferentialHit | undefined) => {
    if (!hit) return;
    onAdd(hit);
    asked.current++;
    setQuery('');
    setHits([]);
    setActive(-1);
    setState('idle');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      // Enter adds the highlighted concept; Ctrl+Enter stays the screen's "fill". While the results
      // of an earlier text are still shown (the person typed on), Enter waits for the new ones.
      event.preventDefault();
      if (answered === query.trim()) add(hits[active]);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    }
  };

  const open = hits.length > 0;
  const message =
    state === 'searching' ? t('review.search.searching')
    : state === 'failed' ? t('review.search.failed')
    : state === 'done' && hits.length === 0 ? t('review.search.none', { query: query.trim() })
    : state === 'done' ? t('review.search.found', { count: hits.length })
    : '';
  return (
    <div class="concept-search">
      <label for={id}>{t(`review.add-${kind}`)}</label>
      <input
        id={id}
        data-testid={id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t(`review.add-${kind}.placeholder`)}
        value={query}
        onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} class="search-hint" role="status" aria-live="polite">{message || t('review.search.hint')}</p>
      <ul id={listId} role="listbox" class="search-results" aria-label={t(`review.add-${kind}`)} hidden={!open}>
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={`${listId}-${index}`}
            role="option"
            data-testid={`${id}-option`}
            aria-selected={index === active}
            class={index === active ? 'active' : undefined}
            title={hit.id}
            // mousedown, not click: the input keeps the focus, as in every combobox.
            onMouseDown={(event) => {
              event.preventDefault();
              add(hit);
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span class="hit-label">{hit.label}</span>
            {conceptScheme(hit.id) && <span class="hit-scheme"> {conceptScheme(hit.id)}</span>}
            {suggested.has(hit.id) && <span class="hit-suggested"> — {t('review.search.in-suggestions')}</span>}
            {hit.matchedLabel && hit.matchedLabel.toLowerCase() !== hit.label.toLowerCase() && (
              <span class="hit-matched"> — {t('review.search.matched', { label: hit.matchedLabel })}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
