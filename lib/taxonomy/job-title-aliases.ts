// The job-title lexicon (lib/taxonomy/job-titles) as hidden labels of ESCO occupations, each French
// title in its gender forms, for the concepts the referential holds.

import type { Language } from '../types';
import { genderForms } from './gender-forms';
import { JOB_TITLES } from './job-titles';
import type { ReferentialDraft } from './referential';
import { aliasDraft } from './skill-aliases';

export function jobTitleForms(text: string, language: Language): string[] {
  return language === 'fr' ? genderForms(text) : [text.replace(/\s+/g, ' ').trim()];
}

export function jobTitleAliasDraft(base: ReferentialDraft): ReferentialDraft {
  const occupations = new Set(base.concepts.filter((concept) => concept.kind === 'occupation').map((concept) => concept.id));
  return aliasDraft(JOB_TITLES.filter((title) => occupations.has(title.id)), 'occupation', jobTitleForms, 'curated');
}
