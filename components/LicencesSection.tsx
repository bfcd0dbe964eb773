import type { SectionProps } from './review-section';
import { SuggestionRow } from './SuggestionRow';

/** Driving licences (to confirm and fill) and the certifications the CV names (shown, not filled). */
export function LicencesSection({ profile, decisions, decide, t }: SectionProps) {
  return (
    <section aria-labelledby="section-licences">
      <h2 id="section-licences">{t('review.section.licences')}</h2>
      {profile.drivingLicences.length + profile.certifications.length === 0 && <p class="empty">{t('review.empty-section')}</p>}
      <ul class="suggestions">
        {profile.drivingLicences.map((licence, index) => (
          <SuggestionRow
            key={licence}
            testId={`licence-${index}`}
            label={t('review.licence', { value: licence })}
            value={licence}
            confidence={0.9}
            decision={decisions[`licence:${index}`]}
            onDecide={decide(`licence:${index}`)}
            t={t}
          />
        ))}
        {profile.certifications.map((certification, index) => (
          <li key={`${certification.label}-${index}`} class="certification" data-testid={`certification-${index}`}>
            {certification.label}
            <p class="evidence">{t('review.evidence', { text: certification.evidence.text, page: certification.evidence.page })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
