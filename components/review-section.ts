// What every section of the review screen is given: the profile, the person's decisions on its
// rows, and how to record one or show the CV snippet a row comes from. Sections with a referential
// search also get the concepts the counsellor added there.
import type { AddedKind, Decision, Decisions } from '../lib/fill/build-fill-plan';
import type { ReferentialHit } from '../lib/match/search-referential';
import type { CvProfile, Evidence, Language } from '../lib/types';
import type { Translate } from './use-settings';

export interface SectionProps {
  profile: CvProfile;
  decisions: Decisions;
  /** Records the decision on the row of this key ("skill:3", "field:email"). */
  decide: (key: string) => (decision: Decision) => void;
  showEvidence: (evidence: Evidence) => void;
  t: Translate;
}

/** A section's search of the referential and what the counsellor added with it. */
export interface AddingProps {
  added: { key: string; id: string; label: string }[];
  onRemove: (key: string) => void;
  onAdd: (hit: ReferentialHit) => void;
  search: (query: string, kind: AddedKind, language: Language, top: number) => Promise<ReferentialHit[] | null>;
}
