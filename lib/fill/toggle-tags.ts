import { clickSafely } from './click-safely';
import { searchRoots } from './find-controls';
import type { FillRun } from './fill-journal';

/**
 * Tags one selects instead of checkboxes: the DSFR's selectable tags (`button.fr-tag[aria-pressed]`)
 * and chip groups built as ARIA checkboxes (`role="checkbox" aria-checked`). Native inputs are
 * ticked by their own steps.
 */
const TOGGLE_TAGS = 'button[aria-pressed], [role="button"][aria-pressed], [role="checkbox"]:not(input), [role="switch"]:not(input)';

/** The site's own parts: a toggle there is never the form's. */
const SITE_CHROME = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="toolbar"], [role="menubar"]';

export interface ToggleTag {
  tag: HTMLElement;
  /** What the tag says. */
  text: string;
  /** What its question asks: its fieldset's legend, its group's name. */
  question: string;
}

/** The toggle tags a person can use on the page. */
export function toggleTagsOf(run: FillRun): ToggleTag[] {
  return searchRoots(run.root)
    .flatMap((scope) => [...scope.querySelectorAll<HTMLElement>(TOGGLE_TAGS)])
    .filter((tag) => isUsable(run, tag))
    .map((tag) => ({ tag, text: (tag.getAttribute('aria-label') ?? tag.textContent ?? '').replace(/\s+/g, ' ').trim(), question: questionOf(tag) }))
    .filter(({ text }) => text !== '');
}

export function isSelected(tag: Element): boolean {
  return tag.getAttribute('aria-pressed') === 'true' || tag.getAttribute('aria-checked') === 'true';
}

/**
 * Selects a tag by a click, as a person does, and reports it under `target`: "already-present"
 * when it was, "not-kept-by-page" when the click did not select it. Undo deselects it, unless the
 * person deselected it since. True when the tag is selected.
 */
export async function selectTag(run: FillRun, tag: HTMLElement, target: string): Promise<boolean> {
  if (isSelected(tag)) {
    run.report.skipped.push({ target, reason: 'already-present' });
    return true;
  }
  clickSafely(tag);
  await run.tick();
  if (!isSelected(tag)) {
    run.report.skipped.push({ target, reason: 'not-kept-by-page' });
    return false;
  }
  run.report.filled.push(target);
  run.highlight(tag);
  run.steps.push({
    target,
    undo: () => {
      if (tag.isConnected && isSelected(tag)) clickSafely(tag);
    },
  });
  return true;
}

function isUsable(run: FillRun, tag: HTMLElement): boolean {
  if ((tag as HTMLButtonElement).disabled || tag.getAttribute('aria-disabled') === 'true') return false;
  if (tag.closest('[aria-hidden="true"], [inert], template') || tag.closest(SITE_CHROME)) return false;
  return run.isVisible(tag);
}

/** What the tag's question asks: its fieldset's legend, or the name of the group or list around it
 *  (Google Forms names a checkbox question's `role="list"` by its title, through aria-labelledby). */
function questionOf(tag: Element): string {
  const group = tag.parentElement?.closest('fieldset, [role="group"], [role="radiogroup"], [role="list"][aria-labelledby], [role="list"][aria-label]');
  if (!group) return '';
  if (group.tagName === 'FIELDSET') return group.querySelector(':scope > legend')?.textContent ?? '';
  const ids = group.getAttribute('aria-labelledby');
  const named = ids ? ids.split(/\s+/).map((id) => group.ownerDocument.getElementById(id)?.textContent ?? '').join(' ') : '';
  return `${group.getAttribute('aria-label') ?? ''} ${named}`;
}
