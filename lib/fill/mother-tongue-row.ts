import { describeControl } from './describe-control';
import type { FillPlan } from './fill-plan';
import type { GroupRow } from './find-groups';
import { fold } from './fold-text';
import { wantedRank } from './language-levels';

// Language grids (Europass, training bodies' forms) put a "Langue(s) maternelle(s)" row above the
// languages spoken: that row is for the person's mother tongue only. A language the CV gives a
// level for ("Français C2", "Anglais B1") never goes there: that would state a mother tongue the CV
// does not state.

type Language = FillPlan['languages'][number];

const MOTHER_TONGUE = /maternelle|natale|native|mother tongue|first language|premiere langue/;
/** The rank language-levels.ts gives a mother tongue. */
const MOTHER_TONGUE_RANK = 7;

/** The row asks for the mother tongue (by its language field's words). */
export function asksMotherTongue(row: GroupRow): boolean {
  const language = row.fields.find(({ field }) => field === 'language')?.control;
  if (!language) return false;
  const description = describeControl(language);
  return MOTHER_TONGUE.test(fold(`${description.label} ${description.name}`));
}

/** Takes from the free rows the one for this language: a mother tongue its own row first, any
 *  other language a row that does not ask for the mother tongue. */
export function takeLanguageRow<Row extends GroupRow>(freeRows: Row[], language: Language): Row | null {
  const native = wantedRank(language.level, language.levelText) === MOTHER_TONGUE_RANK;
  const own = native ? freeRows.findIndex(asksMotherTongue) : -1;
  const chosen = own >= 0 ? own : freeRows.findIndex((row) => !asksMotherTongue(row));
  return chosen >= 0 ? freeRows.splice(chosen, 1)[0]! : null;
}
