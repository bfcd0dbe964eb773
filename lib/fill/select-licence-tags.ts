import { namesLicence } from './fill-choices';
import type { FillRun } from './fill-journal';
import { fold } from './fold-text';
import { selectTag, toggleTagsOf } from './toggle-tags';

const LICENCE_QUESTION = /permis|licen[cs]e|driving|conduire|conduite/;

/**
 * Selects the driving licences offered as tags (toggle-tags.ts): a category ("B") under a licence
 * question, or a tag that says "Permis B" anywhere. Returns the licences placed.
 */
export async function selectLicenceTags(run: FillRun, placed: readonly string[]): Promise<string[]> {
  const tags = toggleTagsOf(run);
  const selected: string[] = [];
  for (const licence of run.plan.drivingLicences) {
    if (placed.includes(licence)) continue;
    const found = tags.find(({ text, question }) =>
      namesLicence(text, licence) && (LICENCE_QUESTION.test(fold(question)) || /^(permis|licen[cs]e)\s/i.test(text)) && fold(text).split(' ').length <= 4);
    if (found && (await selectTag(run, found.tag, `drivingLicence:${licence}`))) selected.push(licence);
  }
  return selected;
}
