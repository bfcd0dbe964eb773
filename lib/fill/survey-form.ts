import { adapterFor, type SiteAdapter } from './adapters';
import type { RuleTarget } from './field-rules';
import { classifyOnPage } from './fill-fields';
import { findControls, isVisibleToPerson, type VisibilityCheck } from './find-controls';
import { findGroupSections } from './find-groups';
import type { GroupKind } from './group-rules';

/** What a page could take: a field's target, or a repeatable group ("experience"). */
export type SurveyTarget = RuleTarget | GroupKind;

/**
 * How much of a fill a document could take, without writing anything: the distinct targets among
 * `wanted` that one of its controls or repeatable groups is for. A frame is chosen by their count
 * before it is sent the plan, and may be handed by their names what the chosen frame had no place
 * for; so the survey is given only the names of the targets, never values.
 */
export function surveyForm(
  root: Document,
  wanted: readonly SurveyTarget[],
  isVisible: VisibilityCheck = isVisibleToPerson,
  adapters?: readonly SiteAdapter[],
): SurveyTarget[] {
  const adapter = adapterFor(root, adapters);
  const controls = findControls(root, isVisible);
  const found = new Set<SurveyTarget>();
  for (const control of controls) {
    const target = classifyOnPage(control, adapter)?.target;
    if (target) found.add(target);
  }
  for (const group of findGroupSections(root, controls, isVisible, adapter?.groups ?? [])) found.add(group.rule.kind);
  return wanted.filter((target) => found.has(target));
}
