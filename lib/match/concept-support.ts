// How much the rest of the CV speaks of a skill beyond the words that named it: the other words of
// the concept's official labels (its preferred and alternative wordings, not our aliases) that the
// CV repeats. "Tonte" named "utiliser des équipements d'entretien des espaces verts"; a gardener's
// CV also says "espaces verts", a dog groomer's does not.

import { LABEL_TYPES, labelKeyIds, type Referential } from '../taxonomy/referential';
import type { DocumentKeys, LabelSpot } from './spot-skill-labels';

/** Distinct label words of the spot's concept, in the spot's language, outside the matched label,
 *  that the CV repeats (documentKeysOf). */
export function conceptSupport(referential: Referential, spot: LabelSpot, documentKeys: DocumentKeys): number {
  const language = referential.labels.language[spot.label]!;
  const said = documentKeys[language];
  if (!said || said.size === 0) return 0;
  const matched = new Set(labelKeyIds(referential, spot.label));
  const concept = referential.concepts[spot.concept]!;
  const counted = new Set<number>();
  let support = 0;
  for (let label = concept.labelStart; label < concept.labelEnd; label++) {
    if (referential.labels.language[label] !== language || LABEL_TYPES[referential.labels.type[label]!] === 'hidden') continue;
    for (const key of labelKeyIds(referential, label)) {
      if (matched.has(key) || counted.has(key)) continue;
      counted.add(key);
      if (said.has(key)) support++;
    }
  }
  return support;
}
