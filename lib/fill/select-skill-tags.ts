import type { FillRun } from './fill-journal';
import { fold } from './fold-text';
import { OTHER_QUESTION, SKILL_MATCH, skillMatch } from './tick-skills';
import { selectTag, toggleTagsOf } from './toggle-tags';

/**
 * Selects the tags (toggle-tags.ts) whose text says a confirmed skill or quality, in the
 * referential's words or the CV's, skipping those placed already. A tag already selected stays.
 * Returns the skills placed.
 */
export async function selectSkillTags(run: FillRun, placed: readonly string[]): Promise<string[]> {
  const tags = toggleTagsOf(run)
    .filter(({ question }) => !OTHER_QUESTION.test(fold(question)))
    .map(({ tag, text }) => ({ tag, text: fold(text) }));
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
    if (await selectTag(run, best.tag, target)) selected.push(skill);
  }
  return selected;
}
