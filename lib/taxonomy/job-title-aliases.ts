// The job-title lexicon (lib/taxonomy/job-titles) as hidden labels of ESCO occupations, each French
// title in its gender forms, for the concepts the referential holds.

import type { Language } from '../types';
import { genderForms } from './gender-forms';
import { JOB_TITLES, WRONG_ESCO_TITLES } from './job-titles';
import { exactKey, type ReferentialDraft } from './referential';
import { aliasDraft } from './skill-aliases';

export function jobTitleForms(text: string, language: Language): string[] {
  return language === 'fr' ? genderForms(text) : [text.replace(/\s+/g, ' ').trim()];
}

export function jobTitleAliasDraft(base: ReferentialDraft): ReferentialDraft {
  const occupations = new Set(base.concepts.filter((concept) => concept.kind === 'occupation').map((concept) => concept.id));
  return aliasDraft(JOB_TITLES.filter((title) => occupations.has(title.id)), 'occupation', jobTitleForms, 'curated');
}

/** The draft without the ESCO labels that name another trade (job-titles/wrong-esco-titles.ts). */
export function withoutWrongEscoTitles(draft: ReferentialDraft): ReferentialDraft {
  const wrong = new Map<string, Set<string>>();
  for (const title of WRONG_ESCO_TITLES) {
    for (const language of ['fr', 'en'] as Language[]) {
      for (const text of title[language] ?? []) {
        const key = `${title.id} ${language}`;
        wrong.set(key, (wrong.get(key) ?? new Set()).add(exactKey(text)));
      }
    }
  }
  const concepts = draft.concepts.map((concept) => {
    if (!WRONG_ESCO_TITLES.some((title) => title.id === concept.id)) return concept;
    const labels = concept.labels.filter((label) => !wrong.get(`${concept.id} ${label.language}`)?.has(exactKey(label.text)));
    return labels.length === concept.labels.length ? concept : { ...concept, labels };
  });
  return { ...draft, concepts };
}
