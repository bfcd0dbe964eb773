import { editedExperience, typedDate, unreadableParts } from '../lib/fill/edited-parts';
import { CorrectableRow } from './CorrectableRow';
import type { SectionProps } from './review-section';
import type { Translate } from './use-settings';

/** The jobs the CV lists; title, employer and dates can be corrected before filling. */
export function ExperiencesSection({ profile, decisions, decide, showEvidence, t }: SectionProps) {
  return (
    <section aria-labelledby="section-experiences">
      <h2 id="section-experiences">{t('review.section.experiences')}</h2>
      {profile.experiences.length === 0 && <p class="empty">{t('review.empty-section')}</p>}
      <ul class="suggestions">
        {profile.experiences.map((experience, index) => {
          const key = `experience:${index}`;
          const decision = decisions[key];
          const shown = editedExperience({ title: experience.title, employer: experience.employer, start: experience.start, end: experience.end }, decision?.parts);
          return (
            <CorrectableRow
              key={`experience-${index}`}
              testId={`experience-${index}`}
              label={shown.title}
              value={[shown.employer, period(shown.start, shown.end, t)].filter(Boolean).join(' — ')}
              confidence={0.8}
              evidence={experience.evidence}
              decision={decision}
              onDecide={decide(key)}
              onShowEvidence={showEvidence}
              parts={[
                { name: 'title', label: t('review.part.title'), kind: 'text', value: experience.title },
                { name: 'employer', label: t('review.part.employer'), kind: 'text', value: experience.employer ?? '' },
                { name: 'start', label: t('review.part.start'), kind: 'start', value: typedDate(experience.start, t('review.present')) },
                { name: 'end', label: t('review.part.end'), kind: 'end', value: typedDate(experience.end, t('review.present')) },
              ]}
              unreadable={unreadableParts(decision?.parts)}
              t={t}
            />
          );
        })}
      </ul>
    </section>
  );
}

/** "03/2019 → 06/2021"; a start unknown shows "?", an end unknown nothing. */
function period(start: string | null, end: string | null, t: Translate): string {
  if (!start && !end) return '';
  return `${typedDate(start, t('review.present')) || '?'} → ${typedDate(end, t('review.present'))}`;
}
