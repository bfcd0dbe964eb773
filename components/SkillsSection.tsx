import { AddedConcepts } from './AddedConcepts';
import { ConceptSearch } from './ConceptSearch';
import { conceptScheme } from './concept-scheme';
import type { AddingProps, SectionProps } from './review-section';
import { SuggestionRow } from './SuggestionRow';

/** The skills the CV gave, linked to the referential, each with its close alternatives; and the
 *  search for those the CV implies but no line says. */
export function SkillsSection({ profile, decisions, decide, showEvidence, t, added, onRemove, onAdd, search }: SectionProps & AddingProps) {
  return (
    <section aria-labelledby="section-skills">
      <h2 id="section-skills">{t('review.section.skills')} ({profile.skills.length + added.length})</h2>
      {profile.skills.length === 0 && <p class="empty">{t('review.empty-section')}</p>}
      <AddedConcepts kind="skill" added={added} onRemove={onRemove} t={t} />
      <ConceptSearch
        kind="skill"
        language={profile.source.language}
        search={search}
        onAdd={onAdd}
        suggested={new Set(profile.skills.map((skill) => skill.id))}
        t={t}
      />
      <ul class="suggestions skills">
        {profile.skills.map((skill, index) => {
          const decision = decisions[`skill:${index}`];
          return (
            <SuggestionRow
              key={skill.id}
              testId={`skill-${index}`}
              conceptId={skill.id}
              label={decision?.value ?? skill.label}
              value={conceptScheme(skill.id)}
              confidence={skill.confidence}
              decision={decision}
              evidence={skill.evidence}
              onDecide={decide(`skill:${index}`)}
              onShowEvidence={showEvidence}
              t={t}
            >
              {skill.alternatives && skill.alternatives.length > 0 && (
                <p class="alternatives">
                  <label for={`alt-${index}`}>{t('review.alternatives')}</label>{' '}
                  <select
                    id={`alt-${index}`}
                    data-testid="alternatives"
                    value={decision?.value ?? ''}
                    onChange={(event) => {
                      const label = (event.currentTarget as HTMLSelectElement).value;
                      decide(`skill:${index}`)({ ...decision, status: decision?.status ?? 'pending', value: label || undefined });
                    }}
                  >
                    <option value="">{t('review.alternatives-keep', { label: skill.label })}</option>
                    {skill.alternatives.slice(0, 5).map((alternative) => (
                      <option key={alternative.id} value={alternative.label}>{alternative.label}</option>
                    ))}
                  </select>
                </p>
              )}
            </SuggestionRow>
          );
        })}
      </ul>
    </section>
  );
}
