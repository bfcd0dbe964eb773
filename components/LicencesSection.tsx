import type { SectionProps } from './review-section';
import { SuggestionRow } from './SuggestionRow';

/** Driving licences and the certificates the CV names (CACES, SST…), each to confirm, correct and
 *  fill: the certificates go into a box of their own on the form. */
export function LicencesSection({ profile, decisions, decide, showEvidence, t }: SectionProps) {
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
          <SuggestionRow
            key={`${certification.label}-${index}`}
            testId={`certification-${index}`}
            label={t('review.certification')}
            value={certification.label}
            confidence={0.9}
            evidence={certification.evidence}
            decision={decisions[`certification:${index}`]}
            editable
            onDecide={decide(`certification:${index}`)}
            onShowEvidence={showEvidence}
            t={t}
          />
        ))}
      </ul>
    </section>
  );
}
