import { SHOWN_OCCUPATIONS } from '../lib/fill/build-fill-plan';
import type { FieldKey } from '../lib/types';
import { AddedConcepts } from './AddedConcepts';
import { ConceptSearch } from './ConceptSearch';
import { conceptScheme } from './concept-scheme';
import type { AddingProps, SectionProps } from './review-section';
import { SuggestionRow } from './SuggestionRow';

const SECTIONS: { title: 'identity' | 'contact' | 'job'; fields: FieldKey[] }[] = [
  { title: 'identity', fields: ['firstName', 'lastName'] },
  { title: 'contact', fields: ['email', 'phone', 'address', 'postcode', 'city'] },
  { title: 'job', fields: ['jobTitle'] },
];

/** Identity, contact and target job: one editable row per field the CV gave; the job section also
 *  lists the occupations of the referential and its search for more. */
export function FieldSections({ profile, decisions, decide, showEvidence, t, occupations }: SectionProps & { occupations: AddingProps }) {
  return (
    <>
      {SECTIONS.map((section) => (
        <section key={section.title} aria-labelledby={`section-${section.title}`}>
          <h2 id={`section-${section.title}`}>{t(`review.section.${section.title}`)}</h2>
          <ul class="suggestions">
            {section.fields.filter((key) => profile.fields[key]).map((key) => {
              const suggestion = profile.fields[key]!;
              return (
                <SuggestionRow
                  key={key}
                  testId={`field-${key}`}
                  label={t(`review.field.${key}`)}
                  value={suggestion.value}
                  confidence={suggestion.confidence}
                  evidence={suggestion.evidence}
                  decision={decisions[`field:${key}`]}
                  editable
                  onDecide={decide(`field:${key}`)}
                  onShowEvidence={showEvidence}
                  t={t}
                />
              );
            })}
            {section.title === 'job' && profile.occupations.slice(0, SHOWN_OCCUPATIONS).map((occupation, index) => (
              <SuggestionRow
                key={occupation.id}
                testId={`occupation-${index}`}
                conceptId={occupation.id}
                label={occupation.label}
                value={conceptScheme(occupation.id)}
                confidence={occupation.confidence}
                decision={decisions[`occupation:${index}`]}
                evidence={occupation.evidence}
                onDecide={decide(`occupation:${index}`)}
                onShowEvidence={showEvidence}
                t={t}
              />
            ))}
          </ul>
          {section.fields.every((key) => !profile.fields[key]) && !(section.title === 'job' && profile.occupations.length > 0) && <p class="empty">{t('review.empty-section')}</p>}
          {section.title === 'job' && (
            <>
              <AddedConcepts kind="occupation" added={occupations.added} onRemove={occupations.onRemove} t={t} />
              <ConceptSearch
                kind="occupation"
                language={profile.source.language}
                search={occupations.search}
                onAdd={occupations.onAdd}
                suggested={new Set(profile.occupations.slice(0, SHOWN_OCCUPATIONS).map((occupation) => occupation.id))}
                t={t}
              />
            </>
          )}
        </section>
      ))}
    </>
  );
}
