import { editedEducation, typedDate, unreadableParts } from '../lib/fill/edited-parts';
import { CorrectableRow } from './CorrectableRow';
import type { SectionProps } from './review-section';

/** The diplomas and trainings the CV lists; degree, school and year can be corrected before filling. */
export function EducationSection({ profile, decisions, decide, showEvidence, t }: SectionProps) {
  return (
    <section aria-labelledby="section-education">
      <h2 id="section-education">{t('review.section.education')}</h2>
      {profile.education.length === 0 && <p class="empty">{t('review.empty-section')}</p>}
      <ul class="suggestions">
        {profile.education.map((education, index) => {
          const key = `education:${index}`;
          const decision = decisions[key];
          const shown = editedEducation({ degree: education.degree, school: education.school, end: education.end }, decision?.parts);
          return (
            <CorrectableRow
              key={`education-${index}`}
              testId={`education-${index}`}
              label={shown.degree}
              value={[shown.school, shown.end].filter(Boolean).join(' — ')}
              confidence={0.8}
              evidence={education.evidence}
              decision={decision}
              onDecide={decide(key)}
              onShowEvidence={showEvidence}
              parts={[
                { name: 'degree', label: t('review.part.degree'), kind: 'text', value: education.degree },
                { name: 'school', label: t('review.part.school'), kind: 'text', value: education.school ?? '' },
                { name: 'end', label: t('review.part.obtained'), kind: 'end', value: typedDate(education.end, t('review.present')) },
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
