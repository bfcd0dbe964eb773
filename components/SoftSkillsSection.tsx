import { AddedConcepts } from './AddedConcepts';
import { ConceptSearch } from './ConceptSearch';
import { conceptScheme } from './concept-scheme';
import type { AddingProps, SectionProps } from './review-section';
import { SuggestionRow } from './SuggestionRow';

/** The qualities (savoir-être) the CV states, and the search for those the interview brings out. */
export function SoftSkillsSection({ profile, decisions, decide, showEvidence, t, added, onRemove, onAdd, search }: SectionProps & AddingProps) {
  // Shown even when the CV states no quality: France Travail's profile asks for them, and the
  // counsellor may add those the interview brings out.
  return (
    <section aria-labelledby="section-soft-skills">
      <h2 id="section-soft-skills">{t('review.section.softSkills')} ({(profile.softSkills?.length ?? 0) + added.length})</h2>
      <p class="section-hint">{t('review.soft-skills-hint')}</p>
      {(profile.softSkills?.length ?? 0) === 0 && <p class="empty">{t('review.empty-section')}</p>}
      <AddedConcepts kind="softSkill" added={added} onRemove={onRemove} t={t} />
      <ConceptSearch
        kind="softSkill"
        language={profile.source.language}
        search={search}
        onAdd={onAdd}
        suggested={new Set((profile.softSkills ?? []).map((quality) => quality.id))}
        t={t}
      />
      <ul class="suggestions soft-skills">
        {(profile.softSkills ?? []).map((quality, index) => (
          <SuggestionRow
            key={quality.id}
            testId={`soft-skill-${index}`}
            conceptId={quality.id}
            label={quality.label}
            value={conceptScheme(quality.id)}
            confidence={quality.confidence}
            decision={decisions[`softSkill:${index}`]}
            evidence={quality.evidence}
            onDecide={decide(`softSkill:${index}`)}
            onShowEvidence={showEvidence}
            t={t}
          />
        ))}
      </ul>
    </section>
  );
}
