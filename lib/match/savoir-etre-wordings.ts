// Every way of writing each savoir-être quality in one referential, for the reader of a CV's
// qualities (link-soft-skills.ts) and the counsellor's search (search-savoir-etre.ts): the CV
// phrasings and ROME's name for it (lib/taxonomy/savoir-etre.ts), and the referential's own preferred
// and alternative labels of its concepts. Built once per referential.

import type { Language } from '../types';
import { LABEL_TYPES, LANGUAGES, type Referential } from '../taxonomy/referential';
import { ROME_SAVOIR_ETRE, SAVOIR_ETRE_IDS, savoirEtrePhrasings } from '../taxonomy/savoir-etre';

export interface QualityWordings {
  /** ESCO URI of the quality. */
  id: string;
  /** Its concepts in the referential: the ESCO quality, then its ROME savoir-être professionnel
   *  when ROME is loaded; never empty. */
  concepts: number[];
  /** Phrasings first (French, then English), ROME's name (language unknown), then labels. */
  wordings: { text: string; language: Language | null }[];
}

const byReferential = new WeakMap<Referential, QualityWordings[]>();

/** The qualities the referential holds, in the order of SAVOIR_ETRE_IDS. */
export function qualityWordings(referential: Referential): QualityWordings[] {
  const cached = byReferential.get(referential);
  if (cached) return cached;
  const qualities: QualityWordings[] = [];
  for (const id of SAVOIR_ETRE_IDS) {
    const twin = ROME_SAVOIR_ETRE.get(id);
    const concepts = [referential.conceptIndex.get(id), twin ? referential.conceptIndex.get(twin.code) : undefined].filter((concept) => concept !== undefined);
    if (concepts.length === 0) continue;
    const wordings = savoirEtrePhrasings(id);
    for (const concept of concepts) {
      const { labelStart, labelEnd } = referential.concepts[concept]!;
      for (let label = labelStart; label < labelEnd; label++) {
        if (LABEL_TYPES[referential.labels.type[label]!] === 'hidden') continue;
        wordings.push({ text: referential.labels.text.at(label) ?? '', language: LANGUAGES[referential.labels.language[label]!] ?? null });
      }
    }
    qualities.push({ id, concepts, wordings });
  }
  byReferential.set(referential, qualities);
  return qualities;
}
