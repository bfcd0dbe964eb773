// The concepts the counsellor adds from the referential (skills, occupations, qualities the CV
// implies but no line says), kept among the tab's decisions: adding confirms, removing forgets.
import { addedConcepts, addedKey, SHOWN_OCCUPATIONS, type AddedKind, type Decisions } from '../lib/fill/build-fill-plan';
import type { ReferentialHit } from '../lib/match/search-referential';
import type { CvProfile } from '../lib/types';
import type { Translate } from './use-settings';

interface Options {
  profile: CvProfile | null;
  decisions: Decisions;
  setDecisions: (next: Decisions) => void;
  setNotice: (notice: string | null) => void;
  t: Translate;
}

export function useAddedConcepts({ profile, decisions, setDecisions, setNotice, t }: Options) {
  const added = { skill: addedConcepts(decisions, 'skill'), occupation: addedConcepts(decisions, 'occupation'), softSkill: addedConcepts(decisions, 'softSkill') };

  /** A concept chosen in the search: the suggestion itself when the CV already gave it (confirmed,
   *  not listed twice), else a row of its own, confirmed since the counsellor chose it. */
  const addConcept = (kind: AddedKind) => (hit: ReferentialHit) => {
    if (!profile) return;
    const suggested = kind === 'skill' ? profile.skills : kind === 'softSkill' ? (profile.softSkills ?? []) : profile.occupations.slice(0, SHOWN_OCCUPATIONS);
    const index = suggested.findIndex((concept) => concept.id === hit.id);
    if (index >= 0) {
      const key = `${kind}:${index}`;
      setDecisions({ ...decisions, [key]: { ...decisions[key], status: 'accepted' } });
      setNotice(t('review.search.already', { label: suggested[index]!.label }));
      return;
    }
    setDecisions({ ...decisions, [addedKey(kind, hit.id)]: { status: 'accepted', value: hit.label } });
    setNotice(t(`review.search.added-${kind}`, { label: hit.label }));
  };

  /** Removes an added concept; the focus goes to the next one's button, else back to its search,
   *  not to the page body with the button that held it. */
  const removeAdded = (kind: AddedKind) => (key: string) => {
    const next = { ...decisions };
    const removed = added[kind].find((concept) => concept.key === key);
    delete next[key];
    setDecisions(next);
    if (removed) setNotice(t('review.search.removed', { label: removed.label }));
    const remaining = addedConcepts(next, kind).length;
    const index = Math.min(added[kind].findIndex((concept) => concept.key === key), remaining - 1);
    setTimeout(() => {
      const target = index >= 0 ? document.querySelector<HTMLElement>(`[data-testid="added-${kind}-${index}"] [data-testid="remove"]`) : null;
      (target ?? document.getElementById(`add-${kind}`))?.focus();
    });
  };

  return { added, addConcept, removeAdded };
}
