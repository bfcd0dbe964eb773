import { editedEducation, typedDate, unreadableParts } from '../lib/fill/edited-parts';
import { PartsEditor } from './PartsEditor';
import type { SectionProps } from './review-section';
import { SuggestionRow } from './SuggestionRow';

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
            <SuggestionRow
              key={`education-${index}`}
              testId={`education-${index}`}
              label={shown.degree}
              value={[shown.school, shown.end].filter(Boolean).join(' — ')}
              confidence={0.8}
              evidence={education.evidence}
              decision={decision}
              onDecide={decide(key)}
              onShowEvidence={showEvidence}
              t={t}
            >
              <PartsEditor
                rowId={`education-${index}`}
                parts={[
                  { name: 'degree', label: t('review.part.degree'), kind: 'text', value: decision?.parts?.degree ?? education.degree },
                  { name: 'school', label: t('review.part.school'), kind: 'text', value: decision?.parts?.school ?? education.school ?? '' },
                  { name: 'end', label: t('review.part.obtained'), kind: 'end', value: decision?.parts?.end ?? typedDate(education.end, t('review.present')) },
                ]}
                edited={decision?.parts}
                unreadable={unreadableParts(decision?.parts)}
                onChange={(parts) => decide(key)({ ...decision, status: decision?.status ?? 'pending', parts })}
                t={t}
              />
            </SuggestionRow>
          );
        })}
      </ul>
    </section>
  );
}
