import { languageName } from '../lib/i18n/language-name';
import type { FillPlan, FillReport } from '../lib/fill/fill-plan';
import { FIELD_KEYS, type FieldKey } from '../lib/types';
import type { MessageKey } from '../lib/i18n';
import type { Translate } from './use-settings';

/** Reasons the counsellor can act on: the page has the field but did not take the value, or shows
 *  it locked with its own ("read-only": the account's e-mail, to check, listed apart: no one can
 *  complete it). A field the page does not ask for ("not-found") or already held ("not-empty",
 *  shown as a conflict) is not listed. */
const ACTIONABLE = new Set(['no-matching-option', 'ambiguous-option', 'not-kept-by-page', 'rejected-by-page', 'add-failed', 'too-long', 'date-too-vague', 'too-many', 'no-room', 'wrong-format', 'read-only']);

export function actionableSkips(report: FillReport): FillReport['skipped'] {
  return report.skipped.filter((entry) => ACTIONABLE.has(entry.reason));
}

/**
 * After a fill: what the page did not take, and why, so the counsellor completes it by hand. The
 * live region is always there, empty until a fill: screen readers announce what is added to a
 * region they know, not a region added with its content.
 */
export function UnfilledList({ skipped, plan, t, language }: { skipped: FillReport['skipped']; plan: FillPlan | undefined; t: Translate; language: string }) {
  // A box the site locked with its own value is not the person's to complete: shown apart, to check.
  const locked = skipped.filter((entry) => entry.reason === 'read-only');
  const toComplete = skipped.filter((entry) => entry.reason !== 'read-only');
  const lines = (entries: FillReport['skipped'], known: FillPlan) =>
    entries.map((entry) => (
      <li key={`${entry.target}-${entry.reason}`} data-testid={`unfilled-${entry.target}`} data-reason={entry.reason}>
        {t(`review.unfilled.${entry.reason}` as MessageKey, { field: describeTarget(entry.target, known, t, language) })}
      </li>
    ));
  return (
    <div role="status" aria-live="polite" data-testid="unfilled-region">
      {plan && toComplete.length > 0 && (
        <div class="unfilled" data-testid="unfilled">
          <p>{t('review.unfilled')}</p>
          <ul>{lines(toComplete, plan)}</ul>
        </div>
      )}
      {plan && locked.length > 0 && (
        <div class="unfilled" data-testid="locked-by-site">
          <p>{t('review.locked-by-site')}</p>
          <ul>{lines(locked, plan)}</ul>
        </div>
      )}
    </div>
  );
}

/** "jobTitle" -> "Métier recherché", "skills:Excel" -> "Excel", "drivingLicence:B" -> "Permis B",
 *  "experience:0.start" -> the experience's title, "language:en" -> "anglais". */
export function describeTarget(target: string, plan: FillPlan, t: Translate, language: string): string {
  if ((FIELD_KEYS as readonly string[]).includes(target)) return t(`review.field.${target as FieldKey}` as MessageKey);
  // The country-code list set beside the phone box belongs to the phone number.
  if (target === 'phoneCountryCode') return t('review.field.phone');
  const [kind = '', rest = ''] = target.split(/:(.*)/s);
  const index = Number.parseInt(rest, 10);
  if (kind === 'drivingLicence') return t('review.licence', { value: rest });
  if (kind === 'experience') return plan.experiences[index]?.title ?? t('review.section.experiences');
  if (kind === 'education') return plan.education[index]?.degree ?? t('review.section.education');
  if (kind === 'language') {
    // "language:en" or one field of its entry, "language:en.level".
    const code = rest.split('.')[0]!;
    return languageName(code, language);
  }
  if (rest) return rest; // "skills:Excel", "softSkills:Rigueur", "languages:Anglais (B2)"
  if (target === 'skills' || target === 'languages' || target === 'experiences' || target === 'education') return t(`review.section.${target}` as MessageKey);
  if (target === 'drivingLicences') return t('review.section.licences');
  if (target === 'certifications') return t('review.section.certifications');
  if (target === 'civility' || target === 'fullName' || target === 'emailConfirmation' || target === 'softSkills' || target === 'educationLevel') return t(`review.target.${target}`);
  return target;
}
