import { clickSafely } from './click-safely';
import { searchRoots } from './find-controls';
import type { FillRun } from './fill-journal';
import { fold } from './fold-text';
import { OTHER_QUESTION, SKILL_MATCH, skillMatch } from './tick-skills';

/**
 * Tags one selects instead of checkboxes: the DSFR's selectable tags (`button.fr-tag[aria-pressed]`)
 * and chip groups built as ARIA checkboxes (`role="checkbox" aria-checked`). Native inputs are
 * tickSkills'.
 */
const TOGGLE_TAGS = 'button[aria-pressed], [role="button"][aria-pressed], [role="checkbox"]:not(input), [role="switch"]:not(input)';

/** The site's own parts: a toggle there is never the form's. */
const SITE_CHROME = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="toolbar"], [role="menubar"]';

/**
 * Selects the tags whose text says a confirmed skill or quality (in the referential's words or the
 * CV's), by a click as a person does, skipping those placed already. A tag already selected stays;
 * undo deselects only the tags selected here, unless the person deselected one since. Returns the
 * skills placed.
 */
export async function selectSkillTags(run: FillRun, placed: readonly string[]): Promise<string[]> {
  const tags = searchRoots(run.root)
    .flatMap((scope) => [...scope.querySelectorAll<HTMLElement>(TOGGLE_TAGS)])
    .filter((tag) => isUsable(run, tag) && !OTHER_QUESTION.test(fold(questionOf(tag))))
    .map((tag) => ({ tag, text: fold(tag.getAttribute('aria-label') ?? tag.textContent ?? '') }))
    .filter(({ text }) => text !== '');
  if (tags.length === 0) return [];
  const selected: string[] = [];
  const taken = new Set<HTMLElement>();
  for (const skill of [...run.plan.skills, ...run.plan.softSkills]) {
    if (placed.includes(skill)) continue;
    const wanted = [skill, ...(run.plan.wordings?.[skill] ?? [])].map(fold);
    let best: { tag: HTMLElement; score: number } | null = null;
    for (const { tag, text } of tags) {
      if (taken.has(tag)) continue;
      const score = Math.max(...wanted.map((wording) => skillMatch(text, wording)));
      if (score >= SKILL_MATCH && (!best || score > best.score)) best = { tag, score };
    }
    if (!best) continue;
    taken.add(best.tag);
    const target = `${run.plan.skills.includes(skill) ? 'skills' : 'softSkills'}:${skill}`;
    if (isSelected(best.tag)) {
      selected.push(skill);
      run.report.skipped.push({ target, reason: 'already-present' });
      continue;
    }
    clickSafely(best.tag);
    await run.tick();
    if (!isSelected(best.tag)) {
      run.report.skipped.push({ target, reason: 'not-kept-by-page' });
      continue;
    }
    selected.push(skill);
    run.report.filled.push(target);
    run.highlight(best.tag);
    const tag = best.tag;
    run.steps.push(() => {
      // Deselected by the person since: nothing to take back.
      if (tag.isConnected && isSelected(tag)) clickSafely(tag);
    });
  }
  return selected;
}

function isSelected(tag: Element): boolean {
  return tag.getAttribute('aria-pressed') === 'true' || tag.getAttribute('aria-checked') === 'true';
}

function isUsable(run: FillRun, tag: HTMLElement): boolean {
  if ((tag as HTMLButtonElement).disabled || tag.getAttribute('aria-disabled') === 'true') return false;
  if (tag.closest('[aria-hidden="true"], [inert], template') || tag.closest(SITE_CHROME)) return false;
  return run.isVisible(tag);
}

/** What the tags' question asks: its fieldset's legend, its group's name, or the heading above. */
function questionOf(tag: Element): string {
  const group = tag.closest('fieldset, [role="group"], [role="radiogroup"]');
  if (!group) return '';
  if (group.tagName === 'FIELDSET') return group.querySelector(':scope > legend')?.textContent ?? '';
  const ids = group.getAttribute('aria-labelledby');
  const named = ids ? ids.split(/\s+/).map((id) => group.ownerDocument.getElementById(id)?.textContent ?? '').join(' ') : '';
  return `${group.getAttribute('aria-label') ?? ''} ${named}`;
}
