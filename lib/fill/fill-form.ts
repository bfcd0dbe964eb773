import { adapterFor, type SiteAdapter } from './adapters';
import { answerLicenceQuestion } from './answer-licence-question';
import { chooseCivility, tickLanguages, tickLicences } from './fill-choices';
import { chooseControls, fillFields } from './fill-fields';
import { fillGroups } from './fill-groups';
import { undoSteps, type FillRun } from './fill-journal';
import { selectLicenceTags } from './select-licence-tags';
import { selectSkillTags } from './select-skill-tags';
import { tickSkills } from './tick-skills';
import type { FillPlan, FillReport } from './fill-plan';
import { findControls, isVisibleToPerson, type Control, type VisibilityCheck } from './find-controls';
import { findGroupSections, rowsOf } from './find-groups';
import { highlightControl } from './highlight-control';
import { keepValues } from './keep-values';
import { settlePage, waitForRerender } from './wait-for-page';

export interface FillOutcome {
  report: FillReport;
  /** Puts every touched control back as it was: values, ticks, chips and added entries, except
   *  what the person changed since the fill, whose targets it returns. */
  undo: () => Promise<string[]>;
}

export interface FillContext {
  /** Waits for the page to react to one step (a render, a chip, a new entry). */
  settle?: () => Promise<void>;
  /** Lets the page render between two writes (one event-loop turn by default). */
  tick?: () => Promise<void>;
  /** Waits long enough for a page that re-renders on a timer to have done so. */
  waitForRerender?: () => Promise<void>;
  /** Whether a person can see an element; test DOMs without layout inject their own. */
  isVisible?: VisibilityCheck;
  /** Known sites; the built-in registry by default. */
  adapters?: readonly SiteAdapter[];
  /** Outline the filled fields for a moment (default true). */
  highlight?: boolean;
}

/**
 * The fill: every control is classified from its own markup (autocomplete, labels, names, the
 * section it sits in) and written like a person would, repeatable groups through their own add
 * buttons. Passwords, payment, hidden, disabled, read-only fields and honeypots are never touched;
 * non-empty fields are never overwritten unless the plan says the user chose to (they are
 * reported as conflicts). A site adapter may add knowledge of a known page, never bypass this.
 */
export async function fillForm(root: Document, plan: FillPlan, context: FillContext = {}): Promise<FillOutcome> {
  const isVisible = context.isVisible ?? isVisibleToPerson;
  const settle = context.settle ?? (() => settlePage());
  const adapter = adapterFor(root, context.adapters);
  const report: FillReport = { filled: [], skipped: [], conflicts: [], ...(adapter ? { adapter: adapter.name } : {}) };
  const run: FillRun = {
    root,
    plan,
    report,
    steps: [],
    written: [],
    isVisible,
    settle,
    tick: context.tick ?? (() => settlePage(0)),
    adapter,
    scan: () => findControls(root, isVisible),
    pageLanguage: (root.documentElement?.lang || 'fr').slice(0, 2).toLowerCase(),
    highlight: context.highlight === false ? () => undefined : (control: Control) => highlightControl(control),
  };

  const survey = () => {
    const controls = run.scan();
    const groups = findGroupSections(root, controls, isVisible, adapter?.groups ?? []);
    const inEntries = new Set(groups.flatMap((group) => rowsOf(group, controls).flatMap((row) => row.fields.map(({ control }) => control))));
    return { groups, own: controls.filter((control) => !inEntries.has(control)) };
  };
  let { groups, own } = survey();
  // "Avez-vous le permis ? Oui": the categories it reveals are part of the page to fill.
  if (await answerLicenceQuestion(run, own)) {
    await settle();
    ({ groups, own } = survey());
  }

  const ticked = { licences: await tickLicences(run, own), languages: await tickLanguages(run, own), skills: await tickSkills(run, own) };
  // Licences and skills offered as tags to select (DSFR, chip groups) rather than boxes.
  ticked.licences.push(...(await selectLicenceTags(run, ticked.licences)));
  ticked.skills.push(...(await selectSkillTags(run, ticked.skills)));
  const chosen = chooseControls(run, own);
  await chooseCivility(run, own, [chosen.get('civility')].filter((control): control is Control => control !== undefined));
  await fillFields(run, chosen, {
    licences: ticked.licences.length > 0,
    languages: ticked.languages.length > 0 || groups.some((group) => group.rule.kind === 'language'),
    skills: ticked.skills,
  });
  await fillGroups(run, groups, new Set(ticked.languages));
  reportMissing(run);

  // Frameworks may re-render on their own: check the values held, write again once if not.
  await keepValues(run, context.waitForRerender ?? (() => waitForRerender()));
  // Once per target and reason: a date asked in day, month and year lists is one date too vague.
  report.skipped = report.skipped.filter((entry, index, all) => all.findIndex((other) => other.target === entry.target && other.reason === entry.reason) === index);
  return { report, undo: () => undoSteps(run.steps, run) };
}

/** Licences and languages the page had no place for. */
function reportMissing(run: FillRun): void {
  const mentioned = (prefix: string) =>
    run.report.filled.some((entry) => entry.startsWith(prefix)) || run.report.skipped.some((entry) => entry.target.startsWith(prefix));
  // A "Permis ? Oui" answered stands for every licence, unless it revealed category boxes: then a
  // category with no box of its own is missing.
  const placedAny = run.report.filled.some((entry) => entry.startsWith('drivingLicence:'));
  const licencesAsWhole = run.report.skipped.some((entry) => entry.target === 'drivingLicences') || (run.report.filled.includes('drivingLicences') && !placedAny);
  for (const licence of run.plan.drivingLicences) {
    if (!mentioned(`drivingLicence:${licence}`) && !licencesAsWhole) run.report.skipped.push({ target: `drivingLicence:${licence}`, reason: 'not-found' });
  }
  for (const { language } of run.plan.languages) {
    if (!mentioned(`language:${language}`) && !mentioned('languages')) run.report.skipped.push({ target: `language:${language}`, reason: 'not-found' });
  }
}
