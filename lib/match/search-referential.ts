// What a counsellor types to find a skill or occupation the CV implies but no line says ("soudure",
// "cariste"): the referential ranked for a short text, as `npm run match` ranks it. Occupations go
// through the job-title cleaning (gender pairs, "H/F", abbreviations), skills through the label index.
import type { Language } from '../types';
import type { ConceptKind, Referential } from '../taxonomy/referential';
import { rankJobTitle } from './link-occupations';
import { rankConcepts } from './rank-concepts';

export interface ReferentialHit {
  /** The referential's own id (ESCO URI, ROME code_ogr). */
  id: string;
  /** The concept's display label in the language asked for. */
  label: string;
  /** The label that matched the text, when it is not the display label ("Excel" for "utiliser un tableur"). */
  matchedLabel: string;
  score: number;
}

/** Longer than a label: what the review screen sends is cut there, so a pasted paragraph is not
 *  ranked word by word at each key press (the command line ranks whole lines as given). */
export const MAX_SEARCH_LENGTH = 120;

export function searchReferential(query: string, referential: Referential, kind: ConceptKind, language: Language, top = 10): ReferentialHit[] {
  const text = query.replace(/\s+/g, ' ').trim();
  if (!text || top < 1) return [];
  const ranked = kind === 'occupation' ? rankJobTitle(text, referential, language, undefined, top) : rankConcepts(text, referential, { kind, language, top });
  return ranked.map(({ id, label, matchedLabel, score }) => ({ id, label, matchedLabel, score }));
}
